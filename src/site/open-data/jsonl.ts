/** JSON Lines: one JSON value a line, each line ended by LF (https://jsonlines.org). */
export function jsonl(values: readonly unknown[]): string {
  return values.map((v) => `${JSON.stringify(v)}\n`).join('');
}

// The one place that decides how output is ordered. Strings compare by UTF-16
// code unit, never by locale: `localeCompare` and `Intl.Collator` follow the
// ICU data of the Node build and the machine's locale, and byte-identical
// output is promised across machines.

/** Compares two strings by code unit: the same order on every machine. */
export function byString(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Compares ISO dates (full, month or year) newest first, undated last. */
export function newerFirst(a: string | undefined, b: string | undefined): number {
  return byString(b ?? '', a ?? '');
}

/** Orders items newest first by their ISO `published` date (undated last), ties by `tie` in code-unit order. */
export function newestFirst<T>(items: readonly T[], key: (item: T) => { published?: string | undefined; tie: string }): T[] {
  const keys = new Map(items.map((item) => [item, key(item)]));
  return [...items].sort((a, b) => {
    const x = keys.get(a)!;
    const y = keys.get(b)!;
    return newerFirst(x.published, y.published) || byString(x.tie, y.tie);
  });
}

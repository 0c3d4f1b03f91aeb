/**
 * Parses a lexicon table: `#` lines are the header (provenance, known
 * problems), the first other line names the columns, each further line is a
 * row of tab-separated cells. Cells holding lists separate items with `|`.
 */
export function parseTable(text: string, file: string, required: readonly string[]): Record<string, string>[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const rows: Record<string, string>[] = [];
  let columns: string[] | undefined;
  lines.forEach((line, i) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const cells = line.split('\t').map((cell) => cell.trim());
    if (!columns) {
      columns = cells;
      const missing = required.filter((c) => !columns?.includes(c));
      if (missing.length) throw new Error(`${file}:${i + 1}: missing column(s) ${missing.join(', ')}, expected ${required.join(', ')}`);
      return;
    }
    if (cells.length > columns.length) throw new Error(`${file}:${i + 1}: ${cells.length} cells, expected at most ${columns.length} (${columns.join(', ')})`);
    const row: Record<string, string> = Object.create(null);
    columns.forEach((c, j) => (row[c] = cells[j] ?? ''));
    rows.push(row);
  });
  return rows;
}

/** Splits a list cell (`a|b|c`) into trimmed, non-empty items. */
export function listCell(cell: string | undefined): string[] {
  return (cell ?? '').split('|').map((s) => s.trim()).filter(Boolean);
}

/** Parses a word list: one entry a line, `#` lines are the header. */
export function parseList(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}

// A strict RFC 4180 reader for tests: quoted fields, doubled quotes, CRLF records.

/** Parses CSV text into rows of fields; throws on a stray quote or a record not ended by CRLF. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i += 1;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) throw new Error(`unclosed quote at ${i}`);
        field += text.slice(i, q);
        if (text[q + 1] === '"') { field += '"'; i = q + 2; } else { i = q + 1; break; }
      }
    } else {
      const end = /[,\r\n"]/.exec(text.slice(i));
      const stop = end ? i + end.index : text.length;
      if (text[stop] === '"') throw new Error(`quote inside an unquoted field at ${stop}`);
      field = text.slice(i, stop);
      i = stop;
    }
    row.push(field);
    if (text[i] === ',') { i += 1; continue; }
    if (text.startsWith('\r\n', i)) { rows.push(row); row = []; i += 2; continue; }
    throw new Error(`expected , or CRLF at ${i}, found ${JSON.stringify(text[i] ?? 'end of text')}`);
  }
  if (row.length) throw new Error('last record not ended by CRLF');
  return rows;
}

// "Metinvest, a mining group," / "Equinor, the Norwegian energy company,":
// an unknown name followed by a description whose head noun names a body
// (name-heads.tsv, read in its capitalised form: "group" as "Group") is that
// body, even as a sentence's first word or alone.
import type { HeadClass } from './tools.ts';
import type { Scan } from './state.ts';

/** The body class the description after token `end` gives the name before it, if any. */
export function appositionBody(scan: Scan, end: number): HeadClass | undefined {
  const from = scan.tokens[end - 1]?.end;
  if (from === undefined) return undefined;
  const m = scan.tools.description.exec(scan.s.text.slice(from, from + 120));
  if (!m) return undefined;
  const head = m[1]!;
  const cls = scan.tools.headsLast.get(head[0]!.toUpperCase() + head.slice(1));
  return cls === 'organization' || cls === 'group' || cls === 'media' ? cls : undefined;
}

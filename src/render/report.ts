// content/report.md: what a curator may want to act on after a run, as
// Markdown built through mdast like every other page.
// Note: the items are lines of one code block, not a list. On the BBC corpus
// the report holds about 10,000 lines and changes on most runs; serialising
// them as list items (one escaped text node each) cost 200 ms a run, a code
// block costs 1 ms, and shows names as they are, without backslash escapes.
import type { Code } from 'mdast';
import { printable } from '../util/printable.ts';
import { heading, paragraph, serializeMarkdown, text } from './markdown.ts';

/** A seed the run would not publish, and why. */
export interface ReportRefusal {
  seed: string;
  reason: string;
}

/** The curator's report: refused seeds first, then each briefing's warnings (already prefixed with their seed), one a line. */
export function renderReport(refused: readonly ReportRefusal[], warnings: readonly string[]): string {
  // Note: a seed's name is written with its control characters escaped (printable), so a newline in a file name
  // cannot forge a line; a reason's own line breaks (a YAML error's) are folded into one line.
  const items = [
    ...refused.map((r) => `refused ${printable(r.seed)}: ${r.reason.replace(/\s+/g, ' ').trim()}`),
    ...warnings.map((w) => printable(w.trim())),
  ];
  const lines: Code = { type: 'code', lang: 'text', value: items.join('\n') };
  return serializeMarkdown({
    type: 'root',
    children: [
      heading(1, 'Generation report'),
      paragraph(text('Act on these in src/lexicon/curated.tsv (see its header).')),
      ...(items.length ? [lines] : []),
    ],
  });
}

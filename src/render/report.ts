// content/report.md: what a curator may want to act on after a run, as
// Markdown built through mdast like every other page.
import { heading, list, paragraph, serializeMarkdown, text } from './markdown.ts';

/** A seed the run would not publish, and why. */
export interface ReportRefusal {
  seed: string;
  reason: string;
}

/** The curator's report: refused seeds first, then each briefing's warnings (already prefixed with their seed). */
export function renderReport(refused: readonly ReportRefusal[], warnings: readonly string[]): string {
  const items = [...refused.map((r) => `refused ${r.seed}: ${r.reason}`), ...warnings];
  return serializeMarkdown({
    type: 'root',
    children: [
      heading(1, 'Generation report'),
      paragraph(text('Act on these in src/lexicon/curated.tsv (see its header).')),
      ...(items.length ? [list(items.map((item) => [paragraph(text(item))]))] : []),
    ],
  });
}

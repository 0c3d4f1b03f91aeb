// content/report.md: what a curator may want to act on after a run, as
// Markdown built through mdast like every other page. Refused seeds come
// first, every one; then the briefings' notes grouped by what they say
// ("unresolved name: England"), the note most briefings share first, so that
// one curated line fixes the most pages. On the BBC corpus that is about
// 10,000 notes on 4,500 names; the report lists the most frequent and counts
// the rest (each briefing's own notes are on the site's curators page).
// Note: the items are lines of one code block, not a list: it serialises in a
// millisecond and shows names as they are, without backslash escapes.
import type { Code } from 'mdast';
import { byString } from '../util/order.ts';
import { printable } from '../util/printable.ts';
import { heading, paragraph, serializeMarkdown, text } from './markdown.ts';

/** A seed the run would not publish, and why. */
export interface ReportRefusal {
  seed: string;
  reason: string;
}

/** A note a briefing leaves for curators ("unresolved name: Gondor"). */
export interface CuratorNote {
  seed: string;
  text: string;
}

/** One note and the seeds that leave it, in the order given. */
export interface NoteGroup {
  text: string;
  seeds: string[];
}

/** Note groups listed at most; the rest are counted. */
export const listedGroups = 150;
/** Seeds named on a group's line; the rest are counted. */
const namedSeeds = 3;

/** Notes grouped by their text: the one most seeds leave first, then by text in code-point order. */
export function groupNotes(notes: readonly CuratorNote[]): NoteGroup[] {
  const groups = new Map<string, NoteGroup>();
  for (const n of notes) {
    const text = n.text.trim();
    const g = groups.get(text) ?? groups.set(text, { text, seeds: [] }).get(text)!;
    if (!g.seeds.includes(n.seed)) g.seeds.push(n.seed);
  }
  return [...groups.values()].sort((a, b) => b.seeds.length - a.seeds.length || byString(a.text, b.text));
}

/** The curator's report: refused seeds, then the notes grouped, most shared first. */
export function renderReport(refused: readonly ReportRefusal[], notes: readonly CuratorNote[]): string {
  const groups = groupNotes(notes);
  const shown = groups.slice(0, listedGroups);
  // Note: a seed's name is written with its control characters escaped (printable), so a newline in a file name
  // cannot forge a line; a reason's own line breaks (a YAML error's) are folded into one line.
  const items = [
    ...refused.map((r) => `refused ${printable(r.seed)}: ${r.reason.replace(/\s+/g, ' ').trim()}`),
    ...shown.map((g) => printable(`${g.text} (${seedList(g.seeds)})`)),
  ];
  const rest = groups.length - shown.length;
  const summary = `${count(refused.length, 'refused seed')}; ${count(notes.length, 'note')} on ${count(groups.length, 'subject')}, the ones most briefings share first.`;
  return serializeMarkdown({
    type: 'root',
    children: [
      heading(1, 'Generation report'),
      paragraph(text('Act on these in src/lexicon/curated.tsv (see its header).')),
      ...(items.length ? [paragraph(text(summary)), { type: 'code', lang: 'text', value: items.join('\n') } satisfies Code] : []),
      ...(rest > 0 ? [paragraph(text(`${count(rest, 'more subject')}, each in ${count(shown.at(-1)!.seeds.length, 'briefing')} or fewer, not listed: each briefing's notes are on the site's curators page.`))] : []),
    ],
  });
}

/** "a.txt", "a.txt, b.txt", "12 briefings: a.txt, b.txt, c.txt, …". */
function seedList(seeds: readonly string[]): string {
  const named = seeds.slice(0, namedSeeds).join(', ');
  return seeds.length > namedSeeds ? `${seeds.length} briefings: ${named}, …` : named;
}

/** "1 note", "10,334 notes": thousands separated by hand, not by the machine's locale. */
function count(n: number, noun: string): string {
  return `${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} ${noun}${n === 1 ? '' : 's'}`;
}

// dates: the publication date (only where a source states it, see
// dates/published.ts) and a timeline of the sentences that state a date, each
// resolved to an ISO date; dates with no year ("on Wednesday") need a known
// publication date and are left out without one.
import type { TimelineEvent } from '../model/index.ts';
import { type DateTools, findDateExpressions } from './dates/expressions.ts';

export { type DateTools, prepareDates } from './dates/expressions.ts';
import { findPublished } from './dates/published.ts';
import { isoDay, resolveDate } from './dates/resolve.ts';
import type { WithDates, WithQuotes } from './types.ts';

const MAX_WORDS = 30;

/** Resolves the publication date and lists dated events in date order. */
export function dates(doc: WithQuotes, tools: DateTools): WithDates {
  const published = findPublished(doc, tools);
  const timeline: TimelineEvent[] = [];
  for (const s of doc.sentences) {
    const seen = new Set<string>();
    for (const e of findDateExpressions(s.text, tools)) {
      const date = resolveDate(e, published?.day);
      if (!date || seen.has(date)) continue;
      seen.add(date);
      timeline.push({ date, when: e.when, text: clause(s.text, e.start), sentence: s.index });
    }
  }
  timeline.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.sentence - b.sentence));
  return { ...doc, ...(published ? { published: isoDay(published.day), publishedFrom: published.from } : {}), timeline };
}

/** The sentence, or for a long one the clauses around offset `at`, at most about 30 words. */
export function clause(sentence: string, at: number): string {
  const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
  if (words(sentence) <= MAX_WORDS) return sentence;
  const parts = [...sentence.matchAll(/[^,;:–—]+[,;:–—]?/g)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
  let i = parts.findIndex((p) => at >= p.start && at < p.end);
  if (i < 0) i = 0;
  let from = i;
  let to = i;
  const span = () => sentence.slice(parts[from]!.start, parts[to]!.end);
  while (true) {
    const next = to + 1 < parts.length ? sentence.slice(parts[from]!.start, parts[to + 1]!.end) : undefined;
    const prev = from > 0 ? sentence.slice(parts[from - 1]!.start, parts[to]!.end) : undefined;
    if (next && words(next) <= MAX_WORDS) to++;
    else if (prev && words(prev) <= MAX_WORDS) from--;
    else break;
  }
  let out = span().trim().replace(/[,;:–—]$/, '').trim();
  if (words(out) > MAX_WORDS) out = `${out.split(/\s+/).slice(0, MAX_WORDS).join(' ')}…`;
  else if (to < parts.length - 1) out = `${out}…`;
  return from > 0 ? `…${out}` : out;
}

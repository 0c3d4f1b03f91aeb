// The filters of the home, archive and timeline pages (date range, outlet,
// actor, quad class), shared by the pages (the index they publish) and the
// browser (which narrows with it). Static: the browser fetches one JSON index
// and filters it; without JavaScript the pages list everything, paged.

/** A briefing as the filters see it: `[slug, title, date, outlet, actor names, quad classes]` ('' when unknown). */
export type BriefingRow = [slug: string, title: string, date: string, outlet: string, actors: string[], quads: string[]];

/** A dated event: `[date, text, index of its briefing row, sentence, the words that gave the date]`. */
export type EventRow = [date: string, text: string, briefing: number, sentence: number, when: string];

/** The index the pages publish (list-index.json): every briefing and every dated event, newest first. */
export interface ListIndex {
  briefings: BriefingRow[];
  events: EventRow[];
}

/** What the reader asked for; empty strings mean "any". */
export interface ListFilter {
  from: string;
  to: string;
  outlet: string;
  actor: string;
  quad: string;
}

/** True when no filter is set: the page shows its own static list. */
export function isOpen(f: ListFilter): boolean {
  return !f.from && !f.to && !f.outlet && !f.actor.trim() && !f.quad;
}

/**
 * Whether a date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) falls in the range; an undated item never does once a bound is set.
 * Note: a bound and a date compare on their common prefix, so "2024-03" is inside 2024-03-15..2024-04-01.
 */
export function inRange(date: string, from: string, to: string): boolean {
  if (!from && !to) return true;
  if (!date) return false;
  const cut = (a: string, b: string) => a.slice(0, Math.min(a.length, b.length));
  return (!from || cut(date, from) >= cut(from, date)) && (!to || cut(date, to) <= cut(to, date));
}

/** Whether a briefing passes: in the range (by its date, or `date` when given: an event's own), same outlet, an actor name containing the words, the quad class. */
export function briefingPasses(row: BriefingRow, f: ListFilter, date = row[2]): boolean {
  const words = f.actor.toLowerCase().split(/\s+/).filter(Boolean);
  return (
    inRange(date, f.from, f.to) &&
    (!f.outlet || row[3] === f.outlet) &&
    (!f.quad || row[5].includes(f.quad)) &&
    (!words.length || row[4].some((name) => words.every((w) => name.toLowerCase().includes(w))))
  );
}

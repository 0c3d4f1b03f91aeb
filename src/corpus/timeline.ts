// The corpus timeline: every briefing's dated events in one list, for
// content/timeline.md. Computed here, once, so the site only reads it.
import type { BriefingData, CorpusEvent } from '../model/index.ts';
import { byString } from '../util/order.ts';

/** Every briefing's dated events in date order (code points, like every order Dossier writes); ties keep briefing and sentence order. */
export function corpusTimeline(briefings: readonly BriefingData[]): CorpusEvent[] {
  const events = briefings.flatMap((b) => b.timeline.map((e) => ({ ...e, briefing: b.slug, title: b.title })));
  return events.sort((a, b) => byString(a.date, b.date) || byString(a.briefing, b.briefing) || a.sentence - b.sentence);
}

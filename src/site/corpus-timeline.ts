import type { BriefingData, Slug, TimelineEvent } from '../model/index.ts';
import { byString } from '../util/order.ts';

/** A dated event with the briefing it comes from. */
export type CorpusEvent = TimelineEvent & { briefing: Slug; title: string };

/** Every briefing's dated events in date order; ties keep briefing and sentence order. */
export function corpusTimeline(briefings: readonly BriefingData[]): CorpusEvent[] {
  const events = briefings.flatMap((b) => b.timeline.map((e) => ({ ...e, briefing: b.slug, title: b.title })));
  return events.sort((a, b) => byString(a.date, b.date) || byString(a.briefing, b.briefing) || a.sentence - b.sentence);
}

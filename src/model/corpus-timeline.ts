// The corpus timeline page (content/timeline.md): every briefing's dated
// events in one list, which the site shows grouped by year.
import { z } from 'zod';
import { Slug } from './ids.ts';
import { TimelineEvent } from './timeline.ts';

/** A dated event with the briefing it comes from (its slug, for the link to the sentence, and its title). */
export const CorpusEvent = TimelineEvent.extend({
  briefing: Slug,
  title: z.string().min(1),
});
export type CorpusEvent = z.output<typeof CorpusEvent>;

/** The front matter of content/timeline.md. */
export const CorpusTimelineData = z.object({
  title: z.string(),
  /** How many briefings the corpus has, dated events or not (the page says "n events from m briefings"). */
  briefings: z.number().int().nonnegative(),
  /** In date order (code points); ties by briefing slug, then sentence. */
  events: z.array(CorpusEvent),
});
export type CorpusTimelineData = z.output<typeof CorpusTimelineData>;

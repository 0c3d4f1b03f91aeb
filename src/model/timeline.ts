import { z } from 'zod';

/** An ISO calendar date, `YYYY-MM-DD`, or a month `YYYY-MM`, or a year `YYYY`. */
export const IsoDate = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/);

/** A dated event: the date as resolved, the words that gave it, and its sentence. */
export const TimelineEvent = z.object({
  date: IsoDate,
  /** The date as written, e.g. `on Tuesday`, `October 7`. */
  when: z.string().min(1),
  text: z.string().min(1),
  sentence: z.number().int().nonnegative(),
});
export type TimelineEvent = z.infer<typeof TimelineEvent>;

/**
 * Where a briefing's publication date comes from: the seed's front matter, a
 * date in its URL, a "Published"/"Updated" line, or the dateline. Never a
 * caption or a date the story mentions.
 */
export const PublishedFrom = z.enum(['front-matter', 'url', 'published-line', 'dateline']);
export type PublishedFrom = z.infer<typeof PublishedFrom>;

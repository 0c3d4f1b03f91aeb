import { z } from 'zod';
import { BriefingActor } from './actor.ts';
import { Evidence } from './evidence.ts';
import { Slug } from './ids.ts';
import { Quote } from './quote.ts';
import { Relation } from './relation.ts';
import type { Sentence } from './sentence.ts';
import { IsoDate, PublishedFrom, TimelineEvent } from './timeline.ts';

/** The front matter of `content/briefings/<slug>.md`: everything the site shows of one article. */
export const BriefingData = z.object({
  title: z.string().min(1),
  /** How the title was found: given in front matter, recovered from the text, or written from the lead. */
  titleSource: z.enum(['front-matter', 'first-line', 'recovered', 'lead']),
  slug: Slug,
  /** The seed's file name, relative to the seeds folder. */
  seed: z.string().min(1),
  outlet: z.string().min(1).optional(),
  url: z.string().url().optional(),
  /** The publication day, only when a source states it; absent means "date unknown". */
  published: IsoDate.optional(),
  /** Where `published` comes from. */
  publishedFrom: PublishedFrom.optional(),
  /** ISO 639-1 code of the article's language as detected. */
  language: z.string().min(2),
  summary: z.string(),
  keyPoints: z.array(Evidence),
  actors: z.array(BriefingActor),
  relations: z.array(Relation),
  quotes: z.array(Quote),
  timeline: z.array(TimelineEvent),
  /** Problems a curator may want to act on: unresolved names, suspicious input. */
  warnings: z.array(z.string()),
});
export type BriefingData = z.infer<typeof BriefingData>;

/** A generated briefing: its front matter, and the sentences its body shows and cites. */
export interface Briefing {
  data: BriefingData;
  sentences: Sentence[];
}

import { z } from 'zod';
import { ActorType } from './actor.ts';
import { CameoCode, Quad } from './cameo.ts';
import { ActorId, Slug } from './ids.ts';
import { Modality } from './relation.ts';

/** A fact on an actor page, with the briefing and sentence it comes from. */
const Sourced = z.object({ briefing: Slug, sentence: z.number().int().nonnegative() });

/**
 * One relation of an actor, aggregated over the corpus by other actor, direction, CAMEO code and modality:
 * a denied attack is its own row, never added to the attacks that happened (`countedModalities` says which rows are ties).
 */
export const ActorRelation = z.object({
  other: ActorId,
  /** `out`: this actor is the source; `in`: the target; `both`: symmetric. */
  direction: z.enum(['out', 'in', 'both']),
  cameo: CameoCode,
  type: z.string().min(1),
  quad: Quad,
  /** How the briefings state it (src/model/relation.ts). */
  modality: Modality,
  count: z.number().int().positive(),
  evidence: z.array(Sourced.extend({ text: z.string().min(1) })),
});
export type ActorRelation = z.infer<typeof ActorRelation>;

/** The front matter of `content/actors/<id>.md`: one real-world actor across all briefings. */
export const ActorPageData = z.object({
  id: ActorId,
  name: z.string().min(1),
  type: ActorType,
  aliases: z.array(z.string()),
  roles: z.array(Sourced.omit({ sentence: true }).extend({ role: z.string().min(1) })),
  affiliations: z.array(Sourced.omit({ sentence: true }).extend({ actor: ActorId })),
  /** Slugs of the briefings that mention the actor, newest first. */
  briefings: z.array(Slug),
  mentions: z.number().int().nonnegative(),
  relations: z.array(ActorRelation),
  quotes: z.array(Sourced.extend({ text: z.string().min(1) })),
});
export type ActorPageData = z.infer<typeof ActorPageData>;

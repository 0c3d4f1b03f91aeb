import { z } from 'zod';
import { ActorId } from './ids.ts';

/** What kind of real-world participant an actor is; `media` is an outlet cited as a source. */
export const ActorType = z.enum(['person', 'country', 'organization', 'group', 'media']);
export type ActorType = z.infer<typeof ActorType>;

/** An actor as one briefing sees it. */
export const BriefingActor = z.object({
  id: ActorId,
  name: z.string().min(1),
  type: ActorType,
  /** Surface forms seen in this article, the name excluded. */
  aliases: z.array(z.string()),
  role: z.string().optional(),
  /** The actor id of the state, group or body this actor belongs to. */
  affiliation: ActorId.optional(),
  /** How many times the article names or points to the actor. */
  mentions: z.number().int().positive(),
});
export type BriefingActor = z.infer<typeof BriefingActor>;

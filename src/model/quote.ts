import { z } from 'zod';

/** A direct quotation and who said it: an actor id, or a plain name when the speaker is no actor. */
export const Quote = z.object({
  speaker: z.string().min(1),
  /** True when `speaker` is an actor id of the same briefing. */
  speakerIsActor: z.boolean(),
  text: z.string().min(1),
  /** Index of the sentence the quotation opens in. */
  sentence: z.number().int().nonnegative(),
});
export type Quote = z.infer<typeof Quote>;

import { z } from 'zod';

/** The sentence a fact comes from: its index in the briefing's source text, and its words. */
export const Evidence = z.object({
  sentence: z.number().int().nonnegative(),
  text: z.string().min(1),
});
export type Evidence = z.infer<typeof Evidence>;

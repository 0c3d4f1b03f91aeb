// How a run computes its two big batches of work: seed outcomes, and the
// renderings the memo lacks. In this process by default; scripts/ passes a
// runner that spreads them over worker threads. Either way the results are
// keyed (by seed name, by render key), so the bytes do not depend on it.
import type { Lexicon } from '../lexicon/load.ts';
import type { ActorPageData } from '../model/index.ts';
import { prepareTools } from '../pipeline/index.ts';
import type { Briefing, SeedFile } from '../pipeline/types.ts';
import type { ActorLookups } from './actor-pages.ts';
import type { Rendered } from './cache/render-memo.ts';
import { seedOutcome, type SeedOutcome } from './seed-outcomes.ts';

/** Pages the render memo holds no reusable rendering for. */
export interface RenderWork {
  /** Briefings with their render keys; `full` gives a briefing its sentences (a memo may hold them apart). */
  briefings: readonly (readonly [key: string, Briefing])[];
  pages: readonly ActorPageData[];
  full: (b: Briefing) => Briefing;
  /** Renderer code version and the lookups actor pages make, for a worker's own memo. */
  version: string;
  lookups: ActorLookups;
}

export interface Runner {
  /** Outcomes of `seeds` by name; milliseconds by pipeline stage are summed into `stages`. */
  seeds(seeds: readonly SeedFile[], lex: Lexicon, stages: Record<string, number>): Promise<{ outcomes: Map<string, SeedOutcome>; threads: number }>;
  /** Renders `work` ahead of the main thread, giving each batch to `absorb`; or nothing, and the memo renders each page when it is asked. */
  render(work: RenderWork, absorb: (r: Rendered) => void): Promise<{ threads: number }>;
}

/** Everything on this thread: seeds one after another, pages rendered when the writer asks. */
export const inProcess: Runner = {
  async seeds(seeds, lex, stages) {
    const onStage = (k: string, t: number) => (stages[k] = (stages[k] ?? 0) + t);
    const tools = prepareTools(lex);
    return { outcomes: new Map(seeds.map((s) => [s.name, seedOutcome(s, tools, onStage)])), threads: 1 };
  },
  async render() {
    return { threads: 1 };
  },
};

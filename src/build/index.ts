// The whole generation as one pure function: seeds in, the files of
// content/ out. Per-article stages run seed by seed (src/pipeline); corpus
// stages (identity across briefings, actor pages) run once over all.
import { createHash } from 'node:crypto';
import { mergeActors, canonicalActor } from '../corpus/merge-actors.ts';
import type { Lexicon } from '../lexicon/load.ts';
import type { BriefingData } from '../model/index.ts';
import { processSeed } from '../pipeline/index.ts';
import type { Briefing, SeedFile } from '../pipeline/types.ts';
import { renderBriefing } from '../render/briefing.ts';
import { canonicalize } from './canonicalize.ts';
import { actorPageFiles } from './actor-pages.ts';
import { uniqueSlugs } from './slugs.ts';

/** A seed the run would not publish, and why. */
export interface Refusal {
  seed: string;
  reason: string;
}

export interface BuildResult {
  /** Output files by path relative to the content folder (`briefings/x.md`, `actors/y.md`). */
  files: Map<string, string>;
  briefings: BriefingData[];
  refused: Refusal[];
  /** Exact duplicates: [duplicate seed, the seed it repeats]. */
  duplicates: [string, string][];
  /** Per-briefing warnings, prefixed with the seed. */
  warnings: string[];
}

/** Turns seeds into content files. Seeds that fail are refused, never half-written. */
export function buildContent(seeds: readonly SeedFile[], lex: Lexicon): BuildResult {
  const { unique, duplicates } = dropDuplicates(seeds);
  const refused: Refusal[] = [];
  const done: Briefing[] = [];
  for (const seed of unique) {
    try {
      done.push(processSeed(seed, lex));
    } catch (e) {
      refused.push({ seed: seed.name, reason: (e as Error).message });
    }
  }
  const slugs = uniqueSlugs(done.map((b) => ({ seed: b.data.seed, base: b.data.slug })));
  const local = done.map((b) => ({ ...b, data: { ...b.data, slug: slugs.get(b.data.seed)! } }));
  const merge = mergeActors(local.map((b) => b.data), lex.curated);
  const briefings = local.map((b) => ({ ...b, data: canonicalize(b.data, (id) => canonicalActor(merge, b.data.slug, id)) }));

  const files = new Map<string, string>();
  for (const b of briefings) files.set(`briefings/${b.data.slug}.md`, renderBriefing(b));
  for (const [path, text] of actorPageFiles(briefings.map((b) => b.data), lex)) files.set(path, text);
  const warnings = briefings.flatMap((b) => b.data.warnings.map((w) => `${b.data.seed}: ${w}`));
  return { files, briefings: briefings.map((b) => b.data), refused, duplicates, warnings };
}

function dropDuplicates(seeds: readonly SeedFile[]): { unique: SeedFile[]; duplicates: [string, string][] } {
  const seen = new Map<string, string>();
  const unique: SeedFile[] = [];
  const duplicates: [string, string][] = [];
  for (const seed of [...seeds].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const hash = createHash('sha256').update(seed.bytes).digest('hex');
    const first = seen.get(hash);
    if (first) duplicates.push([seed.name, first]);
    else {
      seen.set(hash, seed.name);
      unique.push(seed);
    }
  }
  return { unique, duplicates };
}

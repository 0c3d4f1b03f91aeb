// The whole generation as one pure function: seeds in, the files of
// content/ out. Per-article stages run seed by seed (src/pipeline); corpus
// stages (identity across briefings, actor pages) run once over all.
// The two halves are exported apart so the CLI can cache the per-seed half
// and spread it over worker threads; buildContent is their composition.
import { createHash } from 'node:crypto';
import { bareNames, dropActors } from '../corpus/bare-names.ts';
import { mergeActors, canonicalActor } from '../corpus/merge-actors.ts';
import type { Lexicon } from '../lexicon/load.ts';
import type { ActorPageData, BriefingData } from '../model/index.ts';
import { processSeed, type StageName } from '../pipeline/index.ts';
import type { Briefing, SeedFile } from '../pipeline/types.ts';
import { renderBriefing } from '../render/briefing.ts';
import { canonicalize } from './canonicalize.ts';
import { type ActorLookups, actorPageOutput, actorPages, actorPageText } from './actor-pages.ts';
import type { OutputFile } from './output.ts';
import type { RenderMemo } from './cache/render-memo.ts';
import { uniqueSlugs } from './slugs.ts';

/** A seed the run would not publish, and why. */
export interface Refusal {
  seed: string;
  reason: string;
}

/** What the per-seed half gives for one seed: its briefing, or why it was refused. */
export type SeedOutcome = { briefing: Briefing } | { refused: string };

/** What a build found, besides its files. */
export interface BuildFacts {
  briefings: BriefingData[];
  refused: Refusal[];
  /** Exact duplicates: [duplicate seed, the seed it repeats]. */
  duplicates: [string, string][];
  /** Per-briefing warnings, prefixed with the seed. */
  warnings: string[];
}

export interface BuildResult extends BuildFacts {
  /** Output files by path relative to the content folder (`briefings/x.md`, `actors/y.md`). */
  files: Map<string, string>;
}

/** Turns seeds into content files. Seeds that fail are refused, never half-written. */
export function buildContent(seeds: readonly SeedFile[], lex: Lexicon): BuildResult {
  const { unique, duplicates } = dropDuplicates(seeds);
  const outcomes = new Map(unique.map((seed) => [seed.name, seedOutcome(seed, lex)]));
  return assembleContent(unique.map((s) => s.name), outcomes, duplicates, lex);
}

/** The per-seed half for one seed: processSeed, with a throw turned into a refusal. */
export function seedOutcome(seed: SeedFile, lex: Lexicon, onStage?: (stage: StageName, ms: number) => void): SeedOutcome {
  try {
    return { briefing: processSeed(seed, lex, onStage) };
  } catch (e) {
    return { refused: (e as Error).message };
  }
}

/** The corpus stages before rendering: canonical briefings and actor page data. */
export interface Corpus {
  briefings: Briefing[];
  pages: ActorPageData[];
  /** What an actor page's rendering looks up: display names and types by actor id, titles by slug. */
  lookups: ActorLookups;
  /**
   * By slug, what a briefing's canonical form depends on besides its
   * per-seed briefing and its slug: the [local id, corpus id] pairs it
   * looked up, as JSON. A render cache can key a briefing page on these.
   */
  identity: Map<string, string>;
  refused: Refusal[];
  duplicates: [string, string][];
}

/**
 * The corpus half: slugs, cross-briefing identity, rendering. `names` gives
 * the seed order (sorted, duplicates dropped).
 */
export function assembleContent(names: readonly string[], outcomes: ReadonlyMap<string, SeedOutcome>, duplicates: [string, string][], lex: Lexicon): BuildResult {
  return renderCorpus(corpusStage(names, outcomes, duplicates, lex));
}

/** Slugs, cross-briefing identity and actor page data for the outcomes of `names`, in that order. */
export function corpusStage(names: readonly string[], outcomes: ReadonlyMap<string, SeedOutcome>, duplicates: [string, string][], lex: Lexicon): Corpus {
  const refused: Refusal[] = [];
  const done: Briefing[] = [];
  for (const name of names) {
    const o = outcomes.get(name);
    if (!o) throw new Error(`corpusStage: no outcome for seed ${name}`);
    if ('briefing' in o) done.push(o.briefing);
    else refused.push({ seed: name, reason: o.refused });
  }
  const slugs = uniqueSlugs(done.map((b) => ({ seed: b.data.seed, base: b.data.slug })));
  const local = done.map((b) => ({ ...b, data: { ...b.data, slug: slugs.get(b.data.seed)! } }));
  const merge = mergeActors(local.map((b) => b.data), lex.curated, lex.givenNames);
  const identity = new Map<string, string>();
  const canonical = local.map((b) => {
    const used: [string, string][] = [];
    const data = canonicalize(b.data, (id) => {
      const corpusId = canonicalActor(merge, id);
      used.push([id, corpusId]);
      return corpusId;
    });
    identity.set(b.data.slug, JSON.stringify(used));
    return { ...b, data };
  });
  // Note: a person known by one word only gets no page; whether one is follows from the ids above, so identity covers it.
  const bare = bareNames(canonical.map((b) => b.data), lex);
  const briefings = canonical.map((b) => (bare.size ? { ...b, data: dropActors(b.data, bare) } : b));
  return { briefings, ...actorPages(briefings.map((b) => b.data), lex), identity, refused, duplicates };
}

/** The files of a corpus, rendered: one per briefing and per actor page. */
export function renderCorpus(corpus: Corpus): BuildResult {
  const files = new Map<string, string>();
  for (const b of corpus.briefings) files.set(briefingFile(b), renderBriefing(b));
  for (const p of corpus.pages) files.set(actorFile(p), actorPageText(p, corpus.lookups));
  return { files, ...corpusFacts(corpus) };
}

/** How a cache gives corpusOutputs its briefings. */
export interface OutputOptions {
  /** The briefings' memo keys, aligned with them, when the caller has cheaper ones than hashing each whole briefing. */
  keys?: readonly string[];
  /** A briefing with its sentences, when the corpus holds them apart (a cache loads them only for a page it renders). */
  full?: (b: Briefing) => Briefing;
}

/** The files of a corpus as output files, through `memo`: unchanged pages are known by hash and rendered only if asked; the texts are renderCorpus's. */
export function corpusOutputs(corpus: Corpus, memo: RenderMemo, opts: OutputOptions = {}): Map<string, OutputFile> {
  const files = new Map<string, OutputFile>();
  const render = opts.full ? (b: Briefing) => renderBriefing(opts.full!(b)) : renderBriefing;
  corpus.briefings.forEach((b, i) => files.set(briefingFile(b), memo.briefing(b, render, opts.keys?.[i])));
  for (const p of corpus.pages) files.set(actorFile(p), actorPageOutput(p, corpus.lookups, memo));
  return files;
}

const briefingFile = (b: Briefing) => `briefings/${b.data.slug}.md`;
const actorFile = (p: ActorPageData) => `actors/${p.id}.md`;

/** What a corpus's build reports besides its files. */
export function corpusFacts(corpus: Corpus): BuildFacts {
  const warnings = corpus.briefings.flatMap((b) => b.data.warnings.map((w) => `${b.data.seed}: ${w}`));
  return { briefings: corpus.briefings.map((b) => b.data), refused: corpus.refused, duplicates: corpus.duplicates, warnings };
}

/** Sorts seeds by name and keeps the first of each set of byte-identical seeds; the rest are reported as duplicates. */
export function dropDuplicates(seeds: readonly SeedFile[]): { unique: SeedFile[]; duplicates: [string, string][] } {
  const seen = new Map<string, string>();
  const unique: SeedFile[] = [];
  const duplicates: [string, string][] = [];
  for (const seed of [...seeds].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const hash = seedHash(seed.bytes);
    const first = seen.get(hash);
    if (first) duplicates.push([seed.name, first]);
    else {
      seen.set(hash, seed.name);
      unique.push(seed);
    }
  }
  return { unique, duplicates };
}

/** sha256 of a seed's bytes, hex: how duplicates and the seed cache recognise content. */
export function seedHash(bytes: Uint8Array): string {
  // Note: remembered per buffer, since a run asks twice (duplicates, then the cache key); seed bytes are never mutated.
  let hash = seedHashes.get(bytes);
  if (hash === undefined) seedHashes.set(bytes, (hash = createHash('sha256').update(bytes).digest('hex')));
  return hash;
}
const seedHashes = new WeakMap<Uint8Array, string>();

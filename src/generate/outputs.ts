// The files of a corpus, as output files through the render memo: one per
// briefing and per actor page, the network and timeline pages and the report. Pages the
// memo lacks may be rendered ahead by the runner (worker threads); the rest
// are rendered here, and a page known from last time only if the writer asks.
import type { ActorPageData } from '../model/index.ts';
import type { Briefing } from '../pipeline/types.ts';
import { renderBriefing } from '../render/briefing.ts';
import { renderNetworkPage } from '../render/network-page.ts';
import { renderReport } from '../render/report.ts';
import { renderTimelinePage } from '../render/timeline-page.ts';
import { actorPageOutput } from './actor-pages.ts';
import type { RenderMemo } from './cache/render-memo.ts';
import type { Corpus } from './corpus-stages.ts';
import { contentHash, type OutputFile, textOutput } from './output.ts';
import type { Runner } from './run.ts';

/**
 * The files, under src/, whose import graphs the render memo's version
 * hashes: the renderers, the memo's own format, and canonicalize, since
 * briefing keys name what it looked up rather than its result.
 */
export const renderVersionFiles = [
  'render/briefing.ts', 'render/actor-page.ts', 'render/network-page.ts', 'render/timeline-page.ts', 'generate/cache/render-memo.ts', 'generate/canonicalize.ts',
];

/** What the seed memo tells rendering: each seed's key, and a briefing with its sentences. */
interface SeedKeys {
  keys: ReadonlyMap<string, string>;
  full: (b: Briefing) => Briefing;
}

/** Every file of the corpus by path, and the threads that rendered ahead (1: none). */
export async function corpusOutputs(corpus: Corpus, memo: RenderMemo, seeds: SeedKeys, run: Runner): Promise<{ files: Map<string, OutputFile>; threads: number }> {
  const keys = briefingKeys(corpus, seeds.keys);
  const { names, titles, types } = corpus.lookups;
  const todo = memo.unrendered(corpus.briefings.map((b, i) => [keys[i]!, b] as const), corpus.pages, [names, titles, types]);
  const ahead = await run.render({ ...todo, full: seeds.full, version: memo.version, lookups: corpus.lookups }, (r) => memo.absorb(r));
  const files = new Map<string, OutputFile>();
  const render = (b: Briefing) => renderBriefing(seeds.full(b));
  corpus.briefings.forEach((b, i) => files.set(`briefings/${b.data.slug}.md`, memo.briefing(b, render, keys[i])));
  for (const p of corpus.pages) files.set(actorFile(p), actorPageOutput(p, corpus.lookups, memo));
  const { network, networkActors, report } = corpus;
  files.set('network.md', memo.page(pageKey('network', [network, networkActors]), () => renderNetworkPage(network, networkActors)));
  files.set('timeline.md', memo.page(pageKey('timeline', corpus.timeline), () => renderTimelinePage(corpus.timeline)));
  // Note: the report renders in about a millisecond, less than hashing its data for a memo key would take.
  files.set('report.md', textOutput(renderReport(report.refused, report.notes)));
  return { files, threads: ahead.threads };
}

const actorFile = (p: ActorPageData) => `actors/${p.id}.md`;

/**
 * The render memo keys of the corpus's briefings, without hashing them: a
 * canonical briefing is its per-seed briefing (named by the seed's memo
 * key), its slug, and the ids canonicalize looked up (Corpus.identity).
 */
function briefingKeys(corpus: Corpus, seedKeys: ReadonlyMap<string, string>): string[] {
  return corpus.briefings.map((b) => contentHash(`briefing\0${seedKeys.get(b.data.seed)}\0${b.data.slug}\0${corpus.identity.get(b.data.slug)}`));
}

/** The memo key of a whole page made from `data` alone. */
function pageKey(kind: string, data: unknown): string {
  return contentHash(`${kind}\0${JSON.stringify(data)}`);
}

// Actor pages for the whole corpus: their data, and their files.
import { buildActorPages } from '../corpus/actor-pages.ts';
import type { Lexicon } from '../lexicon/load.ts';
import type { ActorPageData, ActorType, BriefingData } from '../model/index.ts';
import { renderActorPage } from '../render/actor-page.ts';
import type { RenderMemo } from './cache/render-memo.ts';
import type { OutputFile } from './output.ts';

/** What rendering an actor page looks up about other actors and briefings. */
export interface ActorLookups {
  names: Map<string, string>;
  titles: Map<string, string>;
  types: Map<string, ActorType>;
}

/** Page data for every actor of the briefings, whose ids are already the corpus's, and the lookups their rendering needs. */
export function actorPageData(briefings: BriefingData[], lex: Lexicon): { pages: ActorPageData[]; lookups: ActorLookups } {
  const pages = buildActorPages(briefings, undefined, lex.curated.names);
  const names = new Map(pages.map((p) => [p.id as string, p.name]));
  const types = new Map(pages.map((p) => [p.id as string, p.type]));
  const titles = new Map(briefings.map((b) => [b.slug as string, b.title]));
  return { pages, lookups: { names, titles, types } };
}

/** One actor page's output file, reused through `memo` when unchanged. */
export function actorPageOutput(page: ActorPageData, { names, titles, types }: ActorLookups, memo: RenderMemo): OutputFile {
  return memo.actorPage(page, names, { titles, types }, renderActorPage);
}

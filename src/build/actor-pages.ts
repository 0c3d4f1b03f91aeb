// Actor pages for the whole corpus, as files.
import { buildActorPages } from '../corpus/actor-pages.ts';
import type { Lexicon } from '../lexicon/load.ts';
import type { BriefingData } from '../model/index.ts';
import { renderActorPage } from '../render/actor-page.ts';
import type { RenderMemo } from './cache/render-memo.ts';

/** `actors/<id>.md` for every actor of the briefings, whose ids are already the corpus's; `memo` reuses unchanged renderings. */
export function actorPageFiles(briefings: BriefingData[], lex: Lexicon, memo?: RenderMemo): [string, string][] {
  const pages = buildActorPages(briefings, undefined, lex.curated.names);
  const names = new Map(pages.map((p) => [p.id as string, p.name]));
  const types = new Map(pages.map((p) => [p.id as string, p.type]));
  const titles = new Map(briefings.map((b) => [b.slug as string, b.title]));
  const opts = { titles, types };
  return pages.map((p) => [`actors/${p.id}.md`, memo ? memo.actorPage(p, names, opts, renderActorPage) : renderActorPage(p, names, opts)]);
}

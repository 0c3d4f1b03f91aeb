// Actor pages for the whole corpus, as files.
import { buildActorPages } from '../corpus/actor-pages.ts';
import type { Lexicon } from '../lexicon/load.ts';
import type { BriefingData } from '../model/index.ts';
import { renderActorPage } from '../render/actor-page.ts';

/** `actors/<id>.md` for every actor of the (canonicalised) briefings. */
export function actorPageFiles(briefings: BriefingData[], lex: Lexicon): [string, string][] {
  const pages = buildActorPages(briefings, lex);
  const names = new Map(pages.map((p) => [p.id as string, p.name]));
  return pages.map((p) => [`actors/${p.id}.md`, renderActorPage(p, names)]);
}

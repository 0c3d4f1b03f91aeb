// Actor pages for the whole corpus, as files.
import { buildActorPages } from '../corpus/actor-pages.ts';
import type { Lexicon } from '../lexicon/load.ts';
import type { BriefingData } from '../model/index.ts';
import { renderActorPage } from '../render/actor-page.ts';

/** `actors/<id>.md` for every actor of the briefings, whose ids are already the corpus's. */
export function actorPageFiles(briefings: BriefingData[], lex: Lexicon): [string, string][] {
  const pages = buildActorPages(briefings, undefined, lex.curated.names);
  const names = new Map(pages.map((p) => [p.id as string, p.name]));
  const types = new Map(pages.map((p) => [p.id as string, p.type]));
  const titles = new Map(briefings.map((b) => [b.slug as string, b.title]));
  return pages.map((p) => [`actors/${p.id}.md`, renderActorPage(p, names, { titles, types })]);
}

// references: words that point back to an actor named elsewhere (he, they,
// its, "the minister", "the alliance", "Gabir" after "Lt Gen Ibrahim Gabir",
// "both sides"), resolved once on the parse, for relations and quotes alike.
// Sentences are read in order and each resolved reference becomes a site
// the next ones may point to ("Aragorn arrived. He said his …").
import { personIndex, sexes, type RefContext } from './references/context.ts';
import { resolveDescriptions, resolveGroups, resolveShortNames } from './references/descriptions.ts';
import { resolvePronouns } from './references/pronouns.ts';
import { rivalSites } from './references/rivals.ts';
import { mentionSites, quotedRanges } from './references/sites.ts';
import type { ReferenceTools } from './references/tools.ts';
import type { Reference, WithActors, WithReferences } from './types.ts';

export { prepareReferences, type ReferenceTools } from './references/tools.ts';

/** Adds the article's resolved references, by sentence and offset. */
export function references(doc: WithActors, tools: ReferenceTools): WithReferences {
  const quoted = quotedRanges(doc.sentences);
  const types = new Map(doc.actors.map((a) => [a.id as string, a.type]));
  const resolved: RefContext['resolved'] = doc.sentences.map(() => []);
  const unresolved: RefContext['unresolved'] = doc.sentences.map(() => []);
  for (const m of doc.mentions) (m.actor ? resolved : unresolved)[m.sentence]?.push(m);
  for (const ms of resolved) ms.sort((a, b) => a.start - b.start);
  const base = {
    doc, sites: mentionSites(doc, quoted), quoted, typeOf: (a: string) => types.get(a), tools, sex: sexes(doc, tools),
    roots: doc.parses.map((ws) => ws.findIndex((w) => w.head === -1)), resolved, unresolved, persons: personIndex(doc),
  };
  const ctx: RefContext = { ...base, rivals: rivalSites(base) };
  const out: Reference[] = [];
  // What each description head pointed to last ("the report" after "the CSIS report").
  const byHead = new Map<string, string[]>();
  doc.sentences.forEach((_, s) => {
    // Note: names and descriptions first, so a pronoun after them in the same sentence can point to them.
    const found = [...resolveShortNames(ctx, s), ...resolveDescriptions(ctx, s, byHead)];
    const pronouns = resolvePronouns(ctx, s);
    const groups = resolveGroups(ctx, s);
    out.push(...[...found, ...pronouns, ...groups].sort((a, b) => a.start - b.start));
  });
  return { ...doc, references: out };
}

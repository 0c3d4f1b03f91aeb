// A person the whole corpus knows by one word only ("Butler", "Campbell",
// "Nasty") is a surname or a nickname the merge could not tie to a full name:
// it stays an unresolved name of its briefing, with no actor page of its own.
// A person the lexicon lists, or the curator names in curated.tsv, keeps its page.
import type { Lexicon } from '../lexicon/load.ts';
import type { BriefingData } from '../model/index.ts';

/** Corpus ids of persons named by one word in every briefing that has them, listed in no lexicon and not curated. */
export function bareNames(briefings: readonly BriefingData[], lex: Pick<Lexicon, 'entries' | 'curated'>): Set<string> {
  const { aliases, types, merges, names } = lex.curated;
  const curated = new Set<string>([...aliases.values(), ...merges.values(), ...names.keys()]);
  const oneWord = new Map<string, boolean>();
  for (const b of briefings) {
    for (const a of b.actors) {
      if (a.type !== 'person' || curated.has(a.id) || types.has(a.name)) continue;
      oneWord.set(a.id, (oneWord.get(a.id) ?? true) && !/\s/.test(a.name.trim()));
    }
  }
  return new Set([...oneWord].filter(([id, one]) => one && !lex.entries.has(id)).map(([id]) => id));
}

/**
 * The briefing without the actors in `drop`: their relations go, their quotes
 * keep the name as a speaker with no page, and each is reported as an
 * unresolved name.
 */
export function dropActors(data: BriefingData, drop: ReadonlySet<string>): BriefingData {
  const gone = data.actors.filter((a) => drop.has(a.id));
  if (!gone.length) return data;
  const names = new Map(gone.map((a) => [a.id as string, a.name]));
  return {
    ...data,
    actors: data.actors.filter((a) => !drop.has(a.id)).map((a) => (a.affiliation && drop.has(a.affiliation) ? withoutAffiliation(a) : a)),
    relations: data.relations.filter((r) => !drop.has(r.source) && !drop.has(r.target)),
    quotes: data.quotes.map((q) => (q.speakerIsActor && names.has(q.speaker) ? { ...q, speaker: names.get(q.speaker)!, speakerIsActor: false } : q)),
    warnings: [...data.warnings, ...gone.map((a) => `unresolved name: ${a.name}`).filter((w) => !data.warnings.includes(w))],
  };
}

function withoutAffiliation<T extends { affiliation?: unknown }>(a: T): T {
  const { affiliation: _, ...rest } = a;
  return rest as T;
}

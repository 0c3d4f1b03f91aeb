// Stage: relations. Finds interactions between actors, sentence by sentence,
// by matching the verb frames of src/lexicon/verbs.tsv against the sentence's
// actor phrases (see src/pipeline/relations/ for the parts).
import type { Lexicon } from '../lexicon/load.ts';
import type { Relation } from '../model/index.ts';
import { dedupe, emit } from './relations/emit.ts';
import { matchFrame } from './relations/match-frame.ts';
import { isConditional, isNegatedNoun } from './relations/polarity.ts';
import { pronounResolver } from './relations/pronouns.ts';
import { sentenceUnits, type ActorInfo, type Unit } from './relations/units.ts';
import { frameBook, type FrameBook } from './relations/verb-frames.ts';
import type { Mention, WithActors, WithRelations } from './types.ts';

/** Adds the relations the article states between its actors (media are never participants). */
export function relations(doc: WithActors, lex: Lexicon): WithRelations {
  const book = frameBook(lex);
  const actors = new Map<string, ActorInfo>(doc.actors.map((a) => [a.id, a]));
  const bySentence = new Map<number, Mention[]>();
  for (const m of doc.mentions) bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m]);
  const units = doc.sentences.map((s) => sentenceUnits(s.text, bySentence.get(s.index) ?? [], actors, book));
  const found = doc.sentences.flatMap((s, i) =>
    sentenceRelations(units, i, book, actors).map((r) => ({ ...r, evidence: { sentence: s.index, text: s.text } })),
  );
  return { ...doc, relations: dedupe(found) };
}

/** The relations of sentence `i`: at each anchor word, the longest frame that matches (and shorter ones with other targets). */
function sentenceRelations(all: Unit[][], i: number, book: FrameBook, actors: ReadonlyMap<string, ActorInfo>): Relation[] {
  const units = all[i]!;
  if (units.filter((u) => u.kind === 'phrase').length === 0) return [];
  const resolve = pronounResolver(all, i, book);
  const out: Relation[] = [];
  units.forEach((u, at) => {
    if (u.kind !== 'word') return;
    // Longest frame first; a shorter one counts only for a target no longer frame took.
    const targets: unknown[] = [];
    for (const frame of book.byAnchor.get(u.lower) ?? []) {
      const b = matchFrame(frame, units, at, book, resolve);
      if (!b || (targets.length && (!b.B || targets.includes(b.B)))) continue;
      targets.push(b.B ?? b.AB);
      const unreal = b.negated || b.hypothetical || isConditional(units, Math.min(at, b.first), book) || isConditional(units, at, book) || (!frame.verbal && isNegatedNoun(units, b.first, book));
      if (!unreal) out.push(...emit(frame, b, actors, { sentence: i, text: '' }));
    }
  });
  return out;
}

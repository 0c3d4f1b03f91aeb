// Stage: relations. Finds interactions between actors, sentence by sentence,
// by matching the verb frames of src/lexicon/verbs.tsv against the sentence's
// actor phrases (see src/pipeline/relations/ for the parts).
import type { Relation } from '../../model/index.ts';
import { emit, jointRelations, type Where } from './emit.ts';
import { dedupe } from './7-emit.ts';
import { matchFrame, type Binding } from './match-frame.ts';
import { isConditional, isNegatedNoun } from './polarity.ts';
import { pronounResolver } from './pronouns.ts';
import type { PronounResolver } from './subject.ts';
import { sentenceUnits, type ActorInfo, type Unit } from './units.ts';
import type { FrameBook } from './verb-frames.ts';
import type { ActorMention, WithReferences, WithRelations } from '../types.ts';
import { addTo } from '../../util/add-to.ts';


/** Sentences longer than this (characters) are not read for relations; news sentences rarely pass 600. */
const maxSentenceLength = 2_000;

/** What matching one sentence needs besides its units. */
interface Scope {
  book: FrameBook;
  actors: ReadonlyMap<string, ActorInfo>;
  resolve: PronounResolver;
  where: Where;
}

/** Adds the relations the article states between its actors (media are never participants). */
export function oldRelations(doc: WithReferences, book: FrameBook): WithRelations {
  const actors = new Map<string, ActorInfo>(doc.actors.map((a) => [a.id, a]));
  const bySentence = new Map<number, ActorMention[]>();
  for (const m of doc.mentions) if (m.actor !== undefined) addTo(bySentence, m.sentence, m);
  // Note: a sentence without a resolved mention can state no relation, nor hold a pronoun's antecedent;
  // nor can a "sentence" longer than any prose has (a paragraph with no stops): frame matching
  // walks left and right from every anchor, which is quadratic in sentence length.
  const readable = (s: { index: number; text: string }) => bySentence.has(s.index) && s.text.length <= maxSentenceLength;
  const units = doc.sentences.map((s) => (readable(s) ? sentenceUnits(s.text, bySentence.get(s.index)!, actors, book) : []));
  const found = doc.sentences.flatMap((s, i) =>
    sentenceRelations(units[i]!, { book, actors, resolve: pronounResolver(units, i, book), where: { sentence: s.index, text: s.text } }),
  );
  return { ...doc, relations: dedupe(found) };
}

/** The relations of one sentence, anchor word by anchor word. */
function sentenceRelations(units: Unit[], scope: Scope): Relation[] {
  const out: Relation[] = [];
  if (!units.some((u) => u.kind === 'phrase')) return out;
  units.forEach((u, at) => {
    if (u.kind === 'word' && scope.book.byAnchor.has(u.lower)) out.push(...anchorRelations(units, at, scope));
  });
  return out;
}

/** At one anchor word: the longest frame that matches, and shorter ones only for a target it did not take. */
function anchorRelations(units: Unit[], at: number, { book, actors, resolve, where }: Scope): Relation[] {
  const verb = (units[at] as { lower: string }).lower;
  const targets: unknown[] = [];
  const out: Relation[] = [];
  for (const frame of book.byAnchor.get(verb) ?? []) {
    const b = matchFrame(frame, units, at, book, resolve);
    if (!b || (targets.length && (!b.B || targets.includes(b.B))) || restates(b, units, at)) continue;
    targets.push(b.B ?? b.AB);
    const conditional = isConditional(units, Math.min(at, b.first), book) || isConditional(units, at, book);
    const unreal = b.negated || b.hypothetical || conditional || (!frame.verbal && isNegatedNoun(units, b.first, book));
    if (!unreal) out.push(...emit(frame, b, actors, where), ...jointRelations(frame, b, actors, where, verb, book.classes.joint));
  }
  return out;
}

/**
 * "Mexico and Canada met in Ottawa", "Nassar met Jordanian officials in Amman": a target that is
 * already a party (in the source list, or a phrase the frame's gap crossed) adds nothing; the
 * shorter frame states the meeting.
 */
function restates(b: Binding, units: Unit[], at: number): boolean {
  const target = b.B;
  if (!target) return false;
  const parties = new Set(b.A?.actors ?? []);
  const end = units.indexOf(target);
  for (let k = at + 1; k < end; k++) {
    const u = units[k]!;
    if (u.kind === 'phrase') u.actors.forEach((a) => parties.add(a));
  }
  return target.actors.every((a) => parties.has(a));
}

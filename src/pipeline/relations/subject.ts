// Finds the subject of a verb by walking left over auxiliaries, adverbs,
// negations, modals and parentheses, through relative pronouns to their
// antecedent, and from "he"/"she"/"they" to an earlier sentence.
import { antecedent, asSubject, clauseSubject, isObject, sentenceSubject, subjectAfterComma } from './clause-subject.ts';
import { beforeParenthesis } from './parenthesis.ts';
import type { PhraseUnit, Unit, WordUnit } from './units.ts';
import type { FrameBook } from './verb-frames.ts';
import { isAdverb } from './word-classes.ts';

/** A subject found, with what the words crossed say about the verb. */
export interface Subject {
  phrase: PhraseUnit;
  negated: boolean;
  hypothetical: boolean;
  /** The search crossed "to": the phrase is the subject of an infinitive ("urged Iran to attack"). */
  infinitive?: boolean;
  /** The search crossed a form of "be": with a participle, the verb is passive ("has been called"). */
  be?: boolean;
}

/** Resolves a subject pronoun at unit `at` of the current sentence, or gives up. */
export type PronounResolver = (pronoun: string, at: number) => PhraseUnit | undefined;

/** What the words crossed on the way to a subject say about the verb. */
export interface Flags {
  negated: boolean;
  hypothetical: boolean;
  infinitive?: boolean;
  be?: boolean;
}

/** One subject search: the sentence, the verb, and what the words crossed said. */
interface Search {
  units: Unit[];
  verb: number;
  book: FrameBook;
  resolve: PronounResolver;
  flags: Flags;
  /** The verb is an -ing form: a participle or gerund, whose subject may stand elsewhere. */
  gerund: boolean;
}

/** The subject of the verb at unit `verb`, searching left from unit `from`; undefined when there is none. */
export function findSubject(units: Unit[], from: number, verb: number, book: FrameBook, resolve: PronounResolver): Subject | undefined {
  const s: Search = { units, verb, book, resolve, flags: { negated: false, hypothetical: false }, gerund: isGerund(units[verb]) };
  // "Speaking to the Security Council, Guterres said": an opening participle's subject follows its clause.
  if (s.gerund && from < 0) return subjectAfterComma(units, verb, book, s.flags);
  for (let i = from, steps = 0; i >= 0 && steps < 16; steps++) {
    const u = units[i]!;
    if (u.kind === 'phrase') return phraseSubject(s, i);
    if (crossable(units, i, book, s.flags)) {
      i--;
      continue;
    }
    if (u.text !== ',') return wordSubject(s, i);
    const k = beforeParenthesis(units, i, book);
    // "X met Y on Monday, accusing Z of ...": a participle clause shares the sentence's subject.
    if (k === undefined) return s.gerund ? sentenceSubject(units, i, book, s.flags, resolve) : undefined;
    i = k;
  }
  return undefined;
}

/** The phrase the search reached: the subject, unless a preposition or an owner's 's makes it none. */
function phraseSubject(s: Search, i: number): Subject | undefined {
  const { units, book, verb, flags } = s;
  const u = units[i] as PhraseUnit;
  // "the action of Russia acquiring missiles": a gerund's subject may follow a preposition.
  const subject = asSubject(units, i, book) && (flags.infinitive || !isObject(units, i, book));
  if (subject || (s.gerund && i === verb - 1 && u.actors.length)) return withFlags(u, flags, units, i, book);
  // "Blinken previewed sanctions on Iran Air, calling ...": a participle shares the sentence's subject.
  return s.gerund ? sentenceSubject(units, i, book, flags, s.resolve) : undefined;
}

/** The word the search stopped at: a relative pronoun, a subject pronoun, "and", or a preposition before a gerund. */
function wordSubject(s: Search, i: number): Subject | undefined {
  const { units, book, verb, flags, resolve } = s;
  const w = (units[i] as WordUnit).lower;
  // "Iran was sanctioned for supplying Russia", "accused Iran of supplying": the phrase before the preposition.
  if (s.gerund && i === verb - 1 && (w === 'of' || w === 'for') && units[i - 1]?.kind === 'phrase') {
    // "Arnor was sanctioned by Gondor for supplying": after a passive's agent, the passive's subject.
    const agent = units[i - 2]?.kind === 'word' && (units[i - 2] as WordUnit).lower === 'by';
    return agent ? sentenceSubject(units, i, book, flags, resolve) : { phrase: units[i - 1] as PhraseUnit, ...flags };
  }
  // "Safadi was in Tehran and met Bagheri": a second verb of the sentence's subject.
  if (w === 'and' && units[i - 1]?.kind !== 'phrase') return clauseSubject(units, i, book, flags) ?? sentenceSubject(units, i, book, flags, resolve);
  if (book.classes.relative.has(w)) return antecedent(units, i, flags);
  if (s.gerund && i === verb - 1 && book.classes.subordinator.has(w)) return subjectAfterComma(units, verb, book, flags) ?? sentenceSubject(units, i, book, flags, resolve);
  if (!book.classes.pronoun.has(w)) return undefined;
  const phrase = resolve(w, i);
  return phrase ? withFlags(phrase, flags, units, i, book) : undefined;
}

/** Whether the word at `i` may stand between a subject and its verb; records negations and modals. */
function crossable(units: Unit[], i: number, book: FrameBook, flags: Flags): boolean {
  const u = units[i] as WordUnit;
  const { classes } = book;
  const w = u.lower;
  if (classes.negation.has(w)) flags.negated = true;
  if (classes.hypothetical.has(w)) flags.hypothetical = true;
  if (w === 'to') flags.infinitive = true;
  if (classes.be.has(w)) flags.be = true;
  return classes.negation.has(w) || classes.hypothetical.has(w) || classes.skip.has(w) || classes.intent.has(w) || isAdverb(u.text) || isTime(units, i, book);
}

/**
 * "Lammy said the UK would provide aid": a modal right after a report verb
 * is the reported future, not a hypothetical. `i` is where the subject (or its pronoun) stands.
 */
function withFlags(p: PhraseUnit, flags: Flags, units: Unit[], i: number, book: FrameBook): Subject {
  if (!flags.hypothetical) return { phrase: p, ...flags };
  let k = i - 1;
  while (units[k]?.kind === 'word' && (book.classes.determiner.has((units[k] as WordUnit).lower) || (units[k] as WordUnit).lower === 'that')) k--;
  const before = units[k];
  const reported = before?.kind === 'word' && book.classes.report.has(before.lower);
  return { phrase: p, ...flags, hypothetical: !reported };
}

function isGerund(u: Unit | undefined): boolean {
  return u?.kind === 'word' && u.lower.length > 5 && u.lower.endsWith('ing');
}

/** "on Tuesday", "last week", "Tuesday". */
function isTime(units: Unit[], i: number, book: FrameBook): boolean {
  const u = units[i]!;
  if (u.kind !== 'word') return false;
  if (book.classes.time.has(u.lower)) return true;
  const next = units[i + 1];
  return book.classes['time-lead'].has(u.lower) && next?.kind === 'word' && book.classes.time.has(next.lower);
}

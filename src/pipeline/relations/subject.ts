// Finds the subject of a verb by walking left over auxiliaries, adverbs,
// negations, modals and parentheses, through relative pronouns to their
// antecedent, and from "he"/"she"/"they" to an earlier sentence.
import type { PhraseUnit, Unit } from './units.ts';
import type { FrameBook } from './verb-frames.ts';

/** A subject found, with what the words crossed say about the verb. */
export interface Subject {
  phrase: PhraseUnit;
  negated: boolean;
  hypothetical: boolean;
}

/** Resolves a subject pronoun at unit `at` of the current sentence, or gives up. */
export type PronounResolver = (pronoun: string, at: number) => PhraseUnit | undefined;

const pronouns = new Set(['he', 'she', 'they']);
const timeLeads = new Set(['on', 'last', 'this', 'earlier', 'late', 'next', 'in']);

/** The subject of the verb whose left neighbour is unit `from`, or undefined. */
export function findSubject(units: Unit[], from: number, book: FrameBook, resolve: PronounResolver): Subject | undefined {
  const flags = { negated: false, hypothetical: false };
  const { classes } = book;
  for (let i = from, steps = 0; i >= 0 && steps < 16; steps++) {
    const u = units[i]!;
    if (u.kind === 'phrase') return asSubject(units, i, book) ? { phrase: u, ...flags } : undefined;
    const w = u.lower;
    if (classes.negation.has(w)) flags.negated = true;
    if (classes.hypothetical.has(w)) flags.hypothetical = true;
    if (classes.negation.has(w) || classes.hypothetical.has(w) || classes.skip.has(w) || isAdverb(u.text) || isTime(units, i, book)) {
      i--;
      continue;
    }
    if (w === ',') {
      const k = beforeParenthesis(units, i);
      if (k === undefined) return undefined;
      i = k;
      continue;
    }
    if (classes.relative.has(w)) return antecedent(units, i, flags);
    if (pronouns.has(w)) {
      const phrase = resolve(w, i);
      return phrase ? { phrase, ...flags } : undefined;
    }
    return undefined;
  }
  return undefined;
}

/** A phrase right after a preposition is its object, and "Iran's" owns the subject: neither is one. */
function asSubject(units: Unit[], i: number, book: FrameBook): boolean {
  const p = units[i] as PhraseUnit;
  if (!p.actors.length || p.possessive) return false;
  let k = i - 1;
  while (units[k]?.kind === 'word' && book.classes.determiner.has((units[k] as { lower: string }).lower)) k--;
  const before = units[k];
  return !(before?.kind === 'word' && book.classes.preposition.has(before.lower));
}

/**
 * At a comma: "Hezbollah and the Houthis, to attack" -> the phrase before it;
 * "The EU, without presenting any evidence, accused" -> the phrase before the opening comma.
 */
function beforeParenthesis(units: Unit[], comma: number): number | undefined {
  if (units[comma - 1]?.kind === 'phrase') return comma - 1;
  for (let k = comma - 1; k > 0 && comma - k < 16; k--) {
    const u = units[k]!;
    if (u.kind === 'word' && /^[;:"“”]$/.test(u.text)) return undefined;
    if (u.kind === 'word' && u.text === ',') return units[k - 1]?.kind === 'phrase' ? k - 1 : undefined;
  }
  return undefined;
}

/** "Hamas, which is backed by Iran": the phrase before the relative pronoun. */
function antecedent(units: Unit[], i: number, flags: { negated: boolean; hypothetical: boolean }): Subject | undefined {
  let k = i - 1;
  if (units[k]?.kind === 'word' && (units[k] as { text: string }).text === ',') k--;
  const p = units[k];
  return p?.kind === 'phrase' && p.actors.length ? { phrase: p, ...flags } : undefined;
}

/** Lowercase -ly adverbs ("jointly", "reportedly"); "only" and "July" are excluded by case and length. */
function isAdverb(text: string): boolean {
  return text.length > 4 && text.endsWith('ly') && /^\p{Ll}/u.test(text);
}

/** "on Tuesday", "last week", "Tuesday". */
function isTime(units: Unit[], i: number, book: FrameBook): boolean {
  const u = units[i]!;
  if (u.kind !== 'word') return false;
  if (book.classes.time.has(u.lower)) return true;
  const next = units[i + 1];
  return timeLeads.has(u.lower) && next?.kind === 'word' && book.classes.time.has(next.lower);
}

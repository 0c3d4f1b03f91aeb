// Small tests on units that several parts of the relations stage share.
import type { Unit, WordUnit } from './units.ts';
import type { FrameBook } from './verb-frames.ts';

/** Whether `u` is the word `w` (lowercased). */
export function isWord(u: Unit | undefined, w: string): boolean {
  return u?.kind === 'word' && u.lower === w;
}

/** Whether unit `k` is followed by a hyphen written without spaces ("US-backed"), not a dash ("Iran - which"). */
export function hyphenAfter(units: Unit[], k: number): boolean {
  const [u, h, next] = [units[k], units[k + 1], units[k + 2]];
  return Boolean(u && next && isWord(h, '-') && h!.start === u.end && next.start === h!.end);
}

/** "the", "both", "two", "30,000": words that may open a noun phrase. */
export function isDeterminer(w: string, book: FrameBook): boolean {
  return book.classes.determiner.has(w) || /^\d/.test(w) || book.classes.number.has(w);
}

/** Lowercase -ly adverbs ("jointly", "reportedly"); "only" and "July" are excluded by case and length. */
export function isAdverb(text: string): boolean {
  return text.length > 4 && text.endsWith('ly') && /^\p{Ll}/u.test(text);
}

/** Units a `*` gap crosses without counting: hyphens, numbers, money, brackets, -ly adverbs. */
export function isFree(u: Unit | undefined): boolean {
  return u?.kind === 'word' && (u.text === '-' || /^[£$€()]$|^\d/u.test(u.text) || isAdverb(u.text));
}

/** A lowercase word that is no verb form, preposition, relative, negation or auxiliary: likely a noun or adjective. */
export function isPlainWord(u: WordUnit, book: FrameBook): boolean {
  const { classes, verbForms } = book;
  const w = u.lower;
  return /^\p{Ll}+$/u.test(u.text) && !(verbForms.has(w) || classes.preposition.has(w) || classes.relative.has(w) || classes.negation.has(w) || classes.skip.has(w));
}

/** "condemned Iranian strikes": a word for what a state did. */
export function isAct(u: Unit | undefined, book: FrameBook): boolean {
  return u?.kind === 'word' && book.classes.act.has(u.lower);
}

// Whether a matched frame states something that happened: no "if" clause,
// no negation or modal before a nominal frame ("no talks between A and B").
import type { Unit } from './units.ts';
import type { FrameBook } from './verb-frames.ts';

const boundaries = new Set([',', ';', ':', '—', '–', '(', ')']);

/**
 * True when the clause holding the verb at `at` opens with a condition word ("if", "unless").
 * A comma ends the search only when a phrase follows it: "If A attacks, B will respond" keeps
 * "B will respond" real, while "if they supply X, working with Y" stays conditional.
 */
export function isConditional(units: Unit[], at: number, book: FrameBook): boolean {
  for (let k = at - 1; k >= 0; k--) {
    const u = units[k]!;
    if (u.kind !== 'word') continue;
    if (boundaries.has(u.text) && (u.text !== ',' || units[k + 1]?.kind === 'phrase')) return false;
    if (book.classes.condition.has(u.lower)) return true;
  }
  return false;
}

/** True when one of the two words before a nominal frame negates it or makes it hypothetical. */
export function isNegatedNoun(units: Unit[], first: number, book: FrameBook): boolean {
  for (let k = first - 1; k >= Math.max(0, first - 2); k--) {
    const u = units[k]!;
    if (u.kind === 'word' && (book.classes.negation.has(u.lower) || book.classes.hypothetical.has(u.lower))) return true;
  }
  return false;
}

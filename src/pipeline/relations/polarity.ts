// Whether a matched frame states something that happened: no "if" clause,
// no negation or modal before a nominal frame ("no talks between A and B").
import type { Unit } from './units.ts';
import type { FrameBook } from './verb-frames.ts';

const boundaries = new Set([',', ';', ':', '—', '–', '(', ')']);

/** True when the clause holding unit `first` opens with a condition word ("if", "unless"). */
export function isConditional(units: Unit[], first: number, book: FrameBook): boolean {
  for (let k = first - 1; k >= 0; k--) {
    const u = units[k]!;
    if (u.kind !== 'word') continue;
    if (boundaries.has(u.text)) return false;
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

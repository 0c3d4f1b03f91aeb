// Parentheses between a subject and its verb ("The EU, without presenting any
// evidence, accused Iran"): where the subject before them stands.
import type { Unit, WordUnit } from './units.ts';
import type { FrameBook } from './verb-frames.ts';

/**
 * At a comma: "Hezbollah and the Houthis, to attack" -> the phrase before it;
 * "The EU, without presenting any evidence, accused" -> the phrase before the opening comma.
 * A parenthesis holds no finite verb unless it is a relative clause ("Hamas, which is backed by Iran,").
 */
export function beforeParenthesis(units: Unit[], comma: number, book: FrameBook): number | undefined {
  if (units[comma - 1]?.kind === 'phrase') return comma - 1;
  let finite = false;
  for (let k = comma - 1; k > 0 && comma - k < 16; k--) {
    const u = units[k]!;
    if (u.kind === 'word' && /^[;:"“”]$/.test(u.text)) return undefined;
    if (u.kind === 'word' && u.text === ',') {
      const relative = units[k + 1]?.kind === 'word' && book.classes.relative.has((units[k + 1] as WordUnit).lower);
      return units[k - 1]?.kind === 'phrase' && (relative || !finite) ? k - 1 : undefined;
    }
    if (u.kind === 'word' && isFinite(u, book)) finite = true;
  }
  return undefined;
}

/** A word that can only be a finite verb: "argued", "is", "said". */
function isFinite(u: WordUnit, book: FrameBook): boolean {
  const auxiliary = book.classes.auxiliary.has(u.lower);
  return auxiliary || book.finiteForms.has(u.lower) || book.classes.verbish.has(u.lower) || /^\p{Ll}+ed$/u.test(u.text);
}

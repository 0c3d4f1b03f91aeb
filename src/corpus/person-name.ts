// How two written person names may name the same person: given names and a
// surname, compared with tolerance for transliteration (Araghchi/Araqchi)
// and for short forms of given names (Vince/Vincent).
import { type GivenNames, noGivenNames, sameGivenName } from '../names/given-names.ts';
import { foldName, sameSurname } from '../names/variants.ts';

/** A person name split for matching: lowercase ASCII tokens. */
export interface PersonName {
  /** Given names, in order; empty for a surname-only name ("Blair", "von der Leyen"). */
  given: string[];
  surname: string;
}

// Words that belong to a surname rather than being a given name.
const particles = new Set(['al', 'el', 'bin', 'ibn', 'ben', 'van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'la', 'le']);
// Note: "ben" does not open a surname-only name: first, it is far more often Ben the given name (Ben Thatcher).
const openers = new Set([...particles].filter((p) => p !== 'ben'));
const suffixes = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** Splits a person's name into given names and surname; undefined when nothing is left. */
export function personName(name: string): PersonName | undefined {
  const tokens = foldName(name).split(' ').filter(Boolean);
  while (tokens.length > 1 && suffixes.has(tokens[tokens.length - 1]!)) tokens.pop();
  const surname = tokens.pop();
  if (!surname) return undefined;
  const given = openers.has(tokens[0] ?? '') ? [] : tokens.filter((t, i) => !particles.has(t) || (i === 0 && t === 'ben'));
  return { given, surname };
}

/**
 * True when the given names agree: either is missing, or one's first given
 * name is among the other's, spelling variants allowed (Sergei/Sergey);
 * or both have as many given names and the first are forms of one name
 * (Vince/Vincent).
 */
export function sameGiven(a: readonly string[], b: readonly string[], short: GivenNames = noGivenNames): boolean {
  if (a.length === 0 || b.length === 0) return true;
  if (b.some((t) => sameSurname(a[0]!, t)) || a.some((t) => sameSurname(b[0]!, t))) return true;
  // Note: a short form is weaker evidence than a spelling; beside a middle name only one of the two has,
  // it is too weak (Tom Jones is not Tommy Lee Jones).
  return a.length === b.length && sameGivenName(a[0]!, b[0]!, short);
}

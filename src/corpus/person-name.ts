// How two written person names may name the same person: given names and a
// surname, compared with tolerance for transliteration (Araghchi/Araqchi).
import { foldName, sameSurname } from '../names/variants.ts';

/** A person name split for matching: lowercase ASCII tokens. */
export interface PersonName {
  /** Given names, in order; empty for a surname-only name ("Blair", "von der Leyen"). */
  given: string[];
  surname: string;
}

// Words that open a surname rather than being a given name.
const particles = new Set(['al', 'el', 'bin', 'ibn', 'ben', 'van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'la', 'le']);
const suffixes = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** Splits a person's name into given names and surname; undefined when nothing is left. */
export function personName(name: string): PersonName | undefined {
  const tokens = foldName(name).split(' ').filter(Boolean);
  while (tokens.length > 1 && suffixes.has(tokens[tokens.length - 1]!)) tokens.pop();
  const surname = tokens.pop();
  if (!surname) return undefined;
  const given = particles.has(tokens[0] ?? '') ? [] : tokens.filter((t) => !particles.has(t));
  return { given, surname };
}

/**
 * True when the given names agree: either is missing, or one's first given
 * name is among the other's, spelling variants allowed (Sergei/Sergey).
 */
export function sameGiven(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  return b.some((t) => sameSurname(a[0]!, t)) || a.some((t) => sameSurname(b[0]!, t));
}

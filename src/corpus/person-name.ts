// How two written person names may name the same person: given names and a
// surname, compared with tolerance for transliteration (Araghchi/Araqchi)
// and for short forms of given names (Vince/Vincent).
import { type GivenNames, noGivenNames, sameGivenName } from '../names/given-names.ts';
import { foldName, sameSurname } from '../names/variants.ts';
import type { WordLists } from '../lexicon/rule-files.ts';

/** A person name split for matching: lowercase ASCII tokens. */
export interface PersonName {
  /** Given names, in order; empty for a surname-only name ("Blair", "von der Leyen"). */
  given: string[];
  surname: string;
}

/** The words that split a person's name (words.tsv): surname particles, particles that are also given names, suffixes. */
export interface NameWords {
  particles: ReadonlySet<string>;
  /** Particles that may open a surname-only name ("von der Leyen"): not those that are also given names (Ben Thatcher). */
  openers: ReadonlySet<string>;
  givenParticles: ReadonlySet<string>;
  suffixes: ReadonlySet<string>;
}

/** Compiles the name words from words.tsv's lists. */
export function nameWords(words: Pick<WordLists, 'surname-particle' | 'given-name-particle' | 'name-suffix'>): NameWords {
  const givenParticles = new Set(words['given-name-particle']);
  return {
    particles: new Set(words['surname-particle']),
    openers: new Set(words['surname-particle'].filter((p) => !givenParticles.has(p))),
    givenParticles,
    suffixes: new Set(words['name-suffix']),
  };
}

/** Splits a person's name into given names and surname; undefined when nothing is left. */
export function personName(name: string, w: NameWords): PersonName | undefined {
  const tokens = foldName(name).split(' ').filter(Boolean);
  while (tokens.length > 1 && w.suffixes.has(tokens[tokens.length - 1]!)) tokens.pop();
  const surname = tokens.pop();
  if (!surname) return undefined;
  const given = w.openers.has(tokens[0] ?? '') ? [] : tokens.filter((t, i) => !w.particles.has(t) || (i === 0 && w.givenParticles.has(t)));
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

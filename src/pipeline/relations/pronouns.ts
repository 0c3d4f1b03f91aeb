// Resolves subject pronouns to an earlier phrase, only where that is simple:
// "he"/"she" -> the nearest person, "they" -> the non-person subject earlier in the
// sentence, or a list that opened the previous sentence; possessive pronouns
// ("his war on", "its intervention in") -> the nearest fitting phrase of their own sentence.
import { sentenceSubject } from './clause-subject.ts';
import type { PronounResolver } from './subject.ts';
import type { FrameBook } from './verb-frames.ts';
import type { PhraseUnit, Unit } from './units.ts';

/** A resolver for sentence `s` of a document whose units are `all` (one array per sentence, in order). */
export function pronounResolver(all: readonly Unit[][], s: number, book: FrameBook): PronounResolver {
  return (pronoun, at) => {
    if (owners.has(pronoun)) return owner(all[s] ?? [], at, pronoun, book);
    if (pronoun === 'they') return pluralSubject(all[s] ?? [], at, book) ?? openingGroup(all[s - 1]);
    const here = (all[s] ?? []).slice(0, at).reverse().find(isPerson);
    if (here) return here;
    // The previous sentences' subject, when it is a person; else their first person.
    for (let k = s - 1; k >= Math.max(0, s - 2); k--) {
      const units = all[k] ?? [];
      const subject = sentenceSubject(units, units.length, book)?.phrase;
      if (subject && isPerson(subject)) return subject;
      const first = units.find(isPerson);
      if (first) return first;
    }
    return undefined;
  };
}

function isPerson(u: Unit): u is PhraseUnit {
  return u.kind === 'phrase' && u.person && !u.group && u.actors.length === 1;
}

/** "NATO leaders affirmed ... as they pledged support": the sentence's subject before the pronoun, if no single person. */
function pluralSubject(units: Unit[], at: number, book: FrameBook): PhraseUnit | undefined {
  const p = sentenceSubject(units, at, book)?.phrase;
  return p && (p.group || !p.person) ? p : undefined;
}

/** "Blinken and Lammy travelled to Kyiv. They met Zelensky." */
function openingGroup(units: readonly Unit[] | undefined): PhraseUnit | undefined {
  const i = units?.findIndex((u) => u.kind === 'phrase') ?? -1;
  const p = units?.[i];
  return i >= 0 && i <= 2 && p?.kind === 'phrase' && p.group ? p : undefined;
}

/** Possessive pronouns that may own a nominal act ("his war on"); `their` is left out: too often the wrong group. */
export const owners: ReadonlySet<string> = new Set(['his', 'her', 'its']);

/**
 * "Putin ... to wage his war on Ukraine", "sanctions on Russia over its intervention in Ukraine":
 * the nearest phrase before the possessive in its own sentence, a person for his/her, else one
 * actor that is no person; none past a modal or negation ("would carry out its own strikes").
 * Note: only this sentence: an earlier one may name the owner in words no mention covers.
 */
function owner(units: readonly Unit[], at: number, pronoun: string, book: FrameBook): PhraseUnit | undefined {
  const person = pronoun === 'his' || pronoun === 'her';
  for (let i = at - 1; i >= 0; i--) {
    const u = units[i]!;
    if (u.kind === 'word' && (book.classes.hypothetical.has(u.lower) || book.classes.negation.has(u.lower))) return undefined;
    if (u.kind !== 'phrase' || !u.actors.length) continue;
    if (person ? isPerson(u) : !u.person && !u.group) return u;
  }
  return undefined;
}

// Resolves subject pronouns to an earlier phrase, only where that is simple:
// "he"/"she" -> the nearest person, "they" -> the non-person subject earlier in the
// sentence, or a list that opened the previous sentence.
import { sentenceSubject } from './clause-subject.ts';
import type { PronounResolver } from './subject.ts';
import type { FrameBook } from './verb-frames.ts';
import type { PhraseUnit, Unit } from './units.ts';

/** A resolver for sentence `s` of a document whose units are `all` (one array per sentence, in order). */
export function pronounResolver(all: readonly Unit[][], s: number, book: FrameBook): PronounResolver {
  return (pronoun, at) => {
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

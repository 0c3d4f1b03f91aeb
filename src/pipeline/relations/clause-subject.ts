// The subject of a clause found from the sentence around it: the sentence's
// opening subject, the subject of an earlier verb joined by "and", the phrase
// after an opening participle clause, a relative pronoun's antecedent.
import type { Flags, PronounResolver, Subject } from './subject.ts';
import type { PhraseUnit, Unit, WordUnit } from './units.ts';
import type { FrameBook } from './verb-frames.ts';

/**
 * The subject of the sentence's main clause, before unit `before`: the first phrase
 * that opens the sentence or follows a comma, after no preposition.
 */
export function sentenceSubject(
  units: Unit[], before: number, book: FrameBook, flags: Flags = { negated: false, hypothetical: false }, resolve?: PronounResolver,
): Subject | undefined {
  for (let i = 0; i < before; i++) {
    const u = units[i]!;
    const pronoun = u.kind === 'word' && resolve && (u.lower === 'he' || u.lower === 'she');
    if (!pronoun && (u.kind !== 'phrase' || !asSubject(units, i, book))) continue;
    const opening = units.slice(0, i).every((o) => o.kind === 'word' && (/^[\p{Lu}"“‘']/u.test(o.text) || book.classes.determiner.has(o.lower)));
    let k = i - 1;
    while (units[k]?.kind === 'word' && book.classes.determiner.has((units[k] as WordUnit).lower)) k--;
    const afterComma = units[k]?.kind === 'word' && (units[k] as WordUnit).text === ',';
    if (!opening && !afterComma) continue;
    const phrase = u.kind === 'phrase' ? u : resolve!((u as WordUnit).lower, i);
    return phrase ? { phrase, ...flags } : undefined;
  }
  return undefined;
}

/** "Sushma Swaraj attended a conference in Islamabad and held talks": the nearest phrase before `and` followed by a verb. */
export function clauseSubject(units: Unit[], and: number, book: FrameBook, flags: Flags): Subject | undefined {
  for (let i = and - 1; i >= 0; i--) {
    const u = units[i]!;
    // The "and" joins verbs of one clause: a relative, "that" or a report verb ends it.
    if (u.kind === 'word' && (/^[;:,]$/.test(u.text) || book.classes.relative.has(u.lower) || book.classes.report.has(u.lower))) return undefined;
    if (u.kind !== 'phrase' || !asSubject(units, i, book)) continue;
    const next = units[i + 1];
    const verb = next?.kind === 'word' && (book.finiteForms.has(next.lower) || book.classes.skip.has(next.lower) || /^\p{Ll}+ed$/u.test(next.text));
    if (verb) return { phrase: u, ...flags };
  }
  return undefined;
}

/** "Before speaking with Wang, Blinken urged ...": the phrase right after the clause's comma. */
export function subjectAfterComma(units: Unit[], from: number, book: FrameBook, flags: Flags): Subject | undefined {
  const comma = units.findIndex((u, k) => k > from && u.kind === 'word' && u.text === ',');
  let k = comma + 1;
  while (units[k]?.kind === 'word' && book.classes.determiner.has((units[k] as WordUnit).lower)) k++;
  return comma > 0 && units[k]?.kind === 'phrase' && asSubject(units, k, book) ? { phrase: units[k] as PhraseUnit, ...flags } : undefined;
}

/** "Hamas, which is backed by Iran": the phrase before the relative pronoun. */
export function antecedent(units: Unit[], i: number, flags: Flags): Subject | undefined {
  let k = i - 1;
  if (units[k]?.kind === 'word' && (units[k] as WordUnit).text === ',') k--;
  const p = units[k];
  return p?.kind === 'phrase' && p.actors.length ? { phrase: p, ...flags } : undefined;
}

/** A phrase right after a preposition (or "to") is its object, and "Iran's" owns the subject: neither is one. */
export function asSubject(units: Unit[], i: number, book: FrameBook): boolean {
  const p = units[i] as PhraseUnit;
  if (!p.actors.length || p.possessive) return false;
  let k = i - 1;
  while (units[k]?.kind === 'word' && book.classes.determiner.has((units[k] as WordUnit).lower)) k--;
  const before = units[k];
  return !(before?.kind === 'word' && (book.classes.preposition.has(before.lower) || before.lower === 'to'));
}

/**
 * Whether the phrase at `i` is the object of a verb before it (not a report verb):
 * "councillors who back Flight met Tanguay". An infinitive's subject may be one ("urged Iran to").
 */
export function isObject(units: Unit[], i: number, book: FrameBook): boolean {
  let k = i - 1;
  while (units[k]?.kind === 'word' && book.classes.determiner.has((units[k] as WordUnit).lower)) k--;
  const before = units[k];
  if (before?.kind !== 'word') return false;
  const { classes, verbForms } = book;
  return verbForms.has(before.lower) && !classes.verbish.has(before.lower) && !classes.skip.has(before.lower) && !classes.report.has(before.lower);
}

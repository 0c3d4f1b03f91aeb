// Finds the subject of a verb by walking left over auxiliaries, adverbs,
// negations, modals and parentheses, through relative pronouns to their
// antecedent, and from "he"/"she"/"they" to an earlier sentence.
import type { PhraseUnit, Unit, WordUnit } from './units.ts';
import type { FrameBook } from './verb-frames.ts';

/** A subject found, with what the words crossed say about the verb. */
export interface Subject {
  phrase: PhraseUnit;
  negated: boolean;
  hypothetical: boolean;
}

/** Resolves a subject pronoun at unit `at` of the current sentence, or gives up. */
export type PronounResolver = (pronoun: string, at: number) => PhraseUnit | undefined;

interface Flags {
  negated: boolean;
  hypothetical: boolean;
}

const pronouns = new Set(['he', 'she', 'they']);
/** Words that open a participle clause before the main one ("Before speaking with Wang, Blinken ..."). */
const subordinators = new Set(['before', 'after', 'while', 'when', 'since', 'upon', 'by', 'without', 'in', 'on', 'during']);
const timeLeads = new Set(['on', 'last', 'this', 'earlier', 'late', 'next', 'in', 'for']);

/** The subject of the verb at unit `verb`, searching left from unit `from`; undefined when there is none. */
export function findSubject(units: Unit[], from: number, verb: number, book: FrameBook, resolve: PronounResolver): Subject | undefined {
  const flags: Flags = { negated: false, hypothetical: false };
  const gerund = isGerund(units[verb]);
  // "Speaking to the Security Council, Guterres said": an opening participle's subject follows its clause.
  if (gerund && from < 0) return subjectAfterComma(units, verb, book, flags);
  for (let i = from, steps = 0; i >= 0 && steps < 16; steps++) {
    const u = units[i]!;
    // "the action of Russia acquiring missiles": a gerund's subject may follow a preposition.
    if (u.kind === 'phrase') {
      if (asSubject(units, i, book) || (gerund && i === verb - 1 && u.actors.length)) return withFlags(u, flags, units, i, book);
      // "Blinken previewed sanctions on Iran Air, calling ...": a participle shares the sentence's subject.
      return gerund ? sentenceSubject(units, i, book, flags, resolve) : undefined;
    }
    const step = crossable(units, i, book, flags);
    if (step) {
      i--;
      continue;
    }
    const w = u.lower;
    if (w === ',') {
      const k = beforeParenthesis(units, i, book);
      if (k !== undefined) {
        i = k;
        continue;
      }
      // "X met Y on Monday, accusing Z of ...": a participle clause shares the sentence's subject.
      return gerund ? sentenceSubject(units, i, book, flags, resolve) : undefined;
    }
    // "Iran was sanctioned for supplying Russia", "accused Iran of supplying": the phrase before the preposition.
    if (gerund && i === verb - 1 && (w === 'of' || w === 'for') && units[i - 1]?.kind === 'phrase') return { phrase: units[i - 1] as PhraseUnit, ...flags };
    // "Safadi was in Tehran and met Bagheri": a second verb of the sentence's subject.
    if (w === 'and' && units[i - 1]?.kind !== 'phrase') return clauseSubject(units, i, book, flags) ?? sentenceSubject(units, i, book, flags, resolve);
    if (book.classes.relative.has(w)) return antecedent(units, i, flags);
    if (gerund && i === verb - 1 && subordinators.has(w)) return subjectAfterComma(units, verb, book, flags) ?? sentenceSubject(units, i, book, flags, resolve);
    if (pronouns.has(w)) {
      const phrase = resolve(w, i);
      return phrase ? withFlags(phrase, flags, units, i, book) : undefined;
    }
    return undefined;
  }
  return undefined;
}

/** Whether the word at `i` may stand between a subject and its verb; records negations and modals. */
function crossable(units: Unit[], i: number, book: FrameBook, flags: Flags): boolean {
  const u = units[i] as WordUnit;
  const { classes } = book;
  const w = u.lower;
  if (classes.negation.has(w)) flags.negated = true;
  if (classes.hypothetical.has(w)) flags.hypothetical = true;
  return classes.negation.has(w) || classes.hypothetical.has(w) || classes.skip.has(w) || classes.intent.has(w) || isAdverb(u.text) || isTime(units, i, book);
}

/**
 * "Lammy said the UK would provide aid": a modal right after a report verb
 * is the reported future, not a hypothetical. `i` is where the subject (or its pronoun) stands.
 */
function withFlags(p: PhraseUnit, flags: Flags, units: Unit[], i: number, book: FrameBook): Subject {
  if (!flags.hypothetical) return { phrase: p, ...flags };
  let k = i - 1;
  while (units[k]?.kind === 'word' && (book.classes.determiner.has((units[k] as WordUnit).lower) || (units[k] as WordUnit).lower === 'that')) k--;
  const before = units[k];
  const reported = before?.kind === 'word' && book.classes.report.has(before.lower);
  return { phrase: p, negated: flags.negated, hypothetical: !reported };
}

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
function clauseSubject(units: Unit[], and: number, book: FrameBook, flags: Flags): Subject | undefined {
  for (let i = and - 1; i >= 0; i--) {
    const u = units[i]!;
    if (u.kind === 'word' && /^[;:]$/.test(u.text)) return undefined;
    if (u.kind !== 'phrase' || !asSubject(units, i, book)) continue;
    const next = units[i + 1];
    const verb = next?.kind === 'word' && (book.finiteForms.has(next.lower) || book.classes.skip.has(next.lower) || /^\p{Ll}+ed$/u.test(next.text));
    if (verb) return { phrase: u, ...flags };
  }
  return undefined;
}

/** "Before speaking with Wang, Blinken urged ...": the phrase right after the clause's comma. */
function subjectAfterComma(units: Unit[], from: number, book: FrameBook, flags: Flags): Subject | undefined {
  const comma = units.findIndex((u, k) => k > from && u.kind === 'word' && u.text === ',');
  let k = comma + 1;
  while (units[k]?.kind === 'word' && book.classes.determiner.has((units[k] as WordUnit).lower)) k++;
  return comma > 0 && units[k]?.kind === 'phrase' && asSubject(units, k, book) ? { phrase: units[k] as PhraseUnit, ...flags } : undefined;
}

/** A phrase right after a preposition is its object, and "Iran's" owns the subject: neither is one. */
function asSubject(units: Unit[], i: number, book: FrameBook): boolean {
  const p = units[i] as PhraseUnit;
  if (!p.actors.length || p.possessive) return false;
  let k = i - 1;
  while (units[k]?.kind === 'word' && book.classes.determiner.has((units[k] as WordUnit).lower)) k--;
  const before = units[k];
  return !(before?.kind === 'word' && book.classes.preposition.has(before.lower));
}

/**
 * At a comma: "Hezbollah and the Houthis, to attack" -> the phrase before it;
 * "The EU, without presenting any evidence, accused" -> the phrase before the opening comma.
 * A parenthesis holds no finite verb unless it is a relative clause ("Hamas, which is backed by Iran,").
 */
function beforeParenthesis(units: Unit[], comma: number, book: FrameBook): number | undefined {
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
  const auxiliary = /^(?:is|are|was|were|has|have|had|will|did|does)$/.test(u.lower);
  return auxiliary || book.finiteForms.has(u.lower) || book.classes.verbish.has(u.lower) || /^\p{Ll}+ed$/u.test(u.text);
}

/** "Hamas, which is backed by Iran": the phrase before the relative pronoun. */
function antecedent(units: Unit[], i: number, flags: Flags): Subject | undefined {
  let k = i - 1;
  if (units[k]?.kind === 'word' && (units[k] as WordUnit).text === ',') k--;
  const p = units[k];
  return p?.kind === 'phrase' && p.actors.length ? { phrase: p, ...flags } : undefined;
}

function isGerund(u: Unit | undefined): boolean {
  return u?.kind === 'word' && u.lower.length > 5 && u.lower.endsWith('ing');
}

/** Lowercase -ly adverbs ("jointly", "reportedly"); "only" and "July" are excluded by case and length. */
function isAdverb(text: string): boolean {
  return text.length > 4 && text.endsWith('ly') && /^\p{Ll}/u.test(text);
}

/** "on Tuesday", "last week", "Tuesday". */
function isTime(units: Unit[], i: number, book: FrameBook): boolean {
  const u = units[i]!;
  if (u.kind !== 'word') return false;
  if (book.classes.time.has(u.lower)) return true;
  const next = units[i + 1];
  return timeLeads.has(u.lower) && next?.kind === 'word' && book.classes.time.has(next.lower);
}

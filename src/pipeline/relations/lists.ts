// Joins "A, B and C" / "A or B" into one group phrase, so a frame gives one
// relation per member ("The EU and the UK imposed sanctions on Iran").
import type { FrameBook } from './verb-frames.ts';
import type { PhraseUnit, Unit, WordUnit } from './units.ts';
import { hyphenAfter, isDeterminer, isWord } from './word-classes.ts';

const conjunctions = new Set(['and', 'or', '&']);
/** Words of a list's nameless tail: "and 10 other countries", "and several of its allies". */

interface List {
  members: number[];
  /** Index of the last unit the list covers (its last member, or the end of a nameless tail). */
  last: number;
  /** Whether the list ends in a conjunction before its last member. */
  joined: boolean;
}

/** The units with every list of phrases joined into one group phrase. */
export function groupLists(units: Unit[], book: FrameBook): Unit[] {
  const out: Unit[] = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u.kind !== 'phrase' || !u.actors.length) {
      out.push(u);
      continue;
    }
    const list = listAt(units, i, book);
    const members = splitClause(units, list, i, book);
    const phrases = members.map((k) => units[k] as PhraseUnit);
    const last = members.length === list.members.length ? list.last : members.at(-1)!;
    const end = (units[last] as { end: number }).end;
    out.push(phrases.length > 1 ? group(phrases, end) : { ...u, end });
    i = last;
  }
  return out;
}

/** The list starting at phrase `i`; a single member when no conjunction joins it. */
function listAt(units: Unit[], i: number, book: FrameBook): List {
  const members = [i];
  for (let j = i + 1; ; ) {
    let k = j;
    const comma = isWord(units[k], ',');
    if (comma) k++;
    const conj = isConjunction(units[k]);
    if (conj) k++;
    if (!comma && !conj) break;
    const afterConj = k;
    while (units[k]?.kind === 'word' && isDeterminer((units[k] as WordUnit).lower, book)) k++;
    const p = units[k];
    // "the US and the US-backed government": a phrase before a hyphen is a modifier, no member.
    if (p?.kind !== 'phrase' || !p.actors.length || hyphenAfter(units, k)) {
      const tail = conj ? namelessTail(units, afterConj, book) : undefined;
      if (tail !== undefined) return { members, last: tail, joined: members.length > 1 };
      break;
    }
    // "ties with Moscow and Chinese leader Xi's friendship": a possessive person after places opens a new phrase.
    if (conj && p.person && p.possessive && !(units[i] as PhraseUnit).person) break;
    members.push(k);
    j = k + 1;
    // "attacked Israel, and Iran backed it": two phrases around ", and" are two clauses.
    if (conj) return comma && members.length === 2 ? single(i) : { members, last: k, joined: true };
  }
  return single(i);
}

function single(i: number): List {
  return { members: [i], last: i, joined: false };
}

/** "and 10 other countries", "and several of its allies": up to four tail words ending in a plural noun. */
function namelessTail(units: Unit[], from: number, book: FrameBook): number | undefined {
  let k = from;
  const tailWord = (w: string) => book.classes['list-tail'].has(w) || isDeterminer(w, book);
  while (k - from < 4 && units[k]?.kind === 'word' && tailWord((units[k] as WordUnit).lower)) k++;
  const noun = units[k];
  const plural = noun?.kind === 'word' && /^\p{Ll}+s$/u.test(noun.text) && !/ss$/.test(noun.text);
  // A bare plural ("Iran and threatens") is no tail: at least one tail word comes first.
  return plural && k > from && units[k + 1]?.kind !== 'phrase' ? k : undefined;
}

/**
 * "Russia attacked Ukraine and Britain condemned it": a list right after a verb whose last
 * member is followed by a verb is two clauses; likewise after a preposition when a frame verb follows.
 */
function splitClause(units: Unit[], list: List, i: number, book: FrameBook): number[] {
  const { members } = list;
  if (members.length < 2 || !list.joined || list.last !== members.at(-1)) return members;
  let b = i - 1;
  while (units[b]?.kind === 'word' && book.classes.determiner.has((units[b] as WordUnit).lower)) b--;
  const before = units[b];
  const after = units[list.last + 1];
  if (before?.kind !== 'word' || after?.kind !== 'word' || after.lower === 'to') return members;
  // Note: "the US and UK sanctions": an -s form after a list may be a noun, so only past forms split.
  const frameVerb = book.finiteForms.has(after.lower) && !after.lower.endsWith('s');
  const verbAfter = frameVerb || book.classes.skip.has(after.lower) || book.classes.verbish.has(after.lower);
  // Note: "Iran-backed Hezbollah and Israel": a participle in a compound modifier is no verb.
  const compound = hyphenAfter(units, b - 2);
  const verbBefore = !compound && (book.verbForms.has(before.lower) || book.classes.skip.has(before.lower));
  const split = (verbBefore && verbAfter) || (book.classes.preposition.has(before.lower) && frameVerb);
  return split ? members.slice(0, -1) : members;
}

function group(members: PhraseUnit[], end: number): PhraseUnit {
  return {
    kind: 'phrase', actors: [...new Set(members.flatMap((m) => m.actors))], person: members.every((m) => m.person),
    demonym: false, possessive: members.at(-1)!.possessive, group: true, start: members[0]!.start, end, members,
  };
}


function isConjunction(u: Unit | undefined): boolean {
  return u?.kind === 'word' && conjunctions.has(u.lower);
}

// Joins "A, B and C" / "A or B" into one group phrase, so a frame gives one
// relation per member ("The EU and the UK imposed sanctions on Iran").
import type { FrameBook } from './verb-frames.ts';
import type { PhraseUnit, Unit } from './units.ts';

const conjunctions = new Set(['and', 'or', '&']);
/** "the US and its allies": the tail adds no actor but belongs to the phrase. */
const companions = new Set(['allies', 'partners', 'proxies', 'neighbours', 'neighbors', 'backers']);

/** The units with every list of phrases joined into one group phrase. */
export function groupLists(units: Unit[], book: FrameBook): Unit[] {
  const out: Unit[] = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u.kind !== 'phrase' || !u.actors.length) {
      out.push(u);
      continue;
    }
    const { members, next } = listAt(units, i, book);
    const kept = splitClause(units, members, i, next, book);
    if (kept.length < 2) {
      const companion = withCompanion(units, i, u);
      out.push(companion ?? u);
      if (companion) i += 3;
      continue;
    }
    out.push(group(kept.map((k) => units[k] as PhraseUnit)));
    i = kept.at(-1)!;
  }
  return out;
}

/** Indices of the phrases of a list starting at `i`, and the index after it; one member when there is no conjunction. */
function listAt(units: Unit[], i: number, book: FrameBook): { members: number[]; next: number } {
  const members = [i];
  let j = i + 1;
  for (;;) {
    let k = j;
    const comma = isWord(units[k], ',');
    if (comma) k++;
    const conj = isConjunction(units[k]);
    if (conj) k++;
    if (!comma && !conj) break;
    while (units[k]?.kind === 'word' && isDeterminer((units[k] as { lower: string }).lower, book)) k++;
    const p = units[k];
    // "the US and the US-backed government": a phrase before a hyphen is a modifier, no member.
    if (p?.kind !== 'phrase' || !p.actors.length || isWord(units[k + 1], '-')) break;
    members.push(k);
    j = k + 1;
    if (conj) return { members, next: j };
  }
  // A list without "and"/"or" is no list ("Iran, Russia's ally, ..."): keep the first phrase only.
  return { members: [i], next: i + 1 };
}

/**
 * "Russia attacked Ukraine and Britain condemned it": after a verb, a list
 * whose last member is followed by a verb is two clauses; the last member is dropped.
 */
function splitClause(units: Unit[], members: number[], i: number, next: number, book: FrameBook): number[] {
  if (members.length < 2) return members;
  const after = units[next];
  let b = i - 1;
  while (units[b]?.kind === 'word' && book.classes.determiner.has((units[b] as { lower: string }).lower)) b--;
  const before = units[b];
  const isVerb = (u: Unit | undefined) => u?.kind === 'word' && u.lower !== 'to' && (book.verbForms.has(u.lower) || book.classes.skip.has(u.lower));
  return isVerb(after) && isVerb(before) ? members.slice(0, -1) : members;
}

function withCompanion(units: Unit[], i: number, u: PhraseUnit): PhraseUnit | undefined {
  const [and, its, who] = [units[i + 1], units[i + 2], units[i + 3]];
  if (!isWord(and, 'and') || !(isWord(its, 'its') || isWord(its, 'their')) || who?.kind !== 'word' || !companions.has(who.lower)) return undefined;
  return { ...u, end: who.end };
}

function group(members: PhraseUnit[]): PhraseUnit {
  const first = members[0]!;
  const last = members.at(-1)!;
  return {
    kind: 'phrase', actors: [...new Set(members.flatMap((m) => m.actors))], person: members.every((m) => m.person),
    demonym: false, possessive: last.possessive, group: true, start: first.start, end: last.end,
  };
}

/** "the", "both", "two": words that may open a list member. */
function isDeterminer(w: string, book: FrameBook): boolean {
  return book.classes.determiner.has(w) || /^\d/.test(w) || numberWords.has(w);
}

const numberWords = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);

function isWord(u: Unit | undefined, w: string): boolean {
  return u?.kind === 'word' && u.lower === w;
}

function isConjunction(u: Unit | undefined): boolean {
  return u?.kind === 'word' && conjunctions.has(u.lower);
}

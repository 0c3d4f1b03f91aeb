// Turns a sentence into units: plain words, and actor phrases built from the
// resolved mentions ("Iran's Foreign Minister Abbas Araghchi" is one phrase
// whose actor is Araghchi; "Israeli officials" is one phrase for Israel).
import type { ActorType } from '../../model/index.ts';
import type { Mention } from '../types.ts';
import { groupLists } from './lists.ts';
import { tokenize } from './tokens.ts';
import type { FrameBook } from './verb-frames.ts';

/** A word or punctuation mark. */
export interface WordUnit {
  kind: 'word';
  text: string;
  lower: string;
  start: number;
  end: number;
}

/** One actor, or a list of actors, with the span of text that names them. */
export interface PhraseUnit {
  kind: 'phrase';
  /** Actor ids in text order; empty for media (sources, never participants). */
  actors: string[];
  person: boolean;
  /** A bare demonym ("Iranian"), which may be an adjective of the word after it. */
  demonym: boolean;
  /** A demonym with a stand-in noun ("Indian delegation"): a head, which a gap may still cross. */
  headed?: boolean;
  /** Ends in 's: the phrase is the owner of what follows. */
  possessive: boolean;
  /** Two or more phrases joined by "and"/"or". */
  group: boolean;
  /** A group's member phrases. */
  members?: PhraseUnit[];
  start: number;
  end: number;
}

export type Unit = WordUnit | PhraseUnit;

/** What the relations stage knows of an actor. */
export interface ActorInfo {
  type: ActorType;
  affiliation?: string;
}

/** The units of one sentence, given its resolved mentions. */
export function sentenceUnits(text: string, mentions: readonly Mention[], actors: ReadonlyMap<string, ActorInfo>, book: FrameBook): Unit[] {
  const raw = rawUnits(text, mentions, actors);
  return groupLists(joinTitles(joinDemonyms(absorbStandins(absorbPossessives(absorbAbbreviations(raw)), book)), book), book);
}

/** Words and one phrase per mention (overlapping mentions: the longest wins). */
function rawUnits(text: string, mentions: readonly Mention[], actors: ReadonlyMap<string, ActorInfo>): Unit[] {
  const spans = [...mentions]
    .filter((m) => m.actor !== undefined)
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .filter((m, i, all) => !all.slice(0, i).some((o) => o.end > m.start));
  const units: Unit[] = [];
  let k = 0;
  for (const t of tokenize(text)) {
    // Quotation marks carry nothing for frames ("the “deepening partnership” between").
    if (/^["“”‘’]$/.test(t.text)) continue;
    while (k < spans.length && spans[k]!.end <= t.start) k++;
    const m = spans[k];
    if (m && t.start < m.end && t.end > m.start) {
      const last = units.at(-1);
      if (last?.kind === 'phrase' && last.start <= m.start && last.end >= m.start) last.end = Math.max(last.end, t.end);
      else units.push(phraseOf(m, actors, Math.min(m.start, t.start), Math.max(m.end, t.end)));
      continue;
    }
    units.push({ kind: 'word', text: t.text, lower: t.lower, start: t.start, end: t.end });
  }
  return units;
}

function phraseOf(m: Mention, actors: ReadonlyMap<string, ActorInfo>, start: number, end: number): PhraseUnit {
  const info = actors.get(m.actor!);
  const participant = info && info.type !== 'media';
  return {
    kind: 'phrase', actors: participant ? [m.actor!] : [], person: info?.type === 'person',
    demonym: m.kind === 'demonym', possessive: false, group: false, start, end,
  };
}

/** "Shanghai Cooperation Organisation ( SCO )": an abbreviation in brackets after its actor is part of the phrase. */
function absorbAbbreviations(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  for (let i = 0; i < units.length; i++) {
    const [u, open, abbr, close] = [units[i]!, units[i + 1], units[i + 2], units[i + 3]];
    const same = u.kind === 'phrase' && abbr?.kind === 'phrase' && abbr.actors.join() === u.actors.join();
    if (same && open?.kind === 'word' && open.text === '(' && close?.kind === 'word' && close.text === ')') {
      out.push({ ...u, end: close.end });
      i += 3;
    } else out.push(u);
  }
  return out;
}

/** "Iran" + "'s" -> a possessive phrase. */
function absorbPossessives(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  for (const u of units) {
    const last = out.at(-1);
    if (u.kind === 'word' && (u.lower === "'s" || u.lower === "'") && last?.kind === 'phrase' && !last.possessive) {
      last.possessive = true;
      last.end = u.end;
    } else out.push(u);
  }
  return out;
}

/**
 * "Israeli officials", "Iran's government": stand-in nouns after a phrase become part of it;
 * "the leaders of Qatar", "representatives from Iran": a stand-in and "of"/"from" before a phrase too.
 */
function absorbStandins(units: Unit[], book: FrameBook): Unit[] {
  const out: Unit[] = [];
  for (const u of units) {
    const last = out.at(-1);
    const [noun, of] = [out.at(-2), out.at(-1)];
    const ofOrFrom = of?.kind === 'word' && (of.lower === 'of' || of.lower === 'from');
    if (u.kind === 'phrase' && !u.person && u.actors.length && ofOrFrom && noun?.kind === 'word' && book.classes.standin.has(noun.lower)) {
      out.length -= 2;
      out.push({ ...u, start: noun.start });
      continue;
    }
    const absorbed = last?.kind === 'phrase' && !last.person && last.actors.length > 0 && u.kind === 'word' && book.classes.standin.has(u.lower);
    if (absorbed && last.kind === 'phrase') Object.assign(last, { end: u.end, possessive: false, demonym: false, headed: last.demonym || last.headed });
    else out.push(u);
  }
  return out;
}

/**
 * "Lebanese Hezbollah", "UN Security Council": a phrase right before another one (no person,
 * no possessive) is its modifier; the second is the head.
 */
function joinDemonyms(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  for (const u of units) {
    const last = out.at(-1);
    if (u.kind === 'phrase' && last?.kind === 'phrase' && !last.person && !last.possessive && u.actors.length) {
      out[out.length - 1] = { ...u, start: last.start };
    } else out.push(u);
  }
  return out;
}

/**
 * "Iran's Foreign Minister Abbas Araghchi", "top Russian diplomat Sergey Lavrov", "his British
 * counterpart, David Lammy": the person is the head.
 */
function joinTitles(units: Unit[], book: FrameBook): Unit[] {
  const out: Unit[] = [];
  for (const u of units) {
    if (u.kind === 'phrase' && u.person && u.actors.length) {
      const title = out.at(-2);
      if (out.at(-1)?.kind === 'word' && (out.at(-1) as WordUnit).text === ',' && title?.kind === 'word' && book.classes.modifier.has(title.lower)) out.pop();
      let k = out.length;
      while (k > 0 && out.length - k < 8 && isTitlePart(out[k - 1]!, book)) k--;
      if (k < out.length) u.start = out[k]!.start;
      out.length = k;
    }
    out.push(u);
  }
  return out;
}

function isTitlePart(u: Unit, book: FrameBook): boolean {
  if (u.kind === 'phrase') return !u.person && !u.group;
  if (book.classes.modifier.has(u.lower) || book.titleWords.has(u.lower)) return true;
  return /^\p{Lu}/u.test(u.text) && u.lower !== 'i';
}

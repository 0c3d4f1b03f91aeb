// Turns a sentence into units: plain words, and actor phrases built from the
// resolved mentions ("Iran's Foreign Minister Abbas Araghchi" is one phrase
// whose actor is Araghchi; "Israeli officials" is one phrase for Israel).
import type { ActorType } from '../../model/index.ts';
import type { ActorMention } from '../types.ts';
import { groupLists } from './lists.ts';
import { absorbAbbreviations, absorbPossessives, absorbStandins, joinModifiers, joinTitles } from './phrases.ts';
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
export function sentenceUnits(text: string, mentions: readonly ActorMention[], actors: ReadonlyMap<string, ActorInfo>, book: FrameBook): Unit[] {
  const raw = rawUnits(text, mentions, actors);
  return groupLists(joinTitles(joinModifiers(absorbStandins(absorbPossessives(absorbAbbreviations(raw)), book)), book), book);
}

/** Words and one phrase per mention (overlapping mentions: the longest wins). */
function rawUnits(text: string, mentions: readonly ActorMention[], actors: ReadonlyMap<string, ActorInfo>): Unit[] {
  const spans: ActorMention[] = [];
  const sorted = mentions.filter((m) => m.actor !== undefined).sort((a, b) => a.start - b.start || b.end - a.end);
  for (const m of sorted) if (m.start >= (spans.at(-1)?.end ?? 0)) spans.push(m);
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

function phraseOf(m: ActorMention, actors: ReadonlyMap<string, ActorInfo>, start: number, end: number): PhraseUnit {
  const info = actors.get(m.actor!);
  const participant = info && info.type !== 'media';
  return {
    kind: 'phrase', actors: participant ? [m.actor!] : [], person: info?.type === 'person',
    demonym: m.kind === 'demonym', possessive: false, group: false, start, end,
  };
}

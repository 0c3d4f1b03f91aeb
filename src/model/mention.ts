import type { ActorType } from './actor.ts';

/** How a mention was recognised. */
export type MentionKind =
  | 'name' //        a proper name: "Abbas Araghchi", "Hamas", "Iran"
  | 'demonym' //     "Iranian", "Qatari": a mention of the country
  | 'metonym' //     "Tehran", "the White House", "the Kremlin": the state
  | 'description'; // "the Iranian top diplomat": points to a named person

/** A span of a sentence that names or points to an actor, as the mentions stage finds it. Offsets are UTF-16 indices into the sentence's text. */
export interface Mention {
  sentence: number;
  start: number;
  end: number;
  /** The words as written (title stripped for names). */
  text: string;
  /** A canonical name when the words are not one ("Chinese Foreign Ministry" for "Beijing's foreign ministry"). */
  name?: string;
  kind: MentionKind;
  /** Type when known from a lexicon or a title; the actors stage decides the rest. */
  type?: ActorType;
  /** Lexicon entry this mention matched (its canonical actor id), if any. */
  entry?: string;
  /** A title written before a person's name: "Foreign Minister" in "Iran's Foreign Minister Abbas Araghchi". */
  role?: string;
  /** The country or body a title ties the person to ("Iran's", "Iranian", "IAEA"), as an actor id. */
  roleOf?: string;
}

/** A mention resolved to an actor of its briefing by the actors stage. */
export type ResolvedMention = Mention & { actor: string };

/** A mention as the actors stage leaves it: `actor` is set when it resolved. */
export type ActorMention = Mention & { actor?: string };

/** True when the actors stage resolved `m` to an actor. */
export function isResolved(m: ActorMention): m is ResolvedMention {
  return m.actor !== undefined;
}

/** How a reference points back to an actor named elsewhere. */
export type ReferenceKind =
  | 'pronoun' //     he, she, they, it, its, his, their
  | 'description' // "the Ukrainian leader", "the minister", "the alliance", "the bloc", "the company"
  | 'short-name' //  "Trump" after "President Donald Trump"
  | 'group'; //      "the two sides", "both sides": every actor of the group

/** Words that point to actors named elsewhere in the article, resolved by the references stage. Offsets are UTF-16 indices into the sentence's text. */
export interface Reference {
  sentence: number;
  start: number;
  end: number;
  text: string;
  kind: ReferenceKind;
  /** The actors referred to (two or more for "both sides", "they"). */
  actors: string[];
}

// The data each per-article stage adds. A stage's input type is the previous
// stage's output, so running stages out of order fails to compile.
import type { ActorType, BriefingActor, Evidence, Quote, Relation, TimelineEvent } from '../model/index.ts';

/** What a seed's optional front matter may give. */
export interface SeedMeta {
  title?: string;
  outlet?: string;
  url?: string;
  /** ISO date `YYYY-MM-DD`. */
  published?: string;
}

/** A seed read from disk: its name relative to the seeds folder and its bytes. */
export interface SeedFile {
  name: string;
  bytes: Uint8Array;
}

/** ingest: decoded text (no BOM, LF line ends, front matter removed) and the front matter's fields. */
export interface Ingested {
  seed: string;
  text: string;
  meta: SeedMeta;
  /** ISO 639-1 code as guessed, or `und` when undetermined; extraction covers `en` only. */
  language: string;
  warnings: string[];
}

/** Something clean removed from the text, kept so tests and reports can show it. */
export interface Removed {
  kind: 'newsletter' | 'teaser' | 'credit' | 'caption' | 'subheading' | 'headline' | 'byline' | 'update-note';
  text: string;
}

/** clean: the article body as paragraphs of prose, boilerplate removed. */
export type Cleaned = Ingested & {
  paragraphs: string[];
  removed: Removed[];
  /** The headline when the text carries one (first line, or scraped into the body). */
  headline?: { text: string; source: 'first-line' | 'recovered' };
  /** An outlet named by in-text signals (newsletter prompt, credit, dateline). */
  outletHint?: string;
};

/** One sentence of the cleaned text; `index` is its position in the whole article. */
export interface Sentence {
  index: number;
  paragraph: number;
  text: string;
}

/** segment: the cleaned text split into sentences. */
export type Segmented = Cleaned & { sentences: Sentence[] };

/** A word of a parsed sentence: offsets into the sentence's text, and `head` the index of its head word in the sentence (-1 for the root). */
export interface SyntaxWord {
  text: string;
  start: number;
  end: number;
  lemma: string;
  /** Universal POS tag. */
  upos: string;
  head: number;
  /** Universal Dependencies relation, with subtype ("nsubj:pass", "obl:agent"). */
  deprel: string;
}

/** syntax: each sentence's words with lemma, part of speech and dependency tree; `parses[i]` belongs to `sentences[i]`. */
export type Parsed = Segmented & { parses: SyntaxWord[][] };

/** How a mention was recognised. */
export type MentionKind =
  | 'name' //        a proper name: "Abbas Araghchi", "Hamas", "Iran"
  | 'demonym' //     "Iranian", "Qatari": a mention of the country
  | 'metonym' //     "Tehran", "the White House", "the Kremlin": the state
  | 'description'; // "the Iranian top diplomat": points to a named person

/** A span of a sentence that names or points to an actor. Offsets are UTF-16 indices into the sentence's text. */
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
  /** Set by the actors stage: the actor this mention refers to. */
  actor?: string;
}

/** mentions: every span that names or points to an actor. */
export type WithMentions = Segmented & { mentions: Mention[] };

/** actors: mentions grouped into actors; each mention's `actor` set where resolved. */
export type WithActors = WithMentions & {
  actors: BriefingActor[];
  /** Names the run could not resolve to an actor, for the curator's report. */
  unresolved: string[];
};

/** relations: interactions between actors, each with its sentence. */
export type WithRelations = WithActors & { relations: Relation[] };

/** quotes: direct quotations with speakers. */
export type WithQuotes = WithRelations & { quotes: Quote[] };

/** dates: the publication date (given or inferred) and dated events. */
export type WithDates = WithQuotes & { published?: string; timeline: TimelineEvent[] };

/** summary: title, summary and key points, each key point citing its sentence. */
export type Summarized = WithDates & {
  title: string;
  titleSource: 'front-matter' | 'first-line' | 'recovered' | 'lead';
  summary: string;
  keyPoints: Evidence[];
};

/** assemble: the briefing's front matter, and the sentences its body shows and cites. */
export interface Briefing {
  data: import('../model/index.ts').BriefingData;
  sentences: Sentence[];
}

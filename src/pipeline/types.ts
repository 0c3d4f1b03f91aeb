// The data each per-article stage adds. A stage's input type is the previous
// stage's output, so running stages out of order fails to compile.
import type { ActorMention, Briefing, BriefingActor, Evidence, Mention, PublishedFrom, Quote, Reference, Relation, Sentence, TimelineEvent } from '../model/index.ts';

import type { RemovedKind } from '../lexicon/rule-files.ts';

// Note: the types later code shares (render, build, lexicon) live in src/model; re-exported for the stages.
export type { ActorMention, Briefing, Mention, MentionKind, Reference, ReferenceKind, ResolvedMention, Sentence } from '../model/index.ts';

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
  kind: RemovedKind;
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

/** mentions: every span that names or points to an actor. */
export type WithMentions = Parsed & { mentions: Mention[] };

/** actors: mentions grouped into actors; each mention that resolved carries its `actor`. */
export type WithActors = Omit<WithMentions, 'mentions'> & {
  mentions: ActorMention[];
  actors: BriefingActor[];
  /** Names the run could not resolve to an actor, for the curator's report. */
  unresolved: string[];
};

/** references: pronouns, descriptions and short names that point to actors named elsewhere. */
export type WithReferences = WithActors & { references: Reference[] };

/** relations: interactions between actors, each with its sentence. */
export type WithRelations = WithReferences & { relations: Relation[] };

/** quotes: direct quotations with speakers. */
export type WithQuotes = WithRelations & { quotes: Quote[] };

/** dates: the publication date, where a source states it, and dated events. */
export type WithDates = WithQuotes & { published?: string; publishedFrom?: PublishedFrom; timeline: TimelineEvent[] };

/** summary: title, summary and key points, each key point citing its sentence. */
export type Summarized = WithDates & {
  title: string;
  titleSource: 'front-matter' | 'first-line' | 'recovered' | 'lead';
  summary: string;
  keyPoints: Evidence[];
};

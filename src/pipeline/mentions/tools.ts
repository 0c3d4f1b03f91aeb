// What the mentions stage reads from the lexicon, compiled once per run.
import type { FormTarget, Lexicon, Title } from '../../lexicon/load.ts';
import type { HeadClass, WordLists } from '../../lexicon/rule-files.ts';
import { alternation } from '../../util/regex.ts';
import { phraseIndex, type PhraseIndex } from './phrase-index.ts';

export type { HeadClass } from '../../lexicon/rule-files.ts';

/** The parts of the lexicon the mentions stage looks words up in. */
export type MentionLexicon = Pick<Lexicon, 'entries' | 'forms' | 'notActors' | 'firstNames' | 'places' | 'commonWords' | 'demonymOf' | 'curated'>;

export interface MentionTools {
  lex: MentionLexicon;
  forms: PhraseIndex<FormTarget>;
  /** Case-insensitive: titles are often written in lowercase ("foreign minister Wang Yi"). */
  titles: PhraseIndex<Title>;
  headsAny: PhraseIndex<HeadClass>;
  headsLast: Map<string, HeadClass>;
  /** "Board of Governors": lowercase words that join a name after a head word. */
  headJoiners: ReadonlySet<string>;
  /** Endings of a plural head word ("Rhinos"): words.tsv `plural-ending`. */
  pluralEndings: readonly string[];
  /** Endings of a label word before a name ("Dutchman"): words.tsv `label-ending`. */
  labelEndings: readonly string[];
  /** ", a mining group,": a description after a name, its head noun captured (apposition-body.ts). */
  description: RegExp;
  headsFirst: Map<string, HeadClass>;
  institutions: PhraseIndex<string>;
  /** Lowercase particles inside a name ("bin", "al", "van"). */
  particles: ReadonlySet<string>;
  /** Particles that may also be glued to a name by a hyphen or apostrophe ("al-Assad", "d'Estaing"). */
  gluedParticles: ReadonlySet<string>;
  /** Determiners a description or a title may open with ("the", "his"). */
  determiners: ReadonlySet<string>;
  /** A hyphenated word that is an adjective, not a name ("Kremlin-backed"). */
  adjectiveTail: RegExp;
}

/**
 * A description: an article, up to four words, then the head noun, closed by a comma, a period or a word like
 * "that", "based" or "of" (words.tsv `article`, `description-end`); read by apposition-body.ts.
 */
function descriptionPattern(words: Pick<WordLists, 'article' | 'description-end'>): RegExp {
  return new RegExp(String.raw`^,\s+${alternation(words.article)}\s+(?:[\p{L}\p{N}'’-]+\s+){0,4}?(\p{Ll}+)\s*(?:[,.;]|\s${alternation(words['description-end'])}\b)`, 'u');
}

/** Builds the phrase indexes and word sets of a lexicon. */
export function prepareMentions(lex: MentionLexicon & Pick<Lexicon, 'titles' | 'nameHeads' | 'institutions' | 'words'>): MentionTools {
  const heads = (position: 'any' | 'first' | 'last') => lex.nameHeads.filter((r) => r.position === position).map((r) => [r.word, r.class] as [string, HeadClass]);
  return {
    lex,
    forms: phraseIndex(lex.forms),
    titles: phraseIndex(lex.titles.map((t) => [t.text, t]), true),
    headsAny: phraseIndex(heads('any')),
    headsLast: new Map(heads('last')),
    headJoiners: new Set(lex.words['head-joiner']),
    pluralEndings: lex.words['plural-ending'],
    labelEndings: lex.words['label-ending'],
    description: descriptionPattern(lex.words),
    headsFirst: new Map(heads('first')),
    // Note: case-insensitive: "Ukraine's General Staff" and "Beijing's foreign ministry" alike.
    institutions: phraseIndex(lex.institutions.map((x) => [x, x]), true),
    particles: new Set(lex.words['name-particle']),
    gluedParticles: new Set([...lex.words['name-particle'], ...lex.words['glued-particle']]),
    determiners: new Set(lex.words['possessive-determiner']),
    adjectiveTail: new RegExp(`-${alternation(lex.words['adjective-suffix'])}$`, 'u'),
  };
}

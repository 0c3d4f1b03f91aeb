// What the quotes stage reads from the lexicon, compiled once per run:
// the speech verbs, the attribution patterns, the titles and the word lists.
import type { Lexicon } from '../../lexicon/load.ts';
import { alternation, escapeRegExp } from '../../util/regex.ts';
import { prepareAttribution, type AttributionTools } from './attribution.ts';
import { compileSpeechVerbs } from './verbs.ts';

export interface QuoteTools {
  attribution: AttributionTools;
  /** A phrase that ends in a title of the lexicon ("the Iranian foreign minister"). */
  titleTail: RegExp;
  /** What a quoted name or term follows, not speech: so-called "X", what they term the "X". */
  term: RegExp;
  /** A conjunction before a pronoun speaker ("as they", "while she"): no part of the speaker. */
  pronounConjunction: RegExp;
  /** A speaker that is a personal pronoun ("he"), and one that is a collective one ("they"). */
  personal: RegExp;
  collective: RegExp;
  /** A description that ends in a word naming no one person ("… officials"). */
  notPersonTitle: RegExp;
  /** "the official", "one of the officials": a definite description, its head word captured. */
  definite: RegExp;
  /** "one of the", "another": cut from a speaker that is no actor ("one of the senior officials" → "senior officials"). */
  partitiveOpener: RegExp;
  /** A speaker phrase ending in a voice of a body ("a Treasury spokesman"): "he", "she" after it still speak for the body. */
  voice: RegExp;
}

/** Compiles the quotes stage's patterns from the lexicon's speech verbs, titles and word lists. */
export function prepareQuotes(lex: Pick<Lexicon, 'speechVerbs' | 'titles' | 'words'>): QuoteTools {
  const verbs = compileSpeechVerbs(lex.speechVerbs);
  const titles = lex.titles.map((t) => escapeRegExp(t.text.replace(/^-/, ''))).filter((t) => t.length > 2);
  return {
    attribution: prepareAttribution(verbs, lex.words),
    titleTail: new RegExp(`\\b(?:${titles.join('|')})$`, 'i'),
    term: new RegExp(String.raw`(?:\b${alternation(lex.words['naming-word'])}|\bterm(?:s|ed)?(?:\s+${alternation(lex.words['term-object'])})?)\s+(?:${alternation(lex.words['term-determiner'])}\s+)?$`, 'i'),
    pronounConjunction: new RegExp(`^${alternation(lex.words['speaker-conjunction'])}\\s+(?=${alternation([...lex.words['personal-pronoun'], ...lex.words['collective-pronoun']])}$)`, 'i'),
    personal: new RegExp(`^${alternation(lex.words['personal-pronoun'])}$`, 'i'),
    collective: new RegExp(`^${alternation(lex.words['collective-pronoun'])}$`, 'i'),
    notPersonTitle: new RegExp(`\\b${alternation(lex.words['not-person-title'])}$`, 'i'),
    definite: new RegExp(String.raw`^(?:${alternation(lex.words.partitive)} of )?[Tt]he\s+(?:[a-z0-9-]+\s+){0,2}([a-z0-9-]+)$`),
    partitiveOpener: new RegExp(String.raw`^(?:${alternation(lex.words.partitive)} of (?:the )?|${alternation(lex.words['indefinite-opener'])}\s+)`, 'i'),
    voice: new RegExp(String.raw`\b${alternation(lex.words['reference-voice'])}$`, 'i'),
  };
}

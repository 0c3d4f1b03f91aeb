// Which lowercase words are real words, for telling a word a scraper split
// (nego|tiations) from the glued tokens a splice leaves (spyingtiations): the
// lexicon's common words and any word the article uses twice (plain words),
// places, actor names, titles and given names, and inflections (-s, -es, -ed,
// -ing, -ly). A capitalised split word must be a name other than a given
// name, or written so in the article: 3,000 given names make too many chance
// words (Mac + ie).
import type { Lexicon } from '../../lexicon/load.ts';
import type { KnownWord } from './splice.ts';
import { alternation } from '../../util/regex.ts';

/** The lexicon's words a splice test reads: names (places, actor names, titles), those with the given names, and the common words. */
export interface LexiconWords {
  names: ReadonlySet<string>;
  all: ReadonlySet<string>;
  commonWords: ReadonlySet<string>;
  /** An inflection at a word's end (-s, -ed, -ing): a known stem makes the word known. */
  inflection: RegExp;
  /** A stem that is itself inflected: one inflection only ("spying" + "ing" is no word). */
  inflectedStem: RegExp;
}

/** Lowercase words of the lexicon's places, actor names and titles, and those with the given names; made once per run. */
export function prepareKnownWords(lex: Pick<Lexicon, 'places' | 'forms' | 'titles' | 'firstNames' | 'commonWords' | 'words'>): LexiconWords {
  const names = new Set<string>();
  const add = (set: Set<string>, text: string) => { for (const w of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (w) set.add(w); };
  for (const list of [lex.places, lex.forms.keys(), lex.titles.map((t) => t.text)]) for (const text of list) add(names, text);
  const all = new Set(names);
  for (const name of lex.firstNames) add(all, name);
  return {
    names, all, commonWords: lex.commonWords,
    inflection: new RegExp(`${alternation(lex.words['inflection-suffix'])}$`, 'u'),
    inflectedStem: new RegExp(`${alternation(lex.words['stem-inflection'])}$`, 'u'),
  };
}

/** A test for real words over the lexicon and the article's paragraphs. */
export function knownWords(paragraphs: readonly string[], words: LexiconWords): KnownWord {
  const counts = new Map<string, number>();
  const written = new Map<string, number>();
  for (const p of paragraphs) {
    for (const t of p.split(/\s+/)) {
      const w = t.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').replace(/['’]s$/u, '');
      if (!w) continue;
      counts.set(w.toLowerCase(), (counts.get(w.toLowerCase()) ?? 0) + 1);
      written.set(w, (written.get(w) ?? 0) + 1);
    }
  }
  const plain = (w: string) => words.commonWords.has(w.replace(/['’]s$/u, '')) || (counts.get(w.replace(/['’]s$/u, '')) ?? 0) >= 2;
  const direct = (w: string) => plain(w) || words.all.has(w.replace(/['’]s$/u, ''));
  // Note: tokens as written are tested without inflections: "spyinging" glued from "spying" + "ing" is no word.
  const common = (w: string) => words.commonWords.has(w);
  return { token: direct, plain, seen: (w) => counts.has(w), capital: (w) => words.names.has(w.toLowerCase()) || (written.get(w) ?? 0) >= 1, twice: (w) => (written.get(w.replace(/['’]s$/u, '')) ?? 0) >= 2, word: (word, level = 'all') => {
    const known = level === 'common' ? common : level === 'plain' ? plain : direct;
    if (known(word)) return true;
    const m = words.inflection.exec(word);
    if (!m || word.length - m[0].length < 3) return false;
    const stem = word.slice(0, -m[0].length);
    // Note: one inflection only: "aids" + "ing", "spying" + "ing" and "sanctions" + "es" are no words.
    if (words.inflectedStem.test(stem)) return false;
    return known(stem) || known(`${stem}e`) || (/(\p{L})\1$/u.test(stem) && known(stem.slice(0, -1)));
  } };
}

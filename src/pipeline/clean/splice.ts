// A headline a scraper spliced into the middle of a word: "nego" + headline +
// "tiations", read as "negoRussia accuses six British diplomats of spyingtiations".
// Two glued tokens mark it: one where a letter runs straight into a capital,
// a digit or an opening quote (negoRussia), and one a few words on that ends
// with the rest of the word (spyingtiations). The splice is taken only when
// both glued tokens are words nobody writes and the word they split is one
// people do, so clean text with "McDonald", "iPhone" or "NATO" is left alone.

/** The paragraph with the splice undone, and the headline taken out of it. */
export interface Splice {
  text: string;
  headline: string;
}

/**
 * Tells real words, lowercase: `token` as written in the text (names too),
 * `plain` a word but no name, `word` also inflected (a split word may be
 * "reports"), of the lexicon's common words, of plain words or of any.
 */
export interface KnownWord {
  token: (lower: string) => boolean;
  /** Whether the article has this lowercase word anywhere. */
  seen: (lower: string) => boolean;
  /** Whether a capitalised word is a name in the lexicon or written so elsewhere in the article. */
  capital: (written: string) => boolean;
  /** Whether the article has this word, as written, twice or more ("iPod", "TiVo"). */
  twice: (written: string) => boolean;
  plain: (lower: string) => boolean;
  word: (lower: string, level?: 'common' | 'plain' | 'all') => boolean;
}

// A headline is at most this many words, and at least this many.
const maxWords = 24;
const minWords = 3;
const minJoined = 4;
// Longer tokens are no glued word pair: the longest English words and names run to about 30 letters each.
const maxGlued = 60;

interface Token {
  text: string;
  start: number;
  end: number;
}

/** Finds a headline spliced into a word of `paragraph`; `known` tells real words from glued ones. */
export function findSplice(paragraph: string, known: KnownWord): Splice | undefined {
  const tokens = [...paragraph.matchAll(/\S+/g)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
  // Note: an opening token is a word's start and a headline's first word, so a long token (a pasted blob) opens none.
  for (let i = 0; i + minWords - 1 < tokens.length; i++) {
    if (tokens[i]!.text.length > maxGlued) continue;
    for (const at of gluePoints(tokens[i]!.text)) {
      const splice = spliceFrom(paragraph, tokens, i, at, known);
      if (splice) return splice;
    }
  }
  return undefined;
}

/**
 * Offsets inside a token where a lowercase letter runs into a capital, a digit
 * or an opening quote (negoRussia, ne“Ukraine), or a capital into a capitalised word
 * (IIran); a run of capitals (NATO, US-supplied) opens no splice.
 */
function gluePoints(token: string): number[] {
  const word = bare(token);
  if (!word) return [];
  const lead = token.indexOf(word);
  const out: number[] = [];
  // Note: a digit opens a splice only in a lowercase word ("ne21-day"): "Kurdistan24" and "G7" are names;
  // an apostrophe opens none ("d'Estaing"), an opening quote does.
  const digits = /^\p{Ll}/u.test(word);
  // A capital glued to a capitalised word only as the word's first letter (IIran), not in "MPs", "BSkyB" or "O'Leary".
  for (const m of word.matchAll(/(?<=\p{Ll})(?=\p{Lu}|\d|[‘“"][\p{Lu}\d])|(?<=^\p{Lu})(?=\p{Lu}\p{Ll}{2})/gu)) {
    if (digits || !/^['‘’“"]?\d/u.test(word.slice(m.index))) out.push(lead + m.index);
  }
  return out;
}

/**
 * The splice opened at offset `at` of token `i`. Of the later tokens that are
 * no word and end with the rest of the split word, the best: one that makes a
 * word as it is ("tiesrst" makes "first") before one that makes an inflected
 * word, then one whose first part ends like a headline ("affi|rm" does not),
 * then the nearest.
 */
function spliceFrom(paragraph: string, tokens: Token[], i: number, at: number, known: KnownWord): Splice | undefined {
  const open = tokens[i]!;
  const prefix = open.text.slice(0, at).replace(/^[^\p{L}\p{N}]+/u, '');
  if (!/^\p{L}+$/u.test(prefix)) return undefined;
  // Note: a token the article writes twice (iPod) is a name; "bUS" is no "bus": only IIran could be a word as written.
  if (known.twice(bare(open.text)) || (/\p{Lu}$/u.test(prefix) && known.token(bare(open.text).toLowerCase()))) return undefined;
  let best: { j: number; k: number; rank: number } | undefined;
  for (let j = i + minWords - 1; j < Math.min(tokens.length, i + maxWords); j++) {
    const close = tokens[j]!;
    const word = close.text.length > maxGlued ? '' : bare(close.text);
    // Note: nor a common word with -ing, -ed, -ly, -ers or -s ("according", "supplying", "tensions"): a glued token is none ("baner" may be).
    if (!word || known.token(word.toLowerCase()) || (/(?:ing|ed|ly|ers|s)$/u.test(word) && known.word(word.toLowerCase(), 'common'))) continue;
    const split = splitAt(close.text, word, prefix, known);
    if (!split || !headlineLike(paragraph.slice(open.start + at, close.start + split.k).trim())) continue;
    const rank = (split.direct ? 2000 : 0) + (split.end ? 1000 : 0) - j;
    if (!best || rank > best.rank) best = { j, k: split.k, rank };
  }
  return best && undo(paragraph, open, at, prefix, tokens[best.j]!, best.k);
}

/**
 * Where the close token splits into the headline's end and the rest of the
 * word, within its last run of letters. The first part must end like a
 * headline ("ties|is", not "ti|esis") and the rest have two letters or more
 * ("counterpart|hes" makes "clashes", "counterparthe|s" no "class"); of
 * these, a word as it is first, then the longest rest. A split word that
 * starts in lowercase must be a word, not a name ("di|on" is no "Dion"); one
 * that starts with a capital must be a name of the lexicon or written so
 * elsewhere in the article, since names glued in one token (DiCaprio,
 * PlayStation) open splices by chance.
 */
function splitAt(token: string, word: string, prefix: string, known: KnownWord): { k: number; direct: boolean; end: boolean } | undefined {
  const end = token.indexOf(word) + word.length;
  const m = /\p{L}+$/u.exec(token.slice(0, end));
  if (!m) return undefined;
  const ks: number[] = [];
  for (let k = Math.max(m.index, token.indexOf(word) + 1); k < end; k++) {
    // Note: a word of four letters or more, a rest of two or more: "us", "in" or a plural "s" are too easily made by chance.
    if (end - k >= 2 && prefix.length + end - k >= minJoined && /[\p{L}\p{N}'’”").!?]$/u.test(token.slice(0, k))) ks.push(k);
  }
  const plain = /^\p{Ll}/u.test(prefix);
  const joined = (k: number) => (prefix + token.slice(k, end)).toLowerCase();
  const found = ks.map((k) => ({
    k,
    direct: plain ? known.plain(joined(k)) : known.token(joined(k)),
    word: known.word(joined(k), plain ? 'plain' : 'all'),
    end: headlineEnd(token.slice(0, k), known),
  })).filter((c) => c.word && (plain || known.capital(prefix + token.slice(c.k, end))));
  // Note: stable sort on longest rest first: a word as it is first.
  const score = (c: (typeof found)[number]) => (c.end ? 2 : 0) + (c.direct ? 1 : 0);
  const best = found.sort((a, b) => score(b) - score(a))[0];
  return best && { k: best.k, direct: best.direct, end: best.end };
}

function undo(paragraph: string, open: Token, at: number, prefix: string, close: Token, k: number): Splice {
  const headline = paragraph.slice(open.start + at, close.start + k).trim();
  const text = paragraph.slice(0, open.start) + open.text.slice(0, at - prefix.length) + prefix + close.text.slice(k) + paragraph.slice(close.end);
  return { text, headline };
}

/** Whether the part of a token before the rest of the split word can end a headline: a known word, a name, a number or a closing mark. */
function headlineEnd(part: string, known: KnownWord): boolean {
  const word = bare(part);
  // Note: an unknown word with an ending (looms, banned, talking) reads as whole; a fragment (affi, websit) seldom has one.
  return !word || /[^\p{L}]$/u.test(part) || /^\p{Lu}/u.test(word) || known.word(word.toLowerCase()) || known.seen(word.toLowerCase())
    || /^\p{Ll}{4,}(?:s|ed|ing)$/u.test(word);
}

/** A token's word without the punctuation around it. */
function bare(token: string): string {
  return token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/** Three to 24 words, no full stop inside (an initial or "U.S." is none; a question mark may be), no apposition. */
function headlineLike(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length < minWords || words.length > maxWords) return false;
  // Note: nor an apposition (", a mobile music sequencer"): prose describes, headlines do not.
  return !/(?:\p{Ll}{2}|[\d)\]])\.["”’]?\s+\p{Lu}|[,;:]\s+["“]|,\s+an?\s/u.test(text);
}

// The words the name scan reads, made from the syntax stage's words (one
// tokenizer for the pipeline, src/syntax/tokenizer.ts). The syntax tokenizer
// cuts as UD English does; a name reads better with some of its cuts undone,
// so written-together pieces are joined back, never re-cut from the text:
//   "al|-|Assad", "pro|-|Russian", "Kim|Jong|-|un"  -> "al-Assad", "pro-Russian", "Jong-un"
//   "they|'re", "ca|n't"                            -> "they're", "can't"
//   "Mr." (a period the syntax tokenizer keeps)     -> "Mr" | "."
// Possessive endings stay tokens of their own, so "Iran’s Foreign Minister"
// reads Iran | ’s | Foreign | Minister. Offsets are the syntax words'.
import { tokenize } from '../../syntax/tokenizer.ts';

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Starts with an uppercase letter (or is all digits-and-capitals like "G7"). */
  cap: boolean;
  /** A word, as opposed to punctuation. */
  word: boolean;
}

/** A word of the syntax stage: its text and offsets in the sentence. */
export interface Piece {
  text: string;
  start: number;
  end: number;
}

const alnumEnd = /[\p{L}\p{N}]$/u;
const alnumStart = /^[\p{L}\p{N}]/u;
/** What may stand inside a written word: a hyphen, an apostrophe, a period ("al-Assad", "O’Neil"). */
const innerMark = /^[-'’.]$/u;
/** A clitic the syntax tokenizer cuts off ("’re", "'ll"); a possessive "’s" stays apart. */
const clitic = /^['’](?:re|ve|ll|d|m)$/iu;
const dotted = /^(?:\p{L}\.){2,}$/u;

/** The scan's tokens of one sentence, from its syntax words; `adjectiveTail` marks "Kremlin-backed" as no capitalised word. */
export function mentionWords(words: readonly Piece[], adjectiveTail?: RegExp): Token[] {
  const joined: Piece[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const prev = joined.at(-1);
    const glued = prev && prev.end === w.start && alnumEnd.test(prev.text);
    const next = words[i + 1];
    if (glued && innerMark.test(w.text) && next && next.start === w.end && alnumStart.test(next.text)) {
      joined[joined.length - 1] = { text: prev.text + w.text + next.text, start: prev.start, end: next.end };
      i++;
    } else if (glued && (alnumStart.test(w.text) || clitic.test(w.text) || (isPossessive(w) && prev.text.length === 1))) {
      joined[joined.length - 1] = { text: prev.text + w.text, start: prev.start, end: w.end };
    } else joined.push(w);
  }
  const out: Token[] = [];
  for (const p of joined) {
    // Note: "Mr." and "Gen." keep their period in the syntax words; the titles lexicon lists them without it.
    if (p.text.length > 1 && p.text.endsWith('.') && !dotted.test(p.text) && alnumEnd.test(p.text.slice(0, -1))) {
      out.push(make(p.text.slice(0, -1), p.start, adjectiveTail), make('.', p.end - 1));
    } else out.push(make(p.text, p.start, adjectiveTail));
  }
  return out;
}

/** The tokens of a lexicon phrase, cut as a sentence's words are, so a phrase matches the text it names. */
export function phraseWords(phrase: string): Token[] {
  return mentionWords(tokenize(phrase));
}

function make(text: string, start: number, adjectiveTail?: RegExp): Token {
  const word = /[\p{L}\p{N}]/u.test(text);
  const cap = word && /^\p{Lu}/u.test(text) && !adjectiveTail?.test(text);
  return { text, start, end: start + text.length, word, cap };
}

/** True for a possessive token: ’s, 's, or a lone apostrophe after a plural. */
export function isPossessive(t: Pick<Token, 'text'> | undefined): boolean {
  return !!t && /^['’]s?$/u.test(t.text);
}

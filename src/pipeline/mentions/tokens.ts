// Word tokens with offsets. Possessive endings ("’s", "'s", a lone "’" after
// s) are tokens of their own, so "Iran’s Foreign Minister" reads Iran | ’s | Foreign | Minister.

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Starts with an uppercase letter (or is all digits-and-capitals like "G7"). */
  cap: boolean;
  /** A word, as opposed to punctuation. */
  word: boolean;
}

const pattern = /(?:\p{L}\.){2,}(?!\p{L})|[\p{L}\p{N}](?:[\p{L}\p{N}]|[-'’.](?=[\p{L}\p{N}]))*|\S/gu;

/** Splits a sentence into tokens, possessives separated. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(pattern)) {
    const start = m.index;
    let word = m[0];
    const poss = /^(.+?)(['’]s)$/u.exec(word);
    if (poss && poss[1]!.length > 1) {
      tokens.push(make(poss[1]!, start));
      tokens.push(make(poss[2]!, start + poss[1]!.length));
      continue;
    }
    word = m[0];
    tokens.push(make(word, start));
  }
  return tokens;
}

function make(text: string, start: number): Token {
  const word = /[\p{L}\p{N}]/u.test(text);
  return { text, start, end: start + text.length, word, cap: word && /^\p{Lu}/u.test(text) };
}

/** The tokens of a sentence as the name scan reads them: a word with an adjective tail (`adjectiveTail`, "Cold War-era", "Kremlin-backed") is no capitalised word. */
export function scanTokens(text: string, adjectiveTail: RegExp): Token[] {
  return tokenize(text).map((t) => (t.cap && adjectiveTail.test(t.text) ? { ...t, cap: false } : t));
}

/** True for a possessive token: ’s, 's, or a lone apostrophe after a plural. */
export function isPossessive(t: Token | undefined): boolean {
  return !!t && /^['’]s?$/u.test(t.text);
}

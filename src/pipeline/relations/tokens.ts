// Splits a sentence into word and punctuation tokens with their offsets.

/** A word or punctuation mark of a sentence; offsets are UTF-16 indices into its text. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

// Note: "didn't" splits as "did" + "n't" so negation is one token; "Iran's"
// splits as "Iran" + "'s"; "30,000" stays one token; curly apostrophes are folded in `lower`.
const tokenPattern = /[\p{L}\p{N}]+?(?=n['’]t\b)|n['’]t\b|['’]s\b|\p{N}+(?:[.,]\p{N}+)+|[\p{L}\p{M}\p{N}]+|\S/gu;

/** The tokens of a sentence, in order. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(tokenPattern)) {
    const start = m.index;
    tokens.push({ text: m[0], lower: m[0].toLowerCase().replace(/’/g, "'"), start, end: start + m[0].length });
  }
  return tokens;
}

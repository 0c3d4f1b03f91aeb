// Splits a sentence into word and punctuation tokens with their offsets.

/** A word or punctuation mark of a sentence; offsets are UTF-16 indices into its text. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

// Note: "Iran's" splits as "Iran" + "'s"; "30,000" stays one token; "didn't" is
// joined back below as "did" + "n't" so negation is one token.
const tokenPattern = /['’]s\b|\p{N}+(?:[.,]\p{N}+)+|[\p{L}\p{M}\p{N}]+|\S/gu;

/** The tokens of a sentence, in order; curly apostrophes are folded in `lower`. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(tokenPattern)) {
    const start = m.index;
    const lower = m[0].toLowerCase();
    tokens.push({ text: m[0], lower: lower.includes('’') ? lower.replace(/’/g, "'") : lower, start, end: start + m[0].length });
  }
  return splitNegations(tokens);
}

/** "didn" + "'" + "t" -> "did" + "n't". */
function splitNegations(tokens: Token[]): Token[] {
  for (let i = tokens.length - 3; i >= 0; i--) {
    const [w, apostrophe, t] = [tokens[i]!, tokens[i + 1]!, tokens[i + 2]!];
    if (!w.lower.endsWith('n') || w.lower.length < 2 || apostrophe.lower !== "'" || t.lower !== 't' || w.end !== apostrophe.start || apostrophe.end !== t.start) continue;
    const cut = w.end - 1;
    const head = { text: w.text.slice(0, -1), lower: w.lower.slice(0, -1), start: w.start, end: cut };
    const neg = { text: text(w, apostrophe, t), lower: "n't", start: cut, end: t.end };
    tokens.splice(i, 3, head, neg);
  }
  return tokens;
}

function text(w: Token, apostrophe: Token, t: Token): string {
  return `${w.text.slice(-1)}${apostrophe.text}${t.text}`;
}

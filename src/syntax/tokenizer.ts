// Words of a sentence the way UD English (EWT) cuts them, with offsets into
// the sentence: punctuation apart, clitics apart ("do|n't", "Iran|'s",
// "they|'re"), hyphens and slashes between words apart ("well|-|known"),
// while numbers ("2,000", "3.5"), dotted abbreviations ("U.S.", "Mr.") and
// web addresses stay whole.

/** One token: its text and where it sits in the sentence (UTF-16 offsets, end exclusive). */
export interface Token {
  text: string;
  start: number;
  end: number;
}

const opening = /^["'“‘(\[{¿¡$£€#*«]/u;
// Note: a hyphen after a letter at a word's end is a suspended compound ("Windows- and Mac-based"), apart like a comma.
const closing = /["'”’)\]},;:!?%…*»]$|\.$|(?<=\p{L})-$/u;
// Note: EWT writes "cannot" as two words, like the clitics below.
const clitic = /^(.+?)(n['’]t|['’](?:s|re|ve|ll|d|m)|not)$/iu;
const address = /^(?:https?:\/\/|www\.)\S+$|^[\w.+-]+@[\w-]+\.[\w.]+$/u;
// Note: a comma, bracket or ellipsis written between a letter and a letter or digit is a missing space ("Union,dismissed",
// "Party(BNP)", "Appleton,31", "chancellor...no"), never one word; a currency sign after capitals opens an amount ("US|$|25,000", "HK|$|3bn").
const inner = /(?<=[\p{L}\p{N}])([-‐–—\/])(?=[\p{L}\p{N}])|(?<=[\p{L}])(--|—|–)|(--|—|–)(?=[\p{L}])|(?<=\p{L})([,;()\[\]]|\.\.\.|…)(?=[\p{L}\p{N}])|(?<=\p{N})([,;()\[\]]|\.\.\.|…)(?=\p{L})|(?<=\p{Lu})([$£€])(?=\p{N})/gu;

/** Splits a sentence into tokens. */
export function tokenize(sentence: string): Token[] {
  const out: Token[] = [];
  const chunks = /\S+/gu;
  for (let m = chunks.exec(sentence); m; m = chunks.exec(sentence)) {
    const atEnd = m.index + m[0].length === sentence.trimEnd().length;
    splitChunk(m[0], m.index, atEnd, out);
  }
  return out;
}

function splitChunk(chunk: string, start: number, atEnd: boolean, out: Token[]): void {
  const bare = chunk.replace(/[.,;:!?)"”’']+$/u, '');
  if (address.test(bare)) {
    out.push({ text: bare, start, end: start + bare.length });
    for (let i = bare.length; i < chunk.length; i++) out.push({ text: chunk[i]!, start: start + i, end: start + i + 1 });
    return;
  }
  let a = 0;
  let b = chunk.length;
  while (a < b && opening.test(chunk.slice(a, a + 1)) && b - a > 1) {
    out.push({ text: chunk[a]!, start: start + a, end: start + a + 1 });
    a++;
  }
  const tail: Token[] = [];
  while (b - a > 1) {
    const core = chunk.slice(a, b);
    if (!closing.test(core) || keepsPeriod(core, atEnd && tail.length === 0)) break;
    const len = /(?:\.\.\.|…)$/u.test(core) && core.endsWith('...') ? 3 : 1;
    tail.unshift({ text: core.slice(-len), start: start + b - len, end: start + b });
    b -= len;
  }
  splitCore(chunk.slice(a, b), start + a, out);
  out.push(...tail);
}

/** True when `core` ends with a period that belongs to it: "U.S.", "e.g.", "Mr." inside a sentence, "3." never. */
function keepsPeriod(core: string, sentenceEnd: boolean): boolean {
  if (!core.endsWith('.') || core.endsWith('..')) return false;
  const word = core.slice(0, -1);
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true;
  if (sentenceEnd) return false;
  return /^\p{Lu}\p{Ll}{0,3}$/u.test(word) || /^\p{L}$/u.test(word);
}

/** Splits a word without outer punctuation at clitics, and at hyphens and slashes between words. */
function splitCore(core: string, start: number, out: Token[]): void {
  if (!core) return;
  let from = 0;
  for (const m of core.matchAll(inner)) {
    pushWord(core.slice(from, m.index), start + from, out);
    out.push({ text: m[0], start: start + m.index, end: start + m.index + m[0].length });
    from = m.index + m[0].length;
  }
  pushWord(core.slice(from), start + from, out);
}

function pushWord(word: string, start: number, out: Token[]): void {
  if (!word) return;
  const m = clitic.exec(word);
  // Note: "not" splits off only from "cannot"; a word ending in "not" ("knot") stays whole.
  if (m && (m[2]!.toLowerCase() !== 'not' || m[1]!.toLowerCase() === 'can') && /\p{L}/u.test(m[1]!)) {
    const cut = m[1]!.length;
    out.push({ text: word.slice(0, cut), start, end: start + cut });
    out.push({ text: word.slice(cut), start: start + cut, end: start + word.length });
    return;
  }
  out.push({ text: word, start, end: start + word.length });
}

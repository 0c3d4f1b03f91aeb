// Per-sentence word attributes, hashed once: the normalised word, affixes and
// shape that tagger, parser and labeller features combine. Positions outside
// the sentence get fixed padding values.
import { hashString } from './hash.ts';

/** Hashes of each token's attributes; index i is token i. */
export interface Words {
  n: number;
  forms: readonly string[];
  /** Normalised forms (lowercase, digits as 9). */
  lower: string[];
  /** Normalised lowercase word (digits folded to 9). */
  word: Uint32Array;
  /** Exact form, case kept. */
  exact: Uint32Array;
  prefix1: Uint32Array;
  suffix2: Uint32Array;
  suffix3: Uint32Array;
  suffix4: Uint32Array;
  shape: Uint32Array;
}

/** Value standing for "no token here" (before the start, after the end, an empty slot). */
export const NONE = 0x5bd1e995;

/** Attribute `a` of token `j`, or a padding value that tells which side and how far out `j` falls. */
export function at(w: Words, a: Uint32Array, j: number): number {
  if (j >= 0 && j < w.n) return a[j]!;
  return (NONE ^ (j < 0 ? -j : 64 + j - w.n)) >>> 0;
}

/** Computes the attributes of a sentence's tokens. */
export function words(given: readonly string[]): Words {
  const n = given.length;
  const forms = given.map(straightQuotes);
  const arr = () => new Uint32Array(n);
  const w: Words = { n, forms, lower: [], word: arr(), exact: arr(), prefix1: arr(), suffix2: arr(), suffix3: arr(), suffix4: arr(), shape: arr() };
  for (let i = 0; i < n; i++) {
    const form = forms[i]!;
    const lower = normalise(form);
    w.lower.push(lower);
    w.word[i] = hashString(lower);
    w.exact[i] = hashString(form);
    w.prefix1[i] = hashString(`<${lower.slice(0, 1)}`);
    w.suffix2[i] = hashString(`>${lower.slice(-2)}`);
    w.suffix3[i] = hashString(`>>${lower.slice(-3)}`);
    w.suffix4[i] = hashString(`>>>${lower.slice(-4)}`);
    w.shape[i] = hashString(shape(form));
  }
  return w;
}

/** Curly quotes as straight ones: news writes ’s and “, the treebank mostly 's and ". */
export function straightQuotes(form: string): string {
  return /[‘’“”]/u.test(form) ? form.replace(/[‘’]/gu, "'").replace(/[“”]/gu, '"') : form;
}

/** Lowercase with every digit as 9, so numbers of one shape share weights. */
export function normalise(form: string): string {
  return form.toLowerCase().replace(/\d/g, '9');
}

/** Character classes with runs collapsed: "McCain" → "XxXx", "2,000" → "d,d", "U.S." → "X.X.". */
function shape(form: string): string {
  let out = '';
  let last = '';
  for (const ch of form.length > 12 ? form.slice(0, 6) + form.slice(-6) : form) {
    const c = charClass(ch);
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

function charClass(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90 ? 'X' : code >= 97 && code <= 122 ? 'x' : code >= 48 && code <= 57 ? 'd' : ch;
  return /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
}

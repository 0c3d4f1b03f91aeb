// Spelling variants of one name: typos (Araghchib), transliterations
// (Araghchi / Araqchi, Zelensky / Zelenskiy), accents (Türkiye / Turkiye).
// One policy for one article and for the whole corpus.

/** Lowercase ASCII with accents folded and apostrophes and dots dropped. */
export function foldName(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/['’‘.]/g, '').replace(/[^a-z0-9-]+/g, ' ').trim();
}

const rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Edit distance counting one transposition of neighbours as one edit
 * (optimal string alignment). With `max`, any distance above it is returned
 * as `max + 1`, as soon as two rows show it (callers only ask "at most 2?").
 */
export function damerauLevenshtein(a: string, b: string, max = Infinity): number {
  // Note: three rolling rows reused across calls; merging a corpus calls this millions of times.
  const n = b.length;
  if (rows[0].length <= n) for (let k = 0; k < 3; k++) rows[k] = new Int32Array(2 * n + 2);
  let prev2 = rows[0], prev = rows[1], row = rows[2];
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    const ai = a.charCodeAt(i - 1), ap = i > 1 ? a.charCodeAt(i - 2) : -1;
    for (let j = 1; j <= n; j++) {
      const bj = b.charCodeAt(j - 1);
      let best = prev[j - 1]! + (ai === bj ? 0 : 1);
      if (prev[j]! + 1 < best) best = prev[j]! + 1;
      if (row[j - 1]! + 1 < best) best = row[j - 1]! + 1;
      if (j > 1 && ai === b.charCodeAt(j - 2) && ap === bj && prev2[j - 2]! + 1 < best) best = prev2[j - 2]! + 1;
      row[j] = best;
    }
    // Note: a cell can only fall below the minimum of the two rows above it (by a transposition), so two rows over `max` end it.
    if (max < Infinity && Math.min(rowMin(row, n), rowMin(prev, n)) > max) return max + 1;
    const t = prev2; prev2 = prev; prev = row; row = t;
  }
  return Math.min(prev[n]!, max + 1);
}

function rowMin(row: Int32Array, n: number): number {
  let m = row[0]!;
  for (let j = 1; j <= n; j++) if (row[j]! < m) m = row[j]!;
  return m;
}

/** The consonants of a word (y counts as a vowel) with transliteration variants folded: gh/q/k/c alike, z as s, h after a consonant dropped. */
export function consonantSkeleton(word: string): string {
  return word
    .replace(/([b-df-hj-np-tv-xz])h/g, '$1')
    .replace(/[^b-df-hj-np-tv-xz]/g, '')
    .replace(/[cgkq]/g, 'k')
    .replace(/z/g, 's')
    .replace(/(.)\1+/g, '$1');
}

// Short surnames are too often different people one letter apart (Blake/Black).
const minVariantLength = 6;

/** True when two folded name words (surnames, or given names) are the same or a spelling variant of each other. */
export function sameSurname(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < minVariantLength || Math.abs(a.length - b.length) > 2) return false;
  if (!letterSetsClose(letterSet(a), letterSet(b))) return false;
  const distance = damerauLevenshtein(a, b, 2);
  if (distance <= 1) return true;
  return distance <= 2 && a[0] === b[0] && consonantSkeleton(a) === consonantSkeleton(b);
}

/**
 * Keys such that two folded words for which sameSurname holds share at least
 * one: the word, and for words long enough to have variants, the word less
 * each one letter (a neighbour one edit away, a substitution, insertion or
 * transposition, shares one) and its first letter with its consonant
 * skeleton (the two-edit variants). An index by these keys finds a name's
 * variants among thousands without comparing every pair.
 */
export function surnameKeys(word: string): string[] {
  const keys = [`=${word}`];
  if (word.length < minVariantLength) return keys;
  for (let i = 0; i < word.length; i++) keys.push(`=${word.slice(0, i)}${word.slice(i + 1)}`);
  keys.push(`~${word[0]}${consonantSkeleton(word)}`);
  return keys;
}

/**
 * False when two words cannot be two edits apart, judging by the sets of
 * letters they use (letterSet): each edit adds or removes at most one letter
 * of the set, so two edits change at most four. Most pairs of names in a
 * corpus fail this test, which is far cheaper than an edit distance.
 */
export function letterSetsClose(a: number, b: number): boolean {
  return popcount(a ^ b) <= 4;
}

/** The letters of a word as bits (code unit mod 32: a collision only weakens letterSetsClose). */
export function letterSet(word: string): number {
  let set = 0;
  for (let i = 0; i < word.length; i++) set |= 1 << (word.charCodeAt(i) & 31);
  return set;
}

function popcount(x: number): number {
  let n = 0;
  for (let v = x >>> 0; v; v &= v - 1) n++;
  return n;
}

/** True when two name words as written (any case, accents) are one name spelled two ways. */
export function sameNameWord(a: string, b: string): boolean {
  return sameSurname(foldName(a), foldName(b));
}

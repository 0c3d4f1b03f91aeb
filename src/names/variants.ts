// Spelling variants of one name: typos (Araghchib), transliterations
// (Araghchi / Araqchi, Zelensky / Zelenskiy), accents (Türkiye / Turkiye).
// One policy for one article and for the whole corpus.

/** Lowercase ASCII with accents folded and apostrophes and dots dropped. */
export function foldName(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/['’‘.]/g, '').replace(/[^a-z0-9-]+/g, ' ').trim();
}

/** Edit distance counting one transposition of neighbours as one edit (optimal string alignment). */
export function damerauLevenshtein(a: string, b: string): number {
  // Note: three rolling rows instead of a matrix; merging a corpus calls this millions of times.
  let prev2 = new Int32Array(b.length + 1);
  let prev = Int32Array.from({ length: b.length + 1 }, (_, j) => j);
  let row = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, prev2[j - 2]! + 1);
      row[j] = best;
    }
    [prev2, prev, row] = [prev, row, prev2];
  }
  return prev[b.length]!;
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
  const distance = damerauLevenshtein(a, b);
  if (distance <= 1) return true;
  return distance <= 2 && a[0] === b[0] && consonantSkeleton(a) === consonantSkeleton(b);
}

/** True when two name words as written (any case, accents) are one name spelled two ways. */
export function sameNameWord(a: string, b: string): boolean {
  return sameSurname(foldName(a), foldName(b));
}

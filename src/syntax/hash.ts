// Numeric hashing for features: strings are hashed once per token, and a
// feature is a template number mixed with a few such hashes, so scoring
// never builds a string. Math.imul keeps every step 32-bit and identical on
// every machine.

/** FNV-1a over UTF-16 code units, as an unsigned 32-bit integer. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * A feature's hash: template number `t` with up to three values. One
 * multiply and one shift per value: this runs a few hundred times a word, and
 * the table's index takes the low bits, into which each shift folds the high ones.
 */
export function feat(t: number, a: number, b = 0, c = 0): number {
  let h = Math.imul(t ^ 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ a, 0xc2b2ae35);
  h ^= h >>> 15;
  h = Math.imul(h ^ b, 0x27d4eb2f);
  h ^= h >>> 15;
  h = Math.imul(h ^ c, 0x165667b1);
  h ^= h >>> 16;
  return h >>> 0;
}

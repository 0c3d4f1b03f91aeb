// Spelling variants of one name: typos (Araghchib), transliterations
// (Araghchi / Araqchi, Zelensky / Zelenskiy), accents (Türkiye / Turkiye).

/** Lowercase, accents folded, apostrophes dropped. */
export function fold(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/['’‘`]/g, '');
}

/** A consonant skeleton that transliteration variants share. */
export function skeleton(s: string): string {
  const f = fold(s)
    .replace(/ph/g, 'f').replace(/(?:kh|gh|ck|q|g|c(?!h))/g, 'k').replace(/ou/g, 'u')
    .replace(/y/g, 'i').replace(/(.)\1+/g, '$1');
  return f[0] + f.slice(1).replace(/[aeiou]/g, '');
}

/** Damerau–Levenshtein distance (optimal string alignment), stopping early past `max`. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/** True when two name words are one name spelled two ways. Short words must match exactly. */
export function sameWord(a: string, b: string): boolean {
  const fa = fold(a);
  const fb = fold(b);
  if (fa === fb) return true;
  const len = Math.min(fa.length, fb.length);
  if (len >= 5 && skeleton(fa) === skeleton(fb) && editDistance(fa, fb) <= 2) return true;
  return len >= 6 && editDistance(fa, fb, 1) <= 1;
}

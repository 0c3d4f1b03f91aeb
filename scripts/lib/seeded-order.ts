// A seeded shuffle for the hand-judged samples of scripts/sample-*.ts: a seed names one sample for good.
import { prng, shuffle } from '../../src/util/seeded.ts';

/** The indexes 0..n-1 in the seed's order (Fisher-Yates). */
export function seededOrder(n: number, seed: number): number[] {
  return shuffle(Array.from({ length: n }, (_, i) => i), prng(seed));
}

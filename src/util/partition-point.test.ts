import { describe, expect, it } from 'vitest';
import { partitionPoint } from './partition-point.ts';

describe('partitionPoint', () => {
  it('finds where a sorted prefix ends, as a linear scan would', () => {
    const xs = [1, 3, 3, 5, 8, 13];
    for (let x = 0; x <= 14; x++) {
      const linear = xs.findIndex((v) => !(v < x));
      expect(partitionPoint(xs, (v) => v < x)).toBe(linear < 0 ? xs.length : linear);
    }
    expect(partitionPoint([], () => true)).toBe(0);
  });
});

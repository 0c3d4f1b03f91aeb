import { describe, expect, it } from 'vitest';
import { contrastRatio, parseRgb } from './contrast.ts';

describe('contrastRatio', () => {
  it.each([
    ['rgb(0, 0, 0)', 'rgb(255, 255, 255)', 21],
    ['rgb(255, 255, 255)', 'rgb(255, 255, 255)', 1],
    ['rgb(204, 204, 204)', 'rgb(31, 32, 32)', 10.17],
  ])('%s on %s is %f', (fg, bg, expected) => {
    expect(contrastRatio(fg, bg)).toBeCloseTo(expected, 1);
  });
  it('reads alpha and rejects names', () => {
    expect(parseRgb('rgba(0, 0, 0, 0)')).toEqual([0, 0, 0, 0]);
    expect(parseRgb('red')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { formatDate, quadLabel } from './format.ts';

describe('formatDate', () => {
  it.each([
    ['2024-11-05', '5 November 2024'],
    ['2024-11', 'November 2024'],
    ['2024', '2024'],
    ['2024-13-01', '2024'],
  ])('%s → %s', (iso, expected) => {
    expect(formatDate(iso)).toBe(expected);
  });
});

describe('quadLabel', () => {
  it.each([
    ['verbal-cooperation', 'verbal cooperation'],
    ['material-conflict', 'material conflict'],
  ] as const)('%s → %s', (quad, expected) => {
    expect(quadLabel(quad)).toBe(expected);
  });
});

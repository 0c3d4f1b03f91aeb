import { describe, expect, it } from 'vitest';
import { defaultTimelinePageSize, timelinePageSize } from './timeline-page-size.ts';

describe('timelinePageSize', () => {
  it('reads a positive integer, and falls back to the default for anything else', () => {
    expect(timelinePageSize('2')).toBe(2);
    expect([undefined, '', '0', '-3', '1.5', 'ten'].map(timelinePageSize)).toEqual(Array(6).fill(defaultTimelinePageSize));
  });
});

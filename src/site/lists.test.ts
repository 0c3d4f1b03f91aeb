// Ordering helpers of the site's lists, on a small fictional corpus.
import { describe, expect, it } from 'vitest';
import { groupActors } from './group-actors.ts';
import { newestEventsFirst, newestFirst } from './newest-first.ts';

const actor = (name: string, type: 'person' | 'country' | 'organization', briefings: number, mentions = 1) => ({
  data: { name, type, briefings: Array.from({ length: briefings }, (_, i) => `b${i}`), mentions },
});

describe('groupActors', () => {
  it('groups in schema type order, most briefings first, then mentions, then name', () => {
    const groups = groupActors([actor('Rohan', 'country', 1), actor('Denethor', 'person', 1), actor('Gondor', 'country', 3), actor('Arnor', 'country', 1, 5), actor('Mordor', 'country', 1, 5)] as never[]);
    expect(groups.map((g) => [g.type, g.actors.map((a: { data: { name: string } }) => a.data.name)])).toEqual([
      ['person', ['Denethor']],
      ['country', ['Gondor', 'Arnor', 'Mordor', 'Rohan']],
    ]);
  });
});

describe('newestFirst', () => {
  it('puts the newest first and undated last, ties by slug', () => {
    const entries = [{ data: { slug: 'old', published: '2024-01-02' } }, { data: { slug: 'undated' } }, { data: { slug: 'new', published: '2025-03' } }, { data: { slug: 'also-old', published: '2024-01-02' } }];
    expect(newestFirst(entries as { data: { slug: never; published?: string } }[]).map((e) => e.data.slug)).toEqual(['new', 'also-old', 'old', 'undated']);
  });
});

describe('newestEventsFirst', () => {
  it('puts the newest date first and keeps the given order within a date', () => {
    const events = [{ date: '1917', n: 1 }, { date: '3019-03-01', n: 2 }, { date: '3019-03-01', n: 3 }, { date: '3019-03', n: 4 }];
    expect(newestEventsFirst(events).map((e) => e.n)).toEqual([2, 3, 4, 1]);
  });
});

// Related briefings on a small fictional corpus.
import { describe, expect, it } from 'vitest';
import { relatedBriefings } from './related.ts';

const b = (slug: string, ids: string[], published?: string) => ({ slug, published, actors: ids.map((id) => ({ id })) });

describe('relatedBriefings', () => {
  const corpus = [
    b('council-of-elrond', ['gondor', 'rohan', 'elrond'], '3018-10-25'),
    b('siege-of-gondor', ['gondor', 'rohan', 'mordor'], '3019-03-15'),
    b('rivendell-news', ['elrond'], '3018-12-01'),
    b('gondor-harvest', ['gondor'], '3019-01-01'),
    b('rohan-harvest', ['rohan'], '3019-01-01'),
    b('shire-fair', ['hobbiton']),
  ];
  const related = relatedBriefings(corpus);

  it('ranks a briefing sharing a rare actor above one sharing a common actor', () => {
    // Elrond is in two briefings, Gondor and Rohan in three each.
    expect(related('rivendell-news')).toEqual([{ slug: 'council-of-elrond', shared: ['elrond'] }]);
    expect(related('council-of-elrond').map((r) => r.slug)).toEqual(['siege-of-gondor', 'rivendell-news', 'gondor-harvest', 'rohan-harvest']);
  });

  it('breaks equal scores by date, newest first, then slug', () => {
    expect(related('gondor-harvest').map((r) => r.slug)).toEqual(['siege-of-gondor', 'council-of-elrond']);
    const twins = relatedBriefings([b('b', ['x']), b('a', ['x']), b('c', ['x'], '2020-01-01'), b('d', ['x'])]);
    expect(twins('d').map((r) => r.slug)).toEqual(['c', 'a', 'b']);
  });

  it('lists shared actors rarest first and nothing for a briefing sharing none', () => {
    expect(related('siege-of-gondor')[0]).toEqual({ slug: 'council-of-elrond', shared: ['gondor', 'rohan'] });
    expect(related('shire-fair')).toEqual([]);
    expect(related('no-such-briefing')).toEqual([]);
  });

  it('keeps at most max', () => {
    expect(relatedBriefings(corpus, 2)('council-of-elrond')).toHaveLength(2);
  });
});

import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../lexicon/load.ts';
import { clause, dates, prepareDates } from './dates.ts';
import { findDateExpressions } from './dates/expressions.ts';
import { resolveDate } from './dates/resolve.ts';

const tools = prepareDates(loadLexicon());
import { fictionDoc } from './quotes/fixture.ts';

// Wednesday 9 October 2024.
const published = { year: 2024, month: 10, day: 9 };

/** Each date expression in a text as `when = ISO date`. */
function resolved(text: string): string[] {
  return findDateExpressions(text, tools).map((e) => `${e.when} = ${resolveDate(e, published) ?? '?'}`);
}

describe('date expressions, published 2024-10-09 (a Wednesday)', () => {
  const cases: [string, string[]][] = [
    ['Talks resume on November 20.', ['on November 20 = 2023-11-20']],
    ['The October 7 attack shook Gondor.', ['October 7 = 2024-10-07']],
    ['They met on 2 October.', ['on 2 October = 2024-10-02']],
    ['He visited Rohan last March.', ['last March = 2024-03']],
    ['The siege began in November.', ['in November = 2023-11']],
    ['The treaty was signed in 2018.', ['in 2018 = 2018']],
    ['Elrond spoke on Tuesday.', ['on Tuesday = 2024-10-08']],
    ['Elrond spoke on Wednesday.', ['on Wednesday = 2024-10-09']],
    ['Elrond spoke last Wednesday.', ['last Wednesday = 2024-10-02']],
    ['The photo was taken on October 5, 2024.', ['on October 5, 2024 = 2024-10-05']],
    ['It was filed on Tuesday, October 1, 2024.', ['on Tuesday, October 1, 2024 = 2024-10-01']],
    ['Dated 5 October 2024 in Minas Tirith.', ['5 October 2024 = 2024-10-05']],
    ['Stamped 2024-10-05 at the gate.', ['2024-10-05 = 2024-10-05']],
    ['The war began in March 2022.', ['in March 2022 = 2022-03']],
    ['Trade fell last year.', ['last year = 2023']],
    ['The Oct. 3 raid failed.', ['Oct. 3 = 2024-10-03']],
    ['It may rain, and Gondor may fall.', []],
    ['About 2018 soldiers were sent.', []],
    ['They sent 2,000 troops.', []],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(resolved(text)).toEqual(expected);
  });
});

describe('resolveDate', () => {
  it('needs a publication date for dates with no year', () => {
    const [e] = findDateExpressions('on Tuesday', tools);
    expect(resolveDate(e!, undefined)).toBeUndefined();
  });
  it('lets an inferred date reach a little into the future', () => {
    const [e] = findDateExpressions('on November 20', tools);
    expect(resolveDate(e!, published, 60)).toBe('2024-11-20');
  });
  it('rejects impossible days', () => {
    const [e] = findDateExpressions('on February 30, 2024', tools);
    expect(e && resolveDate(e, published)).toBeUndefined();
  });
});

describe('dates', () => {
  it('takes the published date from front matter and sorts events by date, then sentence', () => {
    const doc = dates({ ...fictionDoc(['Aragorn left on Tuesday. The siege began on October 1. Gondor fell in 2018.'], { published: '2024-10-09' }), quotes: [] }, tools);
    expect(doc.published).toBe('2024-10-09');
    expect(doc.timeline.map((e) => [e.date, e.when, e.sentence])).toEqual([
      ['2018', 'in 2018', 2],
      ['2024-10-01', 'on October 1', 1],
      ['2024-10-08', 'on Tuesday', 0],
    ]);
  });

  it('never takes the published date from a caption or a date the story mentions', () => {
    const base = fictionDoc(['Aragorn left on Tuesday. The council met on September 2, 2024.']);
    const doc = dates({ ...base, removed: [{ kind: 'caption', text: 'Aragorn in Edoras, October 5, 2024. (credit: PALANTIR)' }], quotes: [] }, tools);
    expect(doc.published).toBeUndefined();
    expect(doc.publishedFrom).toBeUndefined();
    expect(doc.timeline.map((e) => e.date)).toEqual(['2024-09-02']);
  });

  const sources: [string, Partial<ReturnType<typeof fictionDoc>>, string | undefined, string | undefined][] = [
    ['front matter first', { meta: { published: '2024-10-09', url: 'https://x.example/2023/01/02/a' } }, '2024-10-09', 'front-matter'],
    ['a date in the URL', { meta: { url: 'https://x.example/news/2024/09/10/gondor-talks/index.html' } }, '2024-09-10', 'url'],
    ['a compact date in the URL', { meta: { url: 'https://x.example/2024-09-10-gondor-talks' } }, '2024-09-10', 'url'],
    ['no date in a URL of numbers', { meta: { url: 'https://x.example/news/world-68123456' } }, undefined, undefined],
    ['a "Published" line', { removed: [{ kind: 'timestamp', text: 'Published 10 February 2025, 14:02 GMT' }] }, '2025-02-10', 'published-line'],
    ['a dateline with its year', { removed: [{ kind: 'dateline', text: 'MINAS TIRITH, Feb 10, 2025 (Palantir) -' }] }, '2025-02-10', 'dateline'],
    ['a dateline with no year and nothing else', { removed: [{ kind: 'dateline', text: 'MINAS TIRITH, Feb 10 (Palantir) -' }] }, undefined, undefined],
    ['a dateline with no year and a year in the URL', { meta: { url: 'https://x.example/world/2025/02/gondor' }, removed: [{ kind: 'dateline', text: 'MINAS TIRITH, Feb 10 (Palantir) -' }] }, '2025-02-10', 'dateline'],
  ];
  it.each(sources)('published from %s', (_, over, date, from) => {
    const doc = dates({ ...fictionDoc(['Aragorn left on Tuesday.']), ...over, quotes: [] }, tools);
    expect([doc.published, doc.publishedFrom]).toEqual([date, from]);
    // Note: "on Tuesday" is placed only against a stated publication date.
    expect(doc.timeline.length).toBe(date ? 1 : 0);
  });

  it('leaves out dates it cannot place when nothing gives the year', () => {
    const doc = dates({ ...fictionDoc(['Aragorn left on Tuesday. Gondor fell in 2018.']), quotes: [] }, tools);
    expect(doc.published).toBeUndefined();
    expect(doc.timeline.map((e) => e.date)).toEqual(['2018']);
  });
});

describe('clause', () => {
  it('keeps short sentences whole', () => {
    expect(clause('Gondor fell in 2018.', 12)).toBe('Gondor fell in 2018.');
  });
  it('trims a long sentence to the clauses around the date', () => {
    const long = `${'The riders of Rohan crossed the plains at speed, '.repeat(4)}and on Tuesday they reached the gates, ${'while the city burned behind the walls and the people fled, '.repeat(3)}all of it in vain.`;
    const out = clause(long, long.indexOf('on Tuesday'));
    expect(out).toContain('on Tuesday they reached the gates');
    expect(out.split(/\s+/).length).toBeLessThanOrEqual(32);
  });
});

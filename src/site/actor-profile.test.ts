// The actor page's summary line, timeline, partners and briefing lines, on a fictional corpus.
import { describe, expect, it } from 'vitest';
import { ActorPageData } from '../model/index.ts';
import { actorTimeline, actorTimelineSizes, type BriefingFacts, oneLine, partnersByQuad, roleSpans, seen } from './actor-profile.ts';

const briefings: BriefingFacts[] = [
  { slug: 'coronation', title: 'Coronation', published: '3019-05-01', summary: 'A king is crowned. Much rejoicing.', timeline: [{ date: '3019-05-01', when: 'on May Day', text: 'crowned', sentence: 4 }, { date: '3019-10-07', when: 'October 7', text: 'misread year', sentence: 1 }]},
  { slug: 'pelennor', title: 'Pelennor', published: '3019-03-15', outlet: 'Minas Tirith Herald', summary: 'Battle.', timeline: [{ date: '3019-03-14', when: 'yesterday', text: 'fought', sentence: 2 }]},
  { slug: 'undated', title: 'Undated', summary: '', timeline: [] },
];
const facts = (slug: string) => briefings.find((b) => b.slug === slug);
const names = new Map([['gondor', 'Gondor'], ['mordor', 'Mordor'], ['rohan', 'Rohan']]);
const nameOf = (id: string) => names.get(id) ?? id;

const page = ActorPageData.parse({
  id: 'aragorn', name: 'Aragorn', type: 'person', aliases: [],
  roles: [{ briefing: 'coronation', role: 'King' }, { briefing: 'pelennor', role: 'Captain' }, { briefing: 'pelennor', role: 'King' }, { briefing: 'undated', role: 'Ranger' }],
  affiliations: [], briefings: ['coronation', 'pelennor', 'undated'], mentions: 9,
  relations: [
    { other: 'mordor', direction: 'out', cameo: '19', type: 'fight', quad: 'material-conflict', modality: 'reported', count: 1, evidence: [{ briefing: 'pelennor', sentence: 2, text: 'Aragorn fought Mordor.' }] },
    { other: 'mordor', direction: 'out', cameo: '19', type: 'fight', quad: 'material-conflict', modality: 'asserted', count: 1, evidence: [{ briefing: 'undated', sentence: 0, text: 'Aragorn fought again.' }] },
    { other: 'gondor', direction: 'both', cameo: '04', type: 'consult', quad: 'verbal-cooperation', modality: 'denied', count: 1, evidence: [{ briefing: 'pelennor', sentence: 2, text: 'Aragorn fought Mordor.' }] },
    { other: 'rohan', direction: 'in', cameo: '07', type: 'provide aid', quad: 'material-cooperation', modality: 'asserted', count: 3, evidence: [{ briefing: 'coronation', sentence: 1, text: 'Rohan aided him.' }] },
    { other: 'gondor', direction: 'in', cameo: '19', type: 'fight', quad: 'material-conflict', modality: 'hypothetical', count: 1, evidence: [{ briefing: 'coronation', sentence: 3, text: 'x' }] },
  ],
  quotes: [{ briefing: 'coronation', sentence: 4, text: 'This day does not belong to one man.' }],
});

describe('roleSpans', () => {
  it('lists each role once with its date range, most recent first; undated roles last', () => {
    expect(roleSpans(page.roles, facts)).toEqual([
      { role: 'King', from: '3019-03-15', to: '3019-05-01', briefings: 2 },
      { role: 'Captain', from: '3019-03-15', to: '3019-03-15', briefings: 1 },
      { role: 'Ranger', briefings: 1 },
    ]);
  });
});

describe('seen', () => {
  it('gives the first and last dated briefing', () => {
    expect(seen(page.briefings, facts)).toEqual({ first: '3019-03-15', last: '3019-05-01' });
    expect(seen(['undated'], facts)).toEqual({});
  });
});

describe('actorTimeline', () => {
  const entries = actorTimeline(page, facts, nameOf);

  it('is newest first, dated by the sentence when the article dates it (never after publication), undated last', () => {
    expect(entries.map((e) => [e.date, e.kind, e.briefing, e.sentence])).toEqual([
      ['3019-05-01', 'relation', 'coronation', 1],
      ['3019-05-01', 'relation', 'coronation', 3],
      ['3019-05-01', 'quote', 'coronation', 4],
      ['3019-03-14', 'relation', 'pelennor', 2],
      [undefined, 'relation', 'undated', 0],
    ]);
  });

  it('reads each tie source first, and keeps one entry per sentence', () => {
    expect(entries.find((e) => e.briefing === 'pelennor')?.ties.map((t) => t.text)).toEqual(['Aragorn → fight → Mordor', 'Aragorn ↔ consult ↔ Gondor']);
    expect(entries[0]?.ties.map((t) => t.text)).toEqual(['Rohan → provide aid → Aragorn']);
  });

  it('gives each tie the modality of its page relation', () => {
    expect(entries.find((e) => e.briefing === 'pelennor')?.ties.map((t) => t.modality)).toEqual(['reported', 'denied']);
    expect(entries.find((e) => e.briefing === 'coronation' && e.sentence === 3)?.ties.map((t) => t.modality)).toEqual(['hypothetical']);
    expect(entries[0]?.ties.map((t) => t.modality)).toEqual(['asserted']);
  });
});

describe('partnersByQuad', () => {
  it('gives the strongest partners of each quad class present, in quad order, counting asserted and reported relations only', () => {
    // The consult with Gondor is denied, Gondor's fight hypothetical; the reported fight with Mordor adds to the asserted one.
    expect(partnersByQuad(page)).toEqual([
      { quad: 'material-cooperation', partners: [{ id: 'rohan', count: 3 }] },
      { quad: 'material-conflict', partners: [{ id: 'mordor', count: 2 }] },
    ]);
  });
});

describe('oneLine', () => {
  it.each([
    ['Mr. Baggins left. Later.', 'Mr. Baggins left. Later.'],
    [`${'word '.repeat(40)}end.`, `${'word '.repeat(31).trim()}…`],
  ])('%j → %j', (input, expected) => expect(oneLine(input)).toBe(expected));
});

describe('actorTimelineSizes', () => {
  it('shows 30 entries and pages by 100, or both a positive integer given at build', () => {
    expect(actorTimelineSizes(undefined)).toEqual({ shown: 30, pageSize: 100 });
    expect(actorTimelineSizes('4')).toEqual({ shown: 4, pageSize: 4 });
    for (const bad of ['', '0', '-3', '2.5', 'ten']) expect(actorTimelineSizes(bad)).toEqual({ shown: 30, pageSize: 100 });
  });
});

import { describe, expect, it } from 'vitest';
import type { Relation } from '../model/index.ts';
import { fictionDoc } from './quotes/fixture.ts';
import { fictionalLexicon } from '../../test/fictional-lexicon.ts';
import { headlineFrom, prepareSummary, summary as summarize } from './summary.ts';
import type { WithDates } from './types.ts';

const story = [
  'Gondor and Rohan agreed on Tuesday to defend the western passes together, according to Palantir News.',
  'The agreement was signed by Aragorn and Eomer in Edoras after two days of talks.',
  '“We will stand together against the shadow,” Aragorn said.',
  'Mordor has massed troops on the border with Gondor for weeks.',
  'Elrond urged Mordor and Gondor to return to the table before the winter.',
  'The White Council will meet again in the spring.',
  'Arnor said it would send riders to Rohan.',
];

const tools = prepareSummary(fictionalLexicon());
const summary = (doc: WithDates) => summarize(doc, tools);

function withDates(paragraphs: string[], meta = {}, extra: Partial<WithDates> = {}): WithDates {
  return { ...fictionDoc(paragraphs, meta), quotes: [], timeline: [], ...extra };
}

describe('summary', () => {
  it('takes the title from front matter first', () => {
    const doc = summary(withDates(story, { title: 'Gondor and Rohan close ranks' }, { headline: { text: 'Ignored', source: 'first-line' } }));
    expect([doc.title, doc.titleSource]).toEqual(['Gondor and Rohan close ranks', 'front-matter']);
  });

  it('then the headline the clean stage found', () => {
    const doc = summary(withDates(story, {}, { headline: { text: 'Rohan rides', source: 'recovered' } }));
    expect([doc.title, doc.titleSource]).toEqual(['Rohan rides', 'recovered']);
  });

  it('else writes one from the lead', () => {
    const doc = summary(withDates(story));
    expect([doc.title, doc.titleSource]).toEqual(['Gondor and Rohan agreed on Tuesday to defend the western passes together', 'lead']);
  });

  it('summarises with the first two prose sentences', () => {
    expect(summary(withDates(story)).summary).toBe(`${story[0]} ${story[1]}`);
  });

  it('picks 3-5 key points in reading order, no quote-only sentence, none from the summary', () => {
    const relation = { source: 'elrond', target: 'mordor', type: 'appeal', verb: 'urged', cameo: '02', quad: 'verbal-cooperation', symmetric: false, evidence: { sentence: 4, text: story[4]! } } as Relation;
    const points = summary(withDates(story, {}, { relations: [relation] })).keyPoints;
    expect(points.length).toBeGreaterThanOrEqual(3);
    expect(points.length).toBeLessThanOrEqual(5);
    const picked = points.map((p) => p.sentence);
    expect(picked).toContain(4);
    expect(picked).not.toContain(0);
    expect(picked).not.toContain(2);
    expect(picked).toEqual([...picked].sort((a, b) => a - b));
  });
});

describe('headlineFrom', () => {
  const cases: [string, string][] = [
    ['Gondor closed its gates, according to Palantir News.', 'Gondor closed its gates'],
    ['MINAS TIRITH — Gondor closed its gates on Tuesday.', 'Gondor closed its gates on Tuesday'],
    ['The riders of Rohan crossed the great river at dawn and reached the walls of the white city before noon.', 'The riders of Rohan crossed the great river at dawn and reached'],
    ['Aragorn met Eomer, who had ridden from Edoras through the night.', 'Aragorn met Eomer'],
  ];
  it.each(cases)('%s', (sentence, expected) => {
    expect(headlineFrom(sentence, tools)).toBe(expected);
  });
});

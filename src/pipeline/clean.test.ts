import { describe, expect, it } from 'vitest';
import { fictionalLexicon } from '../../test/fictional-lexicon.ts';
import { clean, prepareClean } from './clean.ts';

const tools = prepareClean(fictionalLexicon());
const run = (text: string) => clean({ seed: 't.txt', text, meta: {}, language: 'en', warnings: [] }, tools);

describe('clean', () => {
  it('takes a short first line without a period as the headline', () => {
    const c = run('Gondor and Rohan renew their alliance\n\nGondor met Rohan on Tuesday. They agreed.');
    expect(c.headline).toEqual({ text: 'Gondor and Rohan renew their alliance', source: 'first-line' });
    expect(c.paragraphs).toEqual(['Gondor met Rohan on Tuesday. They agreed.']);
  });

  it('keeps a first paragraph that is a sentence', () => {
    const c = run('Gondor met Rohan on Tuesday.\n\nThey agreed.');
    expect(c.headline).toBeUndefined();
    expect(c.paragraphs).toHaveLength(2);
  });

  it('drops subheadings between paragraphs', () => {
    const c = run('Gondor met Rohan. They agreed.\n\nGrowing closer\n\nArnor watched.');
    expect(c.paragraphs).toEqual(['Gondor met Rohan. They agreed.', 'Arnor watched.']);
    expect(c.removed).toContainEqual({ kind: 'subheading', text: 'Growing closer' });
  });

  it('removes a newsletter prompt inside a paragraph and keeps its outlet', () => {
    const c = run('Gondor met Rohan. Stay updated with the latest news! Subscribe to The Palantir News Newsletter Subscribe Now\n\nArnor watched.');
    expect(c.paragraphs[0]).toBe('Gondor met Rohan.');
    expect(c.outletHint).toBe('Palantir News');
  });

  it('removes a photo credit with the caption before it', () => {
    const c = run('Gondor met Rohan. Lord Faramir speaks in Osgiliath, Gondor, March 3, 3019. (credit: PALANTIR/ANON SCRIBE) Arnor watched.');
    expect(c.paragraphs[0]).toBe('Gondor met Rohan. Arnor watched.');
    expect(c.removed.map((r) => r.kind)).toEqual(['credit', 'caption']);
  });

  it('removes reporting credits, update notes and datelines', () => {
    const c = run('Minas Tirith, Gondor Palantir News — Gondor met Rohan. This story has been updated with additional information. Palantir News’s Ioreth and Bergil contributed reporting.');
    expect(c.paragraphs).toEqual(['Gondor met Rohan.']);
    expect(c.outletHint).toBe('Palantir News');
  });

  it('recovers a headline spliced inside a word', () => {
    const text = 'Rohan and Gondor met. Rohan sent riders. Rohan rode. Talks between RRohan rides to aid Gondor againohan and Arnor went on.';
    const c = run(text);
    expect(c.headline).toEqual({ text: 'Rohan rides to aid Gondor again', source: 'recovered' });
    expect(c.paragraphs[0]).toContain('Talks between Rohan and Arnor went on.');
  });
});

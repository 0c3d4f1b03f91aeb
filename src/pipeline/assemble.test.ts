import { describe, expect, it } from 'vitest';
import type { ActorId } from '../model/index.ts';
import { assemble } from './assemble.ts';
import { fictionDoc } from './quotes/fixture.ts';
import type { Summarized } from './types.ts';

function summarized(extra: Partial<Summarized> = {}): Summarized {
  return {
    ...fictionDoc(['Gondor and Rohan signed a pact.']),
    quotes: [], timeline: [], published: '2024-10-09',
    title: 'Gondor and Rohan sign a pact!', titleSource: 'lead', summary: 'Gondor and Rohan signed a pact.', keyPoints: [],
    ...extra,
  };
}

describe('assemble', () => {
  it('builds valid front matter with a base slug', () => {
    const { data, sentences } = assemble(summarized({ outletHint: 'Palantir News', unresolved: ['Gandalf'], warnings: ['odd input'] }));
    expect(data.slug).toBe('gondor-and-rohan-sign-a-pact');
    expect(data.outlet).toBe('Palantir News');
    expect(data.published).toBe('2024-10-09');
    expect(data.warnings).toEqual(['odd input', 'unresolved name: Gandalf']);
    expect(sentences).toHaveLength(1);
  });

  it('prefers the front matter outlet and drops a broken url with a warning', () => {
    const doc = summarized({ outletHint: 'Hint', meta: { outlet: 'The Gondor Gazette', url: 'not a url' } });
    const { data } = assemble(doc);
    expect(data.outlet).toBe('The Gondor Gazette');
    expect(data.url).toBeUndefined();
    expect(data.warnings).toContain('front matter url is no valid URL: not a url');
  });

  it('throws naming the seed and the field when the data breaks the schema', () => {
    const doc = summarized();
    const broken = { ...doc, actors: [{ ...doc.actors[0]!, id: 'Not An Id' as ActorId }] };
    expect(() => assemble(broken)).toThrow(/fiction\.txt: .*`actors\.0\.id`/);
  });
});

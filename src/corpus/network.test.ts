import { describe, expect, it } from 'vitest';
import { mergeActors } from './merge-actors.ts';
import { network } from './network.ts';
import { actor, briefing, relation, mergeTools } from './test-helpers.ts';

const corpus = [
  briefing('a', [actor('gondor', 'Gondor', 'country'), actor('arnor', 'Arnor', 'country'), actor('aragorn-elessar', 'Aragorn Elessar')], {
    relations: [relation('gondor', 'arnor', '04'), relation('arnor', 'gondor', '05'), relation('arnor', 'gondor', '13'), relation('aragorn-elessar', 'gondor', '19')],
  }),
  briefing('b', [actor('gondor', 'Gondor', 'country'), actor('elessar', 'Elessar')], {
    relations: [relation('elessar', 'gondor', '18'), relation('gondor', 'gondor', '04')],
  }),
];

describe('network', () => {
  const merge = mergeActors(corpus, { merges: new Map(), names: new Map() }, mergeTools());

  it('counts relations by unordered pair and quad, merged ids, strongest first', () => {
    expect(network(corpus, merge)).toEqual([
      { a: 'aragorn-elessar', b: 'gondor', quad: 'material-conflict', count: 2, types: ['assault', 'fight'], briefings: ['a', 'b'] },
      { a: 'arnor', b: 'gondor', quad: 'verbal-cooperation', count: 2, types: ['consult', 'engage in diplomatic cooperation'], briefings: ['a'] },
      { a: 'arnor', b: 'gondor', quad: 'verbal-conflict', count: 1, types: ['threaten'], briefings: ['a'] },
    ]);
  });

  it('keeps the top N', () => {
    expect(network(corpus, merge, 1)).toHaveLength(1);
  });

  it('does not depend on input order', () => {
    expect(network([...corpus].reverse(), merge)).toEqual(network(corpus, merge));
  });
});

import { describe, expect, it } from 'vitest';
import { mergeActors } from './merge-actors.ts';
import { network } from './network.ts';
import { actor, briefing, relation, mergeTools } from './test-helpers.ts';

const cast = [actor('rohan', 'Rohan', 'country'), actor('gondor', 'Gondor', 'country'), actor('arnor', 'Arnor', 'country'), actor('aragorn-elessar', 'Aragorn Elessar')];
const dated = (b: ReturnType<typeof briefing>, published: string) => ({ ...b, published });
const newer = dated(briefing('newer', cast, { relations: [relation('rohan', 'gondor', '07', 0), relation('gondor', 'arnor', '04', 1, true), relation('rohan', 'rohan', '01', 2)] }), '2026-02-01');
const older = dated(briefing('older', [...cast, actor('elessar', 'Elessar')], { relations: [relation('rohan', 'gondor', '07', 0), relation('arnor', 'gondor', '04', 1, true), relation('gondor', 'rohan', '07', 2), relation('elessar', 'gondor', '19', 3)] }), '2026-01-01');
const corpus = [older, newer];

describe('network', () => {
  const merge = mergeActors(corpus, { merges: new Map(), names: new Map() }, mergeTools());
  const ties = network(corpus, merge);

  it('keeps who acted on whom, with the CAMEO event name: Rohan aiding Gondor is not Gondor aiding Rohan', () => {
    expect(ties.map((t) => [t.source, t.event, t.target, t.count])).toEqual([
      ['rohan', 'provide aid', 'gondor', 2],
      ['arnor', 'consult', 'gondor', 2],
      ['gondor', 'provide aid', 'rohan', 1],
      ['aragorn-elessar', 'fight', 'gondor', 1],
    ]);
  });

  it('joins a symmetric tie whichever way the sentence put it, listing its briefings newest first, once each', () => {
    expect(ties[1]).toEqual({ source: 'arnor', target: 'gondor', cameo: '04', event: 'consult', quad: 'verbal-cooperation', symmetric: true, count: 2, reported: 0, briefings: ['newer', 'older'] });
  });

  it('counts under merged ids and drops self-relations', () => {
    expect(ties.some((t) => t.source === 'elessar' || t.source === t.target)).toBe(false);
  });

  it('ranks equal ties by which was stated first, newest briefing first, not by name', () => {
    const [a, b] = network([briefing('x', cast, { relations: [relation('rohan', 'gondor', '11', 0), relation('arnor', 'gondor', '11', 1)] })], merge);
    expect([a?.source, b?.source]).toEqual(['rohan', 'arnor']);
  });

  it('counts asserted and reported relations only, saying how many are reported', () => {
    const stated = briefing('stated', cast, { relations: [
      relation('rohan', 'gondor', '19', 0), relation('rohan', 'gondor', '19', 1, false, 'reported'),
      relation('gondor', 'rohan', '19', 2, false, 'denied'), relation('arnor', 'gondor', '04', 3, true, 'hypothetical'),
    ] });
    expect(network([stated], merge).map((t) => [t.source, t.event, t.target, t.count, t.reported])).toEqual([['rohan', 'fight', 'gondor', 2, 1]]);
  });

  it('does not depend on input order', () => {
    expect(network([...corpus].reverse(), merge)).toEqual(ties);
  });
});

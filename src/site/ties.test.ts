import { describe, expect, it } from 'vitest';
import { actor, briefing, relation } from '../corpus/test-helpers.ts';
import { directedTies } from './ties.ts';

const cast = [actor('rohan', 'Rohan', 'country'), actor('gondor', 'Gondor', 'country'), actor('arnor', 'Arnor', 'country')];
const newer = briefing('newer', cast, { relations: [relation('rohan', 'gondor', '07', 0), relation('gondor', 'arnor', '04', 1, true), relation('rohan', 'rohan', '01', 2)] });
const older = briefing('older', cast, { relations: [relation('rohan', 'gondor', '07', 0), relation('arnor', 'gondor', '04', 1, true), relation('gondor', 'rohan', '07', 2)] });

describe('directedTies', () => {
  const ties = directedTies([newer, older]);

  it('keeps who acted on whom: Rohan aiding Gondor is not Gondor aiding Rohan', () => {
    expect(ties.map((t) => [t.source, t.event, t.target, t.count])).toEqual([
      ['rohan', 'provide aid', 'gondor', 2],
      ['arnor', 'consult', 'gondor', 2],
      ['gondor', 'provide aid', 'rohan', 1],
    ]);
  });

  it('joins a symmetric tie whichever way the sentence put it, and lists its briefings once each', () => {
    expect(ties[1]).toMatchObject({ symmetric: true, briefings: ['newer', 'older'], quad: 'verbal-cooperation' });
  });

  it('ranks equal ties by the order of their briefings, not by name', () => {
    const [a, b] = directedTies([briefing('x', cast, { relations: [relation('rohan', 'gondor', '11', 0), relation('arnor', 'gondor', '11', 1)] })]);
    expect([a?.source, b?.source]).toEqual(['rohan', 'arnor']);
  });
});

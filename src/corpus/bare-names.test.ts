import { describe, expect, it } from 'vitest';
import { bareNames, dropActors } from './bare-names.ts';
import { actor, briefing, quote, relation } from './test-helpers.ts';

const curated = { aliases: new Map([['Lord Hurin', 'hurin-the-tall']]), types: new Map(), notActors: new Set(), merges: new Map(), names: new Map() };
const lex = { entries: new Map([['elrond', {}]]), curated } as unknown as Parameters<typeof bareNames>[1];

describe('bareNames', () => {
  it('lists persons the whole corpus names by one word, not those with a full name somewhere, in the lexicon or curated', () => {
    const a = briefing('a', [actor('hurin', 'Hurin'), actor('aragorn', 'Aragorn'), actor('elrond', 'Elrond'), actor('hurin-the-tall', 'Hurin'), actor('gondor', 'Gondor', 'country')]);
    const b = briefing('b', [actor('aragorn', 'Aragorn Elessar'), actor('hurin', 'Hurin')]);
    expect([...bareNames([a, b], lex)].sort()).toEqual(['hurin']);
  });
});

describe('dropActors', () => {
  it('drops the actor and its relations, keeps its quotes unlinked and reports the name', () => {
    const b = briefing('a', [actor('hurin', 'Hurin'), actor('gondor', 'Gondor', 'country'), actor('faramir', 'Faramir Hurin', 'person', { affiliation: 'hurin' as never })], {
      relations: [relation('hurin', 'gondor', '01'), relation('faramir', 'gondor', '04')],
      quotes: [quote('hurin', 'Gondor will stand against the dark.'), quote('gondor', 'We thank our allies for their help.')],
    });
    const out = dropActors(b, new Set(['hurin']));
    expect(out.actors.map((a) => a.id)).toEqual(['gondor', 'faramir']);
    expect(out.actors[1]!.affiliation).toBeUndefined();
    expect(out.relations.map((r) => r.source)).toEqual(['faramir']);
    expect(out.quotes.map((q) => [q.speaker, q.speakerIsActor])).toEqual([['Hurin', false], ['gondor', true]]);
    expect(out.warnings).toEqual(['unresolved name: Hurin']);
  });

  it('returns a briefing with none of the actors as it is', () => {
    const b = briefing('a', [actor('gondor', 'Gondor', 'country')]);
    expect(dropActors(b, new Set(['hurin']))).toBe(b);
  });
});

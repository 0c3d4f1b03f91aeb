import { describe, expect, it } from 'vitest';
import type { ActorPageData, BriefingData } from '../model/index.ts';
import { buildActorPages } from './actor-pages.ts';
import { mergeActors } from './merge-actors.ts';
import { actor, briefing, quote, relation, mergeTools } from './test-helpers.ts';

const none = { merges: new Map<string, string>(), names: new Map<string, string>() };

const corpus: BriefingData[] = [
  briefing('council-of-elrond', [
    actor('aragorn-elessar', 'Aragorn Elessar', 'person', { role: 'heir', affiliation: 'arnor' as never, aliases: ['Strider'], mentions: 4 }),
    actor('arnor', 'Arnor', 'country', { mentions: 2 }),
    actor('gondor', 'Gondor', 'country'),
  ], {
    published: '3018-10-25',
    relations: [relation('aragorn-elessar', 'gondor', '04', 1, true), relation('arnor', 'aragorn-elessar', '07', 2)],
    quotes: [quote('aragorn-elessar', 'I will go.', 3)],
  }),
  briefing('pelennor', [
    actor('elessar', 'Elessar', 'person', { role: 'king', affiliation: 'gondor' as never, mentions: 2 }),
    actor('gondor', 'Gondor', 'organization', { mentions: 5 }),
    actor('gondor-army', 'Army of Gondor', 'group'),
  ], {
    published: '3019-03-15',
    relations: [relation('elessar', 'gondor', '04', 0, true), relation('elessar', 'gondor', '04', 4, true), relation('elessar', 'gondor-army', '19', 2)],
    quotes: [quote('elessar', 'Stand, men of the West!', 1)],
  }),
  briefing('undated', [actor('gondor', 'Gondor', 'country')]),
];

function pages(briefings = corpus): Map<string, ActorPageData> {
  return new Map(buildActorPages(briefings, mergeActors(briefings, none, mergeTools())).map((p) => [p.id, p]));
}

describe('buildActorPages', () => {
  const all = pages();
  const aragorn = all.get('aragorn-elessar')!;

  it('makes one page per merged actor, sorted by id', () => {
    expect([...all.keys()]).toEqual(['aragorn-elessar', 'arnor', 'gondor', 'gondor-army']);
  });

  it('takes the commonest full name and collects every other name as an alias', () => {
    expect(aragorn.name).toBe('Aragorn Elessar');
    expect(aragorn.aliases).toEqual(['Elessar', 'Strider']);
  });

  it('takes the majority type', () => {
    expect(all.get('gondor')?.type).toBe('country');
  });

  it('keeps roles and affiliations with their briefing, newest first', () => {
    expect(aragorn.roles).toEqual([{ briefing: 'pelennor', role: 'king' }, { briefing: 'council-of-elrond', role: 'heir' }]);
    expect(aragorn.affiliations).toEqual([{ briefing: 'pelennor', actor: 'gondor' }, { briefing: 'council-of-elrond', actor: 'arnor' }]);
  });

  it('lists briefings newest first and sums mentions', () => {
    expect(all.get('gondor')?.briefings).toEqual(['pelennor', 'council-of-elrond', 'undated']);
    expect(aragorn.mentions).toBe(6);
  });

  it('aggregates relations per other actor, direction and code, strongest first', () => {
    expect(aragorn.relations.map((r) => [r.other, r.direction, r.cameo, r.count, r.evidence.map((e) => `${e.briefing}#${e.sentence}`)])).toEqual([
      ['gondor', 'both', '04', 3, ['pelennor#0', 'pelennor#4', 'council-of-elrond#1']],
      ['arnor', 'in', '07', 1, ['council-of-elrond#2']],
      ['gondor-army', 'out', '19', 1, ['pelennor#2']],
    ]);
    expect(all.get('arnor')?.relations[0]).toMatchObject({ other: 'aragorn-elessar', direction: 'out', type: 'provide aid', quad: 'material-cooperation' });
  });

  it('keeps each modality a row of its own, ties (asserted, reported) first, so a denied fight never adds to fights that happened', () => {
    const stated = [briefing('war', [actor('gondor', 'Gondor', 'country'), actor('mordor', 'Mordor', 'country')], { relations: [
      relation('gondor', 'mordor', '19', 0, false, 'denied'), relation('gondor', 'mordor', '19', 1), relation('gondor', 'mordor', '19', 2, false, 'denied'),
      relation('gondor', 'mordor', '19', 3, false, 'reported'), relation('gondor', 'mordor', '04', 4, true, 'hypothetical'),
    ] })];
    expect(buildActorPages(stated)[0]!.relations.map((r) => [r.other, r.direction, r.cameo, r.modality, r.count])).toEqual([
      ['mordor', 'out', '19', 'asserted', 1],
      ['mordor', 'out', '19', 'reported', 1],
      ['mordor', 'out', '19', 'denied', 2],
      ['mordor', 'both', '04', 'hypothetical', 1],
    ]);
  });

  it('gathers quotes under the merged speaker', () => {
    expect(aragorn.quotes).toEqual([
      { briefing: 'pelennor', sentence: 1, text: 'Stand, men of the West!' },
      { briefing: 'council-of-elrond', sentence: 3, text: 'I will go.' },
    ]);
  });

  it('uses the curated display name', () => {
    const merge = mergeActors(corpus, none, mergeTools());
    const named = buildActorPages(corpus, merge, new Map([['aragorn-elessar', 'King Elessar Telcontar']]));
    expect(named.find((p) => p.id === 'aragorn-elessar')?.name).toBe('King Elessar Telcontar');
  });

  it('takes briefings whose ids are already canonical without a merge', () => {
    const canonical = [briefing('a', [actor('gondor', 'Gondor', 'country'), actor('arnor', 'Arnor', 'country')], { relations: [relation('gondor', 'arnor', '04')] })];
    expect(buildActorPages(canonical).map((p) => [p.id, p.relations.length])).toEqual([['arnor', 1], ['gondor', 1]]);
  });

  it('is the same whatever the input order', () => {
    const shuffled = [...corpus].reverse().map((b) => ({ ...b, actors: [...b.actors].reverse(), relations: [...b.relations].reverse() }));
    expect(JSON.stringify([...pages(shuffled)])).toBe(JSON.stringify([...all]));
  });
});

import { describe, expect, it } from 'vitest';
import type { BriefingData } from '../model/index.ts';
import { givenNameTable } from '../names/given-names.ts';
import { canonicalActor, mergeActors } from './merge-actors.ts';
import { actor, briefing, mergeTools } from './test-helpers.ts';

const none = { merges: new Map<string, string>(), names: new Map<string, string>() };
const short = givenNameTable([['Peregrin', ['Pippin']], ['Meriadoc', ['Merry']]]);

/** Merges a corpus and returns the groups of ids that became one actor (singletons left out). */
function groups(briefings: BriefingData[], curated: Parameters<typeof mergeActors>[1] = none): string[][] {
  const { byId } = mergeActors(briefings, curated, mergeTools(short));
  const out = new Map<string, string[]>();
  for (const [id, rep] of [...byId].sort()) out.set(rep, [...(out.get(rep) ?? []), id]);
  return [...out].filter(([, ids]) => ids.length > 1).map(([rep, ids]) => [rep, ...ids.filter((i) => i !== rep)]);
}

const cases: [string, BriefingData[], string[][]][] = [
  ['same id across briefings stays one actor', [briefing('a', [actor('gondor', 'Gondor', 'country')]), briefing('b', [actor('gondor', 'Gondor', 'country')])], []],
  ['same given name and surname', [briefing('a', [actor('aragorn-arathorn', 'Aragorn Arathorn')]), briefing('b', [actor('aragorn-arathorn-ii', 'Aragorn Arathorn II')])], [['aragorn-arathorn', 'aragorn-arathorn-ii']]],
  ['surname one letter off', [briefing('a', [actor('faramir-hurinion', 'Faramir Hurinion')]), briefing('b', [actor('faramir-hurinyon', 'Faramir Hurinyon')])], [['faramir-hurinion', 'faramir-hurinyon']]],
  ['surname transliterated', [briefing('a', [actor('theoden-rohirghan', 'Théoden Rohirghan')]), briefing('b', [actor('theoden-rohirqan', 'Theoden Rohirqan')])], [['theoden-rohirghan', 'theoden-rohirqan']]],
  ['given name one letter off', [briefing('a', [actor('denethor-steward', 'Denethor Steward')]), briefing('b', [actor('denethar-steward', 'Denethar Steward')])], [['denethar-steward', 'denethor-steward']]],
  ['short form of the given name', [briefing('a', [actor('pippin-took', 'Pippin Took')]), briefing('b', [actor('peregrin-took', 'Peregrin Took')])], [['peregrin-took', 'pippin-took']]],
  ['short form and surname variant together: two people', [briefing('a', [actor('pippin-tookson', 'Pippin Tookson')]), briefing('b', [actor('peregrin-tooksen', 'Peregrin Tooksen')])], []],
  ['short form of another given name: two people', [briefing('a', [actor('merry-took', 'Merry Took')]), briefing('b', [actor('peregrin-took', 'Peregrin Took')])], []],
  ['Ben first is a given name, not a surname-only name', [briefing('a', [actor('rosie-gamgee', 'Rosie Gamgee')]), briefing('b', [actor('ben-gamgee', 'Ben Gamgee')])], []],
  ['same surname, other given name: two people', [briefing('a', [actor('bilbo-baggins', 'Bilbo Baggins')]), briefing('b', [actor('frodo-baggins', 'Frodo Baggins')])], []],
  ['short surnames are not guessed', [briefing('a', [actor('tom-blake', 'Tom Blake')]), briefing('b', [actor('tom-black', 'Tom Black')])], []],
  ['a name under an honorific is no man or woman of that surname', [briefing('a', [actor('faramir-hurin', 'Faramir Hurin')]), briefing('b', [actor('mrs-hurin', 'Mrs Hurin')])], []],
  ['a name under an honorific is no full name for a surname alone', [briefing('a', [actor('faramir-hurin', 'Faramir Hurin'), actor('mrs-hurin', 'Mrs Hurin')]), briefing('b', [actor('hurin', 'Hurin')])], [['faramir-hurin', 'hurin']]],
  ['a name under a title still takes a surname alone when no one else bears it', [briefing('a', [actor('lord-hurin', 'Lord Hurin')]), briefing('b', [actor('hurin', 'Hurin')])], [['lord-hurin', 'hurin']]],
  ['surname-only joins the one full name', [briefing('a', [actor('aragorn-elessar', 'Aragorn Elessar')]), briefing('b', [actor('elessar', 'Elessar')])], [['aragorn-elessar', 'elessar']]],
  ['surname-only joins a transliterated full name', [briefing('a', [actor('theoden-rohirghan', 'Théoden Rohirghan')]), briefing('b', [actor('rohirqan', 'Rohirqan')])], [['theoden-rohirghan', 'rohirqan']]],
  [
    'surname-only stays alone when two people share the surname',
    [briefing('a', [actor('bilbo-baggins', 'Bilbo Baggins'), actor('frodo-baggins', 'Frodo Baggins')]), briefing('b', [actor('baggins', 'Baggins')])],
    [],
  ],
  [
    'two spellings of one full name count as one person for a surname-only actor',
    [briefing('a', [actor('faramir-hurinion', 'Faramir Hurinion')]), briefing('b', [actor('faramir-hurinyon', 'Faramir Hurinyon'), actor('hurinion', 'Hurinion')])],
    [['faramir-hurinion', 'faramir-hurinyon', 'hurinion']],
  ],
  [
    'surname-only joins a namesake five times better known',
    [
      ...['a', 'b', 'c', 'd', 'e'].map((slug) => briefing(slug, [actor('bilbo-baggins', 'Bilbo Baggins')])),
      briefing('f', [actor('frodo-baggins', 'Frodo Baggins')]),
      briefing('g', [actor('baggins', 'Baggins')]),
    ],
    [['bilbo-baggins', 'baggins']],
  ],
  ['a one-word name after a royal title is a given name, no surname', [briefing('a', [actor('faramir-elessar', 'Faramir Elessar')]), briefing('b', [actor('elessar', 'Elessar', 'person', { role: 'King' })])], []],
  ['non-persons never merge on names', [briefing('a', [actor('arnor', 'Arnor', 'country')]), briefing('b', [actor('arnor-kingdom', 'Arnor', 'organization')])], []],
  ['surname-only country is no person', [briefing('a', [actor('aragorn-elessar', 'Aragorn Elessar')]), briefing('b', [actor('elessar', 'Elessar', 'group')])], []],
];

describe('mergeActors', () => {
  it.each(cases)('%s', (_, briefings, expected) => expect(groups(briefings)).toEqual(expected));

  it('lets curated merges win, following chains', () => {
    const corpus = [briefing('a', [actor('strider', 'Strider'), actor('elessar', 'Elessar')]), briefing('b', [actor('aragorn', 'Aragorn son of Arathorn')])];
    const curated = { merges: new Map([['strider', 'elessar'], ['elessar', 'aragorn']]), names: new Map<string, string>() };
    expect(groups(corpus, curated)).toEqual([['aragorn', 'elessar', 'strider']]);
  });

  it('keeps a curated id out of the name heuristics', () => {
    const corpus = [briefing('a', [actor('bilbo-baggins', 'Bilbo Baggins'), actor('baggins', 'Baggins')])];
    const curated = { merges: new Map([['baggins', 'frodo-baggins']]), names: new Map<string, string>() };
    expect(groups(corpus, curated)).toEqual([['frodo-baggins', 'baggins']]);
  });

  it('reads curated display names as the person name to match', () => {
    const corpus = [briefing('a', [actor('the-king', 'The King'), actor('aragorn-elessar', 'Aragorn Elessar')])];
    const curated = { merges: new Map<string, string>(), names: new Map([['the-king', 'Aragorn Elessar']]) };
    expect(groups(corpus, curated)).toEqual([['aragorn-elessar', 'the-king']]);
  });

  it('gives the same answer whatever the input order', () => {
    const corpus = [
      briefing('a', [actor('aragorn-elessar', 'Aragorn Elessar', 'person', { mentions: 2 }), actor('gondor', 'Gondor', 'country')]),
      briefing('b', [actor('elessar', 'Elessar'), actor('aragorn-elesar', 'Aragorn Elesar', 'person', { mentions: 5 })]),
      briefing('c', [actor('aragorn-elesar', 'Aragorn Elesar'), actor('arnor', 'Arnor', 'country')]),
    ];
    const shuffled = [...corpus].reverse().map((b) => ({ ...b, actors: [...b.actors].reverse() }));
    const [x, y] = [mergeActors(corpus, none, mergeTools()), mergeActors(shuffled, none, mergeTools())];
    expect([...y.byId].sort()).toEqual([...x.byId].sort());
    expect(x.byId.get('elessar')).toBe('aragorn-elesar'); // in more briefings
  });

  it('answers per briefing, affiliations included', () => {
    const corpus = [briefing('a', [actor('elessar', 'Elessar', 'person', { affiliation: 'gondor' as never }), actor('aragorn-elessar', 'Aragorn Elessar')])];
    const merge = mergeActors(corpus, none, mergeTools());
    expect(canonicalActor(merge, 'elessar')).toBe('aragorn-elessar');
    expect(canonicalActor(merge, 'gondor')).toBe('gondor');
    expect(canonicalActor(merge, 'unknown')).toBe('unknown');
  });
});

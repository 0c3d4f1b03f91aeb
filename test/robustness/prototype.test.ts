// Names such as `__proto__`, `constructor` or `toString` are ordinary actors:
// nothing throws, they get pages like anyone else, and no prototype changes.
import { beforeAll, describe, expect, it } from 'vitest';
import { generateFiles } from '../generate-files.ts';
import { loadLexicon } from '../../src/lexicon/load.ts';
import { checkOutput } from '../property/check-output.ts';
import { fictionalLexicon } from '../fictional-lexicon.ts';

const text = [
  'Constructor met __proto__ and toString in Gondor',
  '',
  // Note: bodies described by a noun ("a mining group"): a person known by one word only gets no page of its own.
  'Constructor, a mining group of Gondor, met Prototype, a trading company, and Steward HasOwnProperty in Minas Tirith on Tuesday, officials said. "We will hold the fords," Constructor said.',
  '',
  'ValueOf, an energy firm of Arnor, criticised Constructor on Wednesday. __proto__ and toString were not there, and Lord Proto praised ValueOf.',
  '',
].join('\n');
const frontMatter = '---\n__proto__: {polluted: yes}\nconstructor: {prototype: {polluted: yes}}\ntitle: toString\nhasOwnProperty: 1\n---\n';
const seeds = [
  { name: '__proto__.txt', bytes: new TextEncoder().encode(text) },
  { name: 'constructor.md', bytes: new TextEncoder().encode(frontMatter + text) },
];

/** Own property names of the built-in prototypes, to compare before and after. */
const prototypes = () => [Object.prototype, Array.prototype, Function.prototype, String.prototype].map((p) => Object.getOwnPropertyNames(p).sort().join());

describe.each([
  ['the fictional lexicon', fictionalLexicon],
  ['the real lexicon', loadLexicon],
])('prototype names with %s', (_, lexicon) => {
  const before = prototypes();
  let result: Awaited<ReturnType<typeof generateFiles>>;
  beforeAll(async () => {
    result = await generateFiles(seeds, lexicon());
  });

  it('are published, with actors whose ids are the plain words', async () => {
    expect(result.refused).toEqual([]);
    const ids = result.briefings.flatMap((b) => b.actors.map((a) => a.id));
    expect(ids).toEqual(expect.arrayContaining(['constructor', 'prototype', 'valueof']));
    expect(result.files.has('actors/constructor.md')).toBe(true);
    expect(result.briefings.map((b) => b.title).sort()).toEqual(['Constructor met __proto__ and toString in Gondor', 'toString']);
    expect(await checkOutput(result.files)).toEqual([]);
  });

  it('pollute no prototype', () => {
    expect(prototypes()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(typeof ({} as { constructor: unknown }).constructor).toBe('function');
  });
});

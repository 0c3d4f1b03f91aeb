import { describe, expect, it } from 'vitest';
import type { SeedFile } from '../pipeline/types.ts';
import { dropDuplicates } from './seed-outcomes.ts';

const seed = (name: string, text: string): SeedFile => ({ name, bytes: Buffer.from(text) });

describe('dropDuplicates', () => {
  it.each<[string, SeedFile[], string[], [string, string][]]>([
    ['no duplicates', [seed('b.txt', 'two'), seed('a.txt', 'one')], ['a.txt', 'b.txt'], []],
    ['the first name in code-unit order is kept', [seed('z.txt', 'same'), seed('m.txt', 'same'), seed('a.txt', 'other')], ['a.txt', 'm.txt'], [['z.txt', 'm.txt']]],
    ['three copies', [seed('c/1.txt', 'x'), seed('a/1.txt', 'x'), seed('b/1.txt', 'x')], ['a/1.txt'], [['b/1.txt', 'a/1.txt'], ['c/1.txt', 'a/1.txt']]],
    ['a trailing newline makes another seed', [seed('a.txt', 'x'), seed('b.txt', 'x\n')], ['a.txt', 'b.txt'], []],
  ])('%s', (_, seeds, unique, duplicates) => {
    const r = dropDuplicates(seeds);
    expect(r.unique.map((s) => s.name)).toEqual(unique);
    expect(r.duplicates).toEqual(duplicates);
  });
});

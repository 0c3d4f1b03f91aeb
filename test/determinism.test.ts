// The same seeds give byte-identical output, run after run and whatever order
// the seeds are read in.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateFiles } from './generate-files.ts';
import { loadLexicon } from '../src/lexicon/load.ts';
import type { SeedFile } from '../src/pipeline/types.ts';

const dirs = [new URL('../seeds/', import.meta.url), new URL('../../shared/corpus/world/', import.meta.url)];
const seeds: SeedFile[] = dirs.flatMap((dir) => {
  try {
    return readdirSync(dir).filter((f) => f.endsWith('.txt')).map((name) => ({ name, bytes: readFileSync(new URL(name, dir)) }));
  } catch {
    return [];
  }
});

describe('determinism', () => {
  it('gives identical bytes on a second run with a fresh lexicon and reversed input', async () => {
    const first = await generateFiles(seeds, loadLexicon());
    const second = await generateFiles([...seeds].reverse(), loadLexicon());
    expect(first.files.size).toBeGreaterThan(seeds.length);
    expect([...second.files.keys()]).toEqual([...first.files.keys()]);
    for (const [path, text] of first.files) expect(second.files.get(path), path).toBe(text);
  });
});

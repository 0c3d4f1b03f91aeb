// Golden files: fixtures/<case>/input.txt → fixtures/<case>/expected.md, the
// briefing as generated with the real lexicon. Update after a deliberate
// change with `npm test -- -u` and review the diff.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateFiles } from './generate-files.ts';
import { loadLexicon } from '../src/lexicon/load.ts';

const root = new URL('../fixtures/', import.meta.url);
// Note: cases with a briefing.json instead are render goldens (test/render-golden.test.ts).
const cases = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(new URL(`${d.name}/input.txt`, root))).map((d) => d.name).sort();
const lex = loadLexicon();

describe('golden briefings', () => {
  it.each(cases)('%s', async (name) => {
    const bytes = readFileSync(new URL(`${name}/input.txt`, root));
    const result = await generateFiles([{ name: `${name}.txt`, bytes }], lex);
    expect(result.refused).toEqual([]);
    const briefing = [...result.files].find(([path]) => path.startsWith('briefings/'));
    await expect(briefing?.[1]).toMatchFileSnapshot(`../fixtures/${name}/expected.md`);
  });
});

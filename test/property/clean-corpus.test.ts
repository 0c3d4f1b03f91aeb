// No false cleaning on clean text: over the 2,225 BBC articles in
// ../shared/corpus/bbc (skipped when absent), which carry no scraping noise,
// the clean stage recovers no spliced headline and removes no boilerplate
// (only the first-line headline and subheadings).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/lexicon/load.ts';
import { clean, prepareClean } from '../../src/pipeline/clean.ts';
import { ingest, prepareIngest } from '../../src/pipeline/ingest.ts';

const root = new URL('../../../shared/corpus/bbc/', import.meta.url);
const files = existsSync(root)
  ? readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).flatMap((d) =>
    readdirSync(new URL(`${d.name}/`, root)).filter((f) => f.endsWith('.txt')).sort().map((f) => `${d.name}/${f}`))
  : [];

describe.skipIf(!files.length)('clean on the clean BBC corpus', () => {
  it('recovers no headline and removes no boilerplate', () => {
    const lex = loadLexicon();
    const [tools, ingestTools] = [prepareClean(lex), prepareIngest(lex)];
    const found: string[] = [];
    for (const f of files) {
      const c = clean(ingest({ name: f, bytes: readFileSync(new URL(f, root)) }, ingestTools), tools);
      for (const r of c.removed) if (r.kind !== 'subheading' && !(r.kind === 'headline' && c.headline?.source === 'first-line' && r.text === c.headline.text)) found.push(`${f}: ${r.kind}: ${r.text}`);
      if (c.headline?.source === 'recovered') found.push(`${f}: recovered ${c.headline.text}`);
    }
    expect(found).toEqual([]);
  }, 60_000);
});

// Seeds written to attack the site: script tags, event handlers, script
// links, Mermaid directives and keywords, Markdown and brackets. The output
// must carry all of it as text only.
import { beforeAll, describe, expect, it } from 'vitest';
import { generateFiles } from '../generate-files.ts';
import { loadLexicon } from '../../src/lexicon/load.ts';
import { checkOutput } from './check-output.ts';
import { attacks, hostileFrontMatterSeed, hostileSeed } from './hostile-seeds.ts';

describe('hostile seeds', () => {
  const lex = loadLexicon();
  let result: Awaited<ReturnType<typeof generateFiles>>;
  beforeAll(async () => {
    result = await generateFiles([...attacks.map(hostileSeed), hostileFrontMatterSeed()], lex);
  });

  it('are all published, none refused', () => {
    expect(result.refused).toEqual([]);
    expect([...result.files.keys()].filter((f) => f.startsWith('briefings/'))).toHaveLength(attacks.length + 1);
  });

  it('give Markdown with no raw HTML but sentence anchors, no script links, schema-valid front matter and parseable diagrams', async () => {
    expect(await checkOutput(result.files)).toEqual([]);
  });

  it('keep the attacks as escaped text in the Markdown body', () => {
    // Note: front matter holds the raw words as YAML strings; the site must print them as text, never with set:html.
    const bodies = [...result.files.values()].map((t) => t.replace(/^---\n[\s\S]*?\n---\n/, '')).join('\n');
    expect(bodies).toContain('\\<script>alert(1)\\</script>');
    expect(bodies).not.toMatch(/(?<!\\)\]\(javascript:/i);
    expect(bodies).not.toMatch(/(?<!\\)<(?:script|img|svg|a)\b/i);
    expect(result.files.size).toBeGreaterThan(attacks.length);
  });
});

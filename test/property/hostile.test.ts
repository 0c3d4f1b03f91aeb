// Seeds written to attack the site: script tags, event handlers, script
// links, Mermaid directives and keywords, Markdown and brackets. The output
// must carry all of it as text only.
import { describe, expect, it } from 'vitest';
import { buildContent } from '../../src/build/index.ts';
import { loadLexicon } from '../../src/lexicon/load.ts';
import { checkOutput } from './check-output.ts';

const attacks = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[click me](javascript:alert(1))',
  '<a href="javascript:alert(1)">link</a>',
  '![x](javascript:alert(1))',
  '%%{init: {"securityLevel":"loose"}}%%',
  'click A call alert()',
  'end',
  'subgraph S',
  'classDef evil fill:#f00',
  'style n0 fill:#f00',
  'A --> B',
  '"]; click n0 call alert(1); %%',
  '[[x]] ((y)) {{z}} >w]',
  '<svg onload=alert(1)>',
  '`code` *em* _u_ | pipe | # hash',
  '<!-- comment --> &lt;script&gt;alert(1)&lt;/script&gt;',
];

/** A seed in which Iran, Qatar and named people do things, with an attack in every sentence. */
function hostileSeed(attack: string, i: number): { name: string; bytes: Uint8Array } {
  const text = [
    `Iran and Qatar ${attack} hold talks in Doha`,
    '',
    `Iran's Foreign Minister Abbas Araghchi ${attack} met his Qatari counterpart in Doha on Tuesday, Iranian state media said.`,
    '',
    `"We reject ${attack} and any pressure," Araghchi said. Qatar's Prime Minister Mohammed bin Abdulrahman Al Thani ${attack} condemned the strikes on Iran.`,
    '',
    `The United States ${attack} criticised Iran on Wednesday, and Russia praised Qatar ${attack}.`,
  ].join('\n');
  return { name: `hostile-${i}.txt`, bytes: new TextEncoder().encode(text) };
}

describe('hostile seeds', () => {
  const lex = loadLexicon();
  const result = buildContent(attacks.map(hostileSeed), lex);

  it('are all published, none refused', () => {
    expect(result.refused).toEqual([]);
    expect([...result.files.keys()].filter((f) => f.startsWith('briefings/'))).toHaveLength(attacks.length);
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

// Seeds written to attack the site, shared by the Markdown-level test
// (test/property/hostile.test.ts) and the browser test (test/e2e/xss.e2e.ts).
import type { SeedFile } from '../../src/pipeline/types.ts';

/** Script tags, event handlers, script links, Mermaid directives and keywords, Markdown and brackets. */
export const attacks = [
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
export function hostileSeed(attack: string, i: number): SeedFile {
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

/** A seed whose front matter carries the attacks into the title, outlet and source link the site prints. */
export function hostileFrontMatterSeed(): SeedFile {
  const text = [
    '---',
    `title: '<script>alert(1)</script> Iran <img src=x onerror=alert(1)> talks'`,
    `outlet: '<img src=x onerror=alert(1)>'`,
    `url: 'https://example.org/"><script>alert(1)</script>'`,
    'published: 2024-10-01',
    'slug: ../../pages/index',
    'layout: ../layouts/Evil.astro',
    '---',
    new TextDecoder().decode(hostileSeed('<b onmouseover=alert(1)>x</b>', 99).bytes),
  ].join('\n');
  return { name: 'hostile-front-matter.md', bytes: new TextEncoder().encode(text) };
}

import { describe, expect, it } from 'vitest';
import { mermaidLabel, mermaidPlainText } from './mermaid-label.ts';
import { nastyLabels } from './nasty-labels.ts';


const cases: [string, string][] = [
  ['Gondor', 'Gondor'],
  ['Aragorn son of Arathorn', 'Aragorn son of Arathorn'],
  ['A "quoted" name', 'A #quot;quoted#quot; name'],
  ['a#b;c', 'a#35;b#59;c'],
  ['<b>', '#lt;b#gt;'],
  ['x|y', 'x#124;y'],
  ['100%', '100#37;'],
  ['  two   spaces\n', 'two spaces'],
  ['`tick`', '#96;tick#96;'],
  ['', '#160;'],
  ['Minas Tirith, Gondor’s capital', 'Minas Tirith, Gondor’s capital'],
  ['Amon Su\u0302l', 'Amon Sûl'], //  composed first, so no stray combining mark is encoded
  ['a\u200bb\u0000c', 'a b c'],
];

describe('mermaidLabel', () => {
  it.each(cases)('%j -> %j', (input, expected) => expect(mermaidLabel(input)).toBe(expected));

  it.each(nastyLabels)('leaves no active character in %j', (input) => {
    expect(mermaidLabel(input).replace(/#[a-z0-9]+;/g, '')).not.toMatch(/["`<>|;%{}[\]#:\n\r]/);
  });

  it('cuts long labels with an ellipsis, counting characters', () => {
    expect(mermaidLabel('x'.repeat(50), 10)).toBe(`${'x'.repeat(9)}#8230;`);
  });
});

describe('mermaidPlainText', () => {
  it.each([
    ['Relations in "Gondor: war"; end', 'Relations in Gondor war end'],
    ['%%{init}%% click', 'init click'],
    ['', 'Diagram'],
  ])('%j -> %j', (input, expected) => expect(mermaidPlainText(input)).toBe(expected));
});


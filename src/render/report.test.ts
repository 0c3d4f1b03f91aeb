import { remark } from 'remark';
import { describe, expect, it } from 'vitest';
import { renderReport } from './report.ts';

const head = '# Generation report\n\nAct on these in src/lexicon/curated.tsv (see its header).\n';

describe('renderReport', () => {
  it.each<[string, { seed: string; reason: string }[], string[], string]>([
    ['nothing to act on', [], [], head],
    ['refused seeds first, then warnings, one a line', [{ seed: 'b.txt', reason: 'bad front matter:\n  line 2' }], ['a.txt: unresolved name: Gondor'], `${head}\n\`\`\`text\nrefused b.txt: bad front matter: line 2\na.txt: unresolved name: Gondor\n\`\`\`\n`],
    ['seed text stays as it is', [], ['x.txt: unresolved name: <script>*Boromir*'], `${head}\n\`\`\`text\nx.txt: unresolved name: <script>*Boromir*\n\`\`\`\n`],
  ])('%s', (_, refused, warnings, expected) => {
    expect(renderReport(refused, warnings)).toBe(expected);
  });

  it('keeps a warning with a fence inside the one code block', () => {
    const md = renderReport([], ['x.txt: unresolved name: ```', 'y.txt: unresolved name: Faramir']);
    const tree = remark().parse(md);
    expect(tree.children.map((n) => n.type)).toEqual(['heading', 'paragraph', 'code']);
    expect(tree.children[2]).toMatchObject({ value: 'x.txt: unresolved name: ```\ny.txt: unresolved name: Faramir' });
  });
});

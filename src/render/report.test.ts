import { remark } from 'remark';
import { describe, expect, it } from 'vitest';
import { groupNotes, listedGroups, renderReport } from './report.ts';

const head = '# Generation report\n\nAct on these in src/lexicon/curated.tsv (see its header).\n';
const note = (seed: string, text: string) => ({ seed, text });

describe('groupNotes', () => {
  it('groups notes by text, the one most seeds share first, then in code-point order', () => {
    const groups = groupNotes([note('a.txt', 'unresolved name: Rohan'), note('b.txt', 'unresolved name: Gondor'), note('c.txt', 'unresolved name: Gondor'), note('c.txt', 'unresolved name: Gondor'), note('d.txt', 'unresolved name: Arnor')]);
    expect(groups).toEqual([
      { text: 'unresolved name: Gondor', seeds: ['b.txt', 'c.txt'] },
      { text: 'unresolved name: Arnor', seeds: ['d.txt'] },
      { text: 'unresolved name: Rohan', seeds: ['a.txt'] },
    ]);
  });
});

describe('renderReport', () => {
  it('says nothing more when there is nothing to act on', () => {
    expect(renderReport([], [])).toBe(head);
  });

  it('lists refused seeds first, then each note once with its briefings', () => {
    const md = renderReport([{ seed: 'b.txt', reason: 'bad front matter:\n  line 2' }], [note('a.txt', 'unresolved name: Gondor'), note('e.txt', 'unresolved name: Gondor'), ...['1', '2', '3', '4'].map((n) => note(`${n}.txt`, 'unresolved name: Mordor'))]);
    expect(md).toBe(`${head}\n1 refused seed; 6 notes on 2 subjects, the ones most briefings share first.\n\n\`\`\`text\nrefused b.txt: bad front matter: line 2\nunresolved name: Mordor (4 briefings: 1.txt, 2.txt, 3.txt, …)\nunresolved name: Gondor (a.txt, e.txt)\n\`\`\`\n`);
  });

  it('keeps seed text as it is, inside the one code block, even a fence', () => {
    const md = renderReport([], [note('x.txt', 'unresolved name: <script>*Boromir*'), note('y.txt', 'unresolved name: ```')]);
    const tree = remark().parse(md);
    expect(tree.children.map((n) => n.type)).toEqual(['heading', 'paragraph', 'paragraph', 'code']);
    expect(tree.children[3]).toMatchObject({ value: 'unresolved name: <script>*Boromir* (x.txt)\nunresolved name: ``` (y.txt)' });
  });

  it('lists the most shared notes and counts the rest', () => {
    const notes = Array.from({ length: listedGroups + 5 }, (_, i) => note(`${i}.txt`, `unresolved name: N${String(i).padStart(3, '0')}`));
    const md = renderReport([], notes);
    expect(md).toContain('unresolved name: N000 (0.txt)');
    expect(md).not.toContain(`N${listedGroups + 4}`);
    expect(md).toContain("5 more subjects, each in 1 briefing or fewer, not listed: each briefing's notes are on the site's curators page.");
  });
});

import { describe, expect, it } from 'vitest';
import { renderReport } from './report.ts';

const head = '# Generation report\n\nAct on these in src/lexicon/curated.tsv (see its header).\n';

describe('renderReport', () => {
  it.each<[string, { seed: string; reason: string }[], string[], string]>([
    ['nothing to act on', [], [], head],
    ['refused seeds first, then warnings', [{ seed: 'b.txt', reason: 'empty seed' }], ['a.txt: unresolved name: Gondor'], `${head}\n- refused b.txt: empty seed\n- a.txt: unresolved name: Gondor\n`],
    ['seed text stays text', [], ['x.txt: unresolved name: <script>*Boromir*'], `${head}\n- x.txt: unresolved name: \\<script>\\*Boromir\\*\n`],
  ])('%s', (_, refused, warnings, expected) => {
    expect(renderReport(refused, warnings)).toBe(expected);
  });
});

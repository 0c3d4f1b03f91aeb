// Step 1 on a hand-made tree: the parser's shape for "Envoys from Arnor, Gondor and Rohan met",
// with the last conjunct hung on the one before it (as it parsed a dev list of six states).
import { describe, expect, it } from 'vitest';
import type { SyntaxWord } from '../types.ts';
import { anchorTree } from './1-anchors.ts';

/** Words from `text head deprel` triples, offsets counted as the text is joined with spaces. */
function words(...rows: [string, number, string][]): SyntaxWord[] {
  let at = 0;
  return rows.map(([text, head, deprel]) => {
    const w = { text, start: at, end: at + text.length, lemma: text.toLowerCase(), upos: /^\p{Lu}/u.test(text) ? 'PROPN' : 'NOUN', head, deprel };
    at += text.length + 1;
    return w;
  });
}

describe('anchors: a stand-in noun', () => {
  it('stands for every state of its list, the chained last conjunct included', () => {
    const ws = words(['envoys', 6, 'nsubj'], ['from', 2, 'case'], ['Arnor', 0, 'nmod'], ['Gondor', 2, 'conj'], ['and', 5, 'cc'], ['Rohan', 3, 'conj'], ['met', -1, 'root']);
    const span = (i: number, id: string) => ({ start: ws[i]!.start, end: ws[i]!.end, actors: [id] });
    const t = anchorTree(ws, [span(2, 'arnor'), span(3, 'gondor'), span(5, 'rohan')], () => false, new Set(['envoys']), new Set());
    expect(t.anchors.get(0)?.actors.sort()).toEqual(['arnor', 'gondor', 'rohan']);
  });
});

// Scores predictions against a gold treebank with the CoNLL 2018 measures
// that apply when tokens are given: UPOS accuracy, UAS, LAS (every word
// counted, punctuation included), and lemma accuracy.
import type { Analysis } from './analyse.ts';
import type { ConlluSentence } from './conllu.ts';

/** Percentages over all words. */
export interface Scores {
  words: number;
  upos: number;
  uas: number;
  las: number;
  /** LAS with subtypes (nsubj:pass, obl:agent) counted as distinct labels. */
  lasFull: number;
  lemma: number;
}

/** Compares each sentence's analysis with its gold tokens. */
export function evaluate(gold: readonly ConlluSentence[], predicted: readonly Analysis[][]): Scores {
  let words = 0, upos = 0, uas = 0, las = 0, lasFull = 0, lemma = 0;
  gold.forEach((s, i) => {
    s.tokens.forEach((t, j) => {
      const p = predicted[i]![j]!;
      words++;
      if (p.upos === t.upos) upos++;
      if (p.lemma === t.lemma) lemma++;
      if (p.head + 1 === t.head) {
        uas++;
        // Note: CoNLL 2018 LAS compares universal relations only (subtypes after ':' dropped).
        if (p.deprel.split(':')[0] === t.deprel.split(':')[0]) las++;
        if (p.deprel === t.deprel) lasFull++;
      }
    });
  });
  const pct = (k: number) => (100 * k) / Math.max(1, words);
  return { words, upos: pct(upos), uas: pct(uas), las: pct(las), lasFull: pct(lasFull), lemma: pct(lemma) };
}

// Part-of-speech tagger: greedy left to right, an averaged perceptron over
// the word, its affixes and shape, its neighbours, and the two tags already
// chosen (Collins 2002; the feature set of Honnibal's "A good POS tagger in
// about 200 lines"). Frequent words that always carry one tag in training
// take it from a tag dictionary without scoring.
import { feat } from './hash.ts';
import { argmax, score, type Linear, Trainer } from './perceptron.ts';
import { NO_TAG, uposTags } from './tags.ts';
import { at, type Words } from './words.ts';

/** A trained tagger: its weights and its dictionary of unambiguous words (exact form → tag number). */
export interface TaggerModel {
  linear: Linear;
  dictionary: Map<string, number>;
  /** Ambiguity classes: normalised form → bit mask of the tags it took in training, for words seen often enough. */
  ambiguity: Map<string, number>;
}

/** At most this many features per token. */
const MAX_FEATS = 40;

/** Writes the features of token `i`, given the tags of the two before it, into `out`; returns their count. */
export function tagFeatures(w: Words, amb: Uint32Array, i: number, p1: number, p2: number, out: Uint32Array): number {
  const a = (j: number) => (j >= 0 && j < w.n ? amb[j]! : 1 << 20);
  let k = 0;
  out[k++] = feat(1, 0);
  out[k++] = feat(2, w.word[i]!);
  out[k++] = feat(3, w.suffix3[i]!);
  out[k++] = feat(4, w.suffix2[i]!);
  out[k++] = feat(5, w.suffix4[i]!);
  out[k++] = feat(6, w.prefix1[i]!);
  out[k++] = feat(7, w.shape[i]!);
  out[k++] = feat(8, w.exact[i]!);
  out[k++] = feat(9, p1);
  out[k++] = feat(10, p2);
  out[k++] = feat(11, p1, p2);
  out[k++] = feat(12, p1, w.word[i]!);
  out[k++] = feat(13, at(w, w.word, i - 1));
  out[k++] = feat(14, at(w, w.suffix3, i - 1));
  out[k++] = feat(15, at(w, w.word, i - 2));
  out[k++] = feat(16, at(w, w.word, i + 1));
  out[k++] = feat(17, at(w, w.suffix3, i + 1));
  out[k++] = feat(18, at(w, w.word, i + 2));
  out[k++] = feat(19, at(w, w.word, i - 1), w.word[i]!);
  out[k++] = feat(20, w.word[i]!, at(w, w.word, i + 1));
  out[k++] = feat(21, at(w, w.shape, i - 1), w.shape[i]!, at(w, w.shape, i + 1));
  out[k++] = feat(22, p1, w.shape[i]!);
  out[k++] = feat(23, p1, w.suffix3[i]!);
  out[k++] = feat(24, at(w, w.suffix2, i + 1), w.suffix3[i]!);
  out[k++] = feat(25, i === 0 ? 1 : 0, w.shape[i]!);
  // Ambiguity classes: the tags a word can take, which stands in for the tags not yet chosen to the right.
  out[k++] = feat(26, a(i));
  out[k++] = feat(27, a(i + 1));
  out[k++] = feat(28, a(i), a(i + 1));
  out[k++] = feat(29, p1, a(i));
  out[k++] = feat(30, p1, a(i), a(i + 1));
  out[k++] = feat(31, a(i + 1), a(i + 2));
  out[k++] = feat(32, w.word[i]!, a(i + 1));
  out[k++] = feat(33, a(i - 1), a(i));
  return k;
}

/** Tags a sentence; returns tag numbers (indices into uposTags). */
export function tag(m: TaggerModel, w: Words): Uint8Array {
  const tags = new Uint8Array(w.n);
  const feats = new Uint32Array(MAX_FEATS);
  const scores = new Int32Array(uposTags.length);
  const amb = ambiguityOf(m.ambiguity, w);
  let p1: number = NO_TAG;
  let p2: number = NO_TAG;
  for (let i = 0; i < w.n; i++) {
    let t = m.dictionary.get(w.forms[i]!);
    if (t === undefined) t = argmax(score(m.linear, feats, tagFeatures(w, amb, i, p1, p2, feats), scores));
    tags[i] = t;
    p2 = p1;
    p1 = t;
  }
  return tags;
}

/** Each token's ambiguity class (0 for words too rare to have one). */
export function ambiguityOf(classes: Map<string, number>, w: Words): Uint32Array {
  const amb = new Uint32Array(w.n);
  for (let i = 0; i < w.n; i++) amb[i] = classes.get(w.lower[i]!) ?? 0;
  return amb;
}

/** Normalised forms seen at least `minCount` times, with the tags they took at least `minShare` of the time. */
export function ambiguityClasses(sentences: readonly TaggedSentence[], minCount = 3, minShare = 0.05): Map<string, number> {
  const out = new Map<string, number>();
  for (const [form, c] of tagCounts(sentences, (w) => w.lower)) {
    const total = c.reduce((a, b) => a + b, 0);
    if (total < minCount) continue;
    let mask = 0;
    c.forEach((k, t) => { if (k >= minShare * total) mask |= 1 << t; });
    out.set(form, mask);
  }
  return out;
}

/** How often each form (as `forms` gives them) took each tag, forms in code-unit order. */
function tagCounts(sentences: readonly TaggedSentence[], forms: (w: Words) => readonly string[]): [string, number[]][] {
  const counts = new Map<string, number[]>();
  for (const s of sentences) {
    forms(s.words).forEach((f, i) => {
      const c = counts.get(f) ?? counts.set(f, new Array(uposTags.length).fill(0)).get(f)!;
      c[s.tags[i]!]!++;
    });
  }
  return [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

/** A sentence for training: its words and gold tag numbers. */
export interface TaggedSentence {
  words: Words;
  tags: Uint8Array;
}

/** Words seen at least `minCount` times with one tag at least `share` of the time (Honnibal's thresholds). */
export function tagDictionary(sentences: readonly TaggedSentence[], minCount = 20, share = 0.97): Map<string, number> {
  const dict = new Map<string, number>();
  for (const [form, c] of tagCounts(sentences, (w) => w.forms)) {
    const total = c.reduce((a, b) => a + b, 0);
    const best = argmax(c);
    if (total >= minCount && c[best]! / total >= share) dict.set(form, best);
  }
  return dict;
}

/** Trains a tagger for `epochs` passes, shuffling with `order` before each pass. */
export function trainTagger(sentences: TaggedSentence[], epochs: number, rowBits: number, order: (s: TaggedSentence[]) => void): TaggerModel {
  const dictionary = tagDictionary(sentences);
  const ambiguity = ambiguityClasses(sentences);
  const ambs = new Map(sentences.map((s) => [s, ambiguityOf(ambiguity, s.words)]));
  const trainer = new Trainer(uposTags.length, rowBits);
  const feats = new Uint32Array(MAX_FEATS);
  for (let e = 0; e < epochs; e++) {
    order(sentences);
    for (const s of sentences) {
      const amb = ambs.get(s)!;
      let p1: number = NO_TAG;
      let p2: number = NO_TAG;
      for (let i = 0; i < s.words.n; i++) {
        const gold = s.tags[i]!;
        let guess = dictionary.get(s.words.forms[i]!);
        if (guess === undefined) {
          const n = tagFeatures(s.words, amb, i, p1, p2, feats);
          guess = argmax(trainer.scoresOf(feats, n));
          trainer.update(gold, guess, feats, n);
        }
        p2 = p1;
        p1 = guess;
      }
    }
  }
  return { linear: trainer.finish(), dictionary, ambiguity };
}

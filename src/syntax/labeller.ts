// Dependency labels, chosen for each arc once the whole tree is built: an
// averaged perceptron over the two words, their tags, direction and distance,
// and the function words attached to each ("by" under the dependent suggests
// obl:agent, "was" under the head nsubj:pass). Seeing the finished tree is
// what a greedy labelled parser lacks, and it keeps the transition scorer to
// three classes, which is most of the parser's speed.
import { feat } from './hash.ts';
import { argmax, score, type Linear, Trainer } from './perceptron.ts';
import type { Tagged } from './parser.ts';
import { NO_TAG, ROOT_TAG, uposIndex } from './tags.ts';
import { at } from './words.ts';

const MAX_FEATS = 64;
const ROOT_WORD = 0x61c88647;
/** Tags whose words tell how a phrase attaches (case markers, auxiliaries, particles, conjunctions, pronouns). */
const functional = new Set(['ADP', 'AUX', 'PART', 'SCONJ', 'CCONJ', 'DET', 'PRON', 'PUNCT'].map(uposIndex));

/** Children of each word (and of the root at n), left to right. */
export function children(heads: Int32Array): number[][] {
  const kids: number[][] = Array.from({ length: heads.length + 1 }, () => []);
  heads.forEach((h, d) => kids[h]!.push(d));
  return kids;
}

/** Writes the features of the arc `h` → `d` into `out`; returns their count. */
export function labelFeatures(x: Tagged, heads: Int32Array, kids: number[][], d: number, out: Uint32Array): number {
  const n = x.words.n;
  const h = heads[d]!;
  const W = x.words;
  const wd = W.word[d]!, td = x.tags[d]!;
  const wh = h === n ? ROOT_WORD : W.word[h]!, th = h === n ? ROOT_TAG : x.tags[h]!;
  const dir = h === n ? 2 : d < h ? 0 : 1;
  const dist = h === n ? 0 : Math.min(Math.abs(h - d), 6);
  const hh = h === n ? -1 : heads[h]!;
  const thh = hh < 0 ? NO_TAG : hh === n ? ROOT_TAG : x.tags[hh]!;
  const pair = td | (th << 5) | (dir << 10);
  let k = 0;
  out[k++] = feat(1, 0);
  out[k++] = feat(2, td);
  out[k++] = feat(3, wd);
  out[k++] = feat(4, pair);
  out[k++] = feat(5, wd, pair);
  out[k++] = feat(6, wh, pair);
  out[k++] = feat(7, wd, wh, dir);
  out[k++] = feat(8, pair, dist);
  out[k++] = feat(9, W.suffix3[d]!, pair);
  out[k++] = feat(10, h === n ? 0 : W.suffix3[h]!, pair);
  out[k++] = feat(11, pair, thh);
  out[k++] = feat(12, W.shape[d]!, td);
  out[k++] = feat(13, pair, at(W, W.word, d - 1));
  out[k++] = feat(14, pair, at(W, W.word, d + 1));
  out[k++] = feat(15, pair, kids[d]!.length === 0 ? 0 : 1 + Math.min(kids[d]!.length, 4));
  out[k++] = feat(16, wh, td, dir);
  // Function words under the dependent and under the head.
  for (const c of kids[d]!) {
    const tc = x.tags[c]!;
    if (!functional.has(tc) || k >= MAX_FEATS - 8) continue;
    out[k++] = feat(20, pair, W.word[c]!, c < d ? 0 : 1);
    out[k++] = feat(21, td, tc, c < d ? 0 : 1);
  }
  for (const c of kids[h]!) {
    if (c === d || k >= MAX_FEATS - 4) continue;
    const tc = x.tags[c]!;
    const side = (c < d ? 0 : 1) | (c < h ? 0 : 2);
    out[k++] = feat(22, pair, tc, side);
    if (functional.has(tc)) out[k++] = feat(23, pair, W.word[c]!, side);
  }
  return k;
}

/** Labels every arc of a parsed sentence; returns label numbers (indices into the model's label list). The root's word gets `rootLabel`, no other word does. */
export function label(m: Linear, sets: LabelSets, x: Tagged, heads: Int32Array, rootLabel: number): Uint8Array {
  const n = x.words.n;
  const kids = children(heads);
  const out = new Uint8Array(n);
  const feats = new Uint32Array(MAX_FEATS);
  const scores = new Int32Array(m.classes);
  const notRoot = (c: number) => c !== rootLabel;
  for (let d = 0; d < n; d++) {
    if (heads[d] === n) { out[d] = rootLabel; continue; }
    const nf = labelFeatures(x, heads, kids, d, feats);
    const h = heads[d]!;
    const only = sets.get(pairKey(x.tags[d]!, x.tags[h]!, d < h ? 0 : 1));
    out[d] = only ? scoreAmong(m, feats, nf, only) : argmax(score(m, feats, nf, scores), notRoot);
  }
  return out;
}

/**
 * The labels each (dependent tag, head tag, direction) took in training, for pairs seen often enough.
 * Scoring only those is most of the labeller's speed: a DET before a NOUN is det or det:predet, not one of 50.
 */
export type LabelSets = Map<number, number[]>;

function pairKey(td: number, th: number, dir: number): number {
  return td | (th << 5) | (dir << 10);
}

/** The label sets of training arcs (predicted tags, gold heads and labels); pairs seen fewer than `minCount` times keep every label. */
export function labelSets(sentences: readonly LabelledSentence[], rootLabel: number, minCount = 20): LabelSets {
  const seen = new Map<number, Map<number, number>>();
  for (const x of sentences) {
    x.heads.forEach((h, d) => {
      if (h === x.words.n) return;
      const key = pairKey(x.tags[d]!, x.tags[h]!, d < h ? 0 : 1);
      const m = seen.get(key) ?? seen.set(key, new Map()).get(key)!;
      m.set(x.labels[d]!, (m.get(x.labels[d]!) ?? 0) + 1);
    });
  }
  const out: LabelSets = new Map();
  for (const key of [...seen.keys()].sort((a, b) => a - b)) {
    const m = seen.get(key)!;
    if ([...m.values()].reduce((a, b) => a + b, 0) < minCount) continue;
    out.set(key, [...m.keys()].filter((l) => l !== rootLabel).sort((a, b) => a - b));
  }
  return out;
}

// Note: the same sums as score(), over a few classes; ties go to the lowest class, as in argmax.
function scoreAmong(m: Linear, feats: Uint32Array, n: number, classes: readonly number[]): number {
  const { weights } = m;
  const mask = m.rows - 1;
  let best = classes[0]!, bestScore = -Infinity;
  for (const c of classes) {
    let sum = 0;
    for (let f = 0; f < n; f++) sum += weights[(feats[f]! & mask) * m.classes + c]!;
    if (sum > bestScore) { best = c; bestScore = sum; }
  }
  return best;
}

/** A training sentence for the labeller: tagged words, heads and gold label numbers. */
export interface LabelledSentence extends Tagged {
  heads: Int32Array;
  labels: Uint8Array;
}

/** Trains the labeller on gold trees. */
export function trainLabeller(sentences: LabelledSentence[], labels: number, epochs: number, rowBits: number, order: (s: LabelledSentence[]) => void): Linear {
  const trainer = new Trainer(labels, rowBits);
  const feats = new Uint32Array(MAX_FEATS);
  for (let e = 0; e < epochs; e++) {
    order(sentences);
    for (const x of sentences) {
      const kids = children(x.heads);
      for (let d = 0; d < x.words.n; d++) {
        const nf = labelFeatures(x, x.heads, kids, d, feats);
        trainer.update(x.labels[d]!, argmax(trainer.scoresOf(feats, nf)), feats, nf);
      }
    }
  }
  return trainer.finish();
}

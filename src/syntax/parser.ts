// Unlabelled dependency parser: greedy arc-hybrid transitions scored by an
// averaged perceptron, trained with the dynamic oracle so that it learns to
// recover from its own mistakes (the design of Honnibal's "Parsing English
// in 500 lines of Python", with hashed features). Labels come after, from
// the labeller, which sees the whole tree.
import { feat } from './hash.ts';
import { argmax, score, type Linear, Trainer } from './perceptron.ts';
import { NO_TAG, ROOT_TAG, uposIndex } from './tags.ts';
import { LEFT, MOVES, moveCosts, RIGHT, SHIFT, State } from './transition.ts';
import { NONE, type Words } from './words.ts';

const ROOT_WORD = 0x2f0b3c11;
const PUNCT = uposIndex('PUNCT'), VERB = uposIndex('VERB'), AUX = uposIndex('AUX');
const MAX_FEATS = 96;

/** The input a parse reads: words and their (predicted) tag numbers. */
export interface Tagged {
  words: Words;
  tags: Uint8Array;
}

/** A sentence's word hashes and tags shifted by one: slot 0 stands for "no word", slot n + 1 for the root. */
export interface Padded {
  w: Uint32Array;
  t: Uint8Array;
  /** Running counts over words 0..j-1 (index j): punctuation, and verbs or auxiliaries, for "what lies between" features. */
  punct: Uint16Array;
  verbs: Uint16Array;
}

/** The padded arrays of a tagged sentence, built once per sentence so that features index them directly. */
export function padded(x: Tagged): Padded {
  const n = x.words.n;
  const w = new Uint32Array(n + 2);
  const t = new Uint8Array(n + 2);
  w[0] = NONE;
  t[0] = NO_TAG;
  w.set(x.words.word, 1);
  t.set(x.tags, 1);
  w[n + 1] = ROOT_WORD;
  t[n + 1] = ROOT_TAG;
  const punct = new Uint16Array(n + 2);
  const verbs = new Uint16Array(n + 2);
  for (let j = 0; j < n; j++) {
    const tag = x.tags[j]!;
    punct[j + 1] = punct[j]! + (tag === PUNCT ? 1 : 0);
    verbs[j + 1] = verbs[j]! + (tag === VERB || tag === AUX ? 1 : 0);
  }
  punct[n + 1] = punct[n]!;
  verbs[n + 1] = verbs[n]!;
  return { w, t, punct, verbs };
}

const slots = new Int32Array(13);

/** Writes the features of a configuration into `out`; returns their count. */
export function parseFeatures(st: State, p: Padded, out: Uint32Array): number {
  const { n } = st;
  const W = p.w, T = p.t;
  const s0 = st.s(0), s1 = st.s(1), s2 = st.s(2);
  const n0 = st.b0, n1 = n0 + 1 < n ? n0 + 1 : -1, n2 = n0 + 2 < n ? n0 + 2 : -1;
  const s0l1 = kid(st.left1, s0), s0l2 = kid(st.left2, s0), s0r1 = kid(st.right1, s0), s0r2 = kid(st.right2, s0);
  const n0l1 = kid(st.left1, n0), n0l2 = kid(st.left2, n0), s1r1 = kid(st.right1, s1), s1l1 = kid(st.left1, s1);
  const ws0 = W[s0 + 1]!, wn0 = W[n0 + 1]!, ws1 = W[s1 + 1]!;
  const ts0 = T[s0 + 1]!, tn0 = T[n0 + 1]!, tn1 = T[n1 + 1]!, ts1 = T[s1 + 1]!, tn2 = T[n2 + 1]!;
  const dist = s0 < 0 ? 0 : Math.min(n0 - s0, 5);
  const vs0l = s0 < 0 ? 0 : st.nLeft[s0]!, vs0r = s0 < 0 ? 0 : st.nRight[s0]!, vn0l = st.nLeft[n0]!;
  let k = 0;
  out[k++] = feat(1, 0);
  // Words and tags of the stack, the buffer and the children.
  slots[0] = n0; slots[1] = n1; slots[2] = n2; slots[3] = s0; slots[4] = s1; slots[5] = s2; slots[6] = n0l1;
  slots[7] = n0l2; slots[8] = s0l1; slots[9] = s0l2; slots[10] = s0r1; slots[11] = s0r2; slots[12] = s1r1;
  for (let j = 0; j < 13; j++) {
    out[k++] = feat(10 + j, W[slots[j]! + 1]!);
    out[k++] = feat(30 + j, T[slots[j]! + 1]!);
  }
  out[k++] = feat(50, wn0, tn0);
  out[k++] = feat(51, W[n1 + 1]!, tn1);
  out[k++] = feat(52, W[n2 + 1]!, T[n2 + 1]!);
  out[k++] = feat(53, ws0, ts0);
  out[k++] = feat(54, W[s1 + 1]!, ts1);
  // Pairs of s0 and n0.
  out[k++] = feat(60, ws0, wn0);
  out[k++] = feat(61, wn0, tn0, ws0);
  out[k++] = feat(62, wn0, tn0 | (ts0 << 5));
  out[k++] = feat(63, ws0, ts0, wn0);
  out[k++] = feat(64, ws0, ts0 | (tn0 << 5));
  out[k++] = feat(65, ws0, wn0, ts0 | (tn0 << 5));
  out[k++] = feat(66, ts0, tn0);
  out[k++] = feat(67, tn0, tn1);
  out[k++] = feat(68, ws0, ts1 | (ts0 << 5));
  out[k++] = feat(69, W[s1 + 1]!, ws0);
  // Tag trigrams.
  out[k++] = feat(70, tri(tn0, tn1, T[n2 + 1]!));
  out[k++] = feat(71, tri(ts0, tn0, tn1));
  out[k++] = feat(72, tri(ts0, ts1, tn0));
  out[k++] = feat(73, tri(ts0, T[s0r1 + 1]!, tn0));
  out[k++] = feat(74, tri(ts0, tn0, T[n0l1 + 1]!));
  out[k++] = feat(75, tri(ts0, T[s0l1 + 1]!, T[s0l2 + 1]!));
  out[k++] = feat(76, tri(ts0, T[s0r1 + 1]!, T[s0r2 + 1]!));
  out[k++] = feat(77, tri(tn0, T[n0l1 + 1]!, T[n0l2 + 1]!));
  out[k++] = feat(78, tri(ts0, ts1, T[s2 + 1]!));
  out[k++] = feat(79, tri(ts1, ts0, T[s1r1 + 1]!));
  out[k++] = feat(80, tri(ts0, T[s0l1 + 1]!, tn0));
  // Valency and distance.
  out[k++] = feat(90, ws0, vs0r);
  out[k++] = feat(91, ws0, vs0l);
  out[k++] = feat(92, wn0, vn0l);
  out[k++] = feat(93, ts0, vs0r);
  out[k++] = feat(94, ts0, vs0l);
  out[k++] = feat(95, tn0, vn0l);
  out[k++] = feat(96, ws0, dist);
  out[k++] = feat(97, wn0, dist);
  out[k++] = feat(98, ts0, dist);
  out[k++] = feat(99, tn0, dist);
  out[k++] = feat(100, ts0 | (tn0 << 5), dist);
  out[k++] = feat(101, ws0, wn0, dist);
  // Pairs of s1 and s0, which RIGHT joins.
  const d10 = s1 < 0 || s0 < 0 ? 0 : Math.min(s0 - s1, 5);
  const vs1l = s1 < 0 ? 0 : st.nLeft[s1]!, vs1r = s1 < 0 ? 0 : st.nRight[s1]!;
  out[k++] = feat(110, ws1, ws0, ts1 | (ts0 << 5));
  out[k++] = feat(111, ws1, ts1 | (ts0 << 5));
  out[k++] = feat(112, ts1 | (ts0 << 5), d10);
  out[k++] = feat(113, ws1, d10);
  out[k++] = feat(114, ws0, d10, ts1);
  out[k++] = feat(115, ts1, vs1l | (vs1r << 8));
  out[k++] = feat(116, tri(ts1, ts0, tn0), d10 | (dist << 4));
  out[k++] = feat(117, ws1, ts1, wn0);
  out[k++] = feat(118, tri(ts1, T[s1r1 + 1]!, ts0));
  out[k++] = feat(119, tri(ts1, T[s1l1 + 1]!, ts0));
  // What lies between s0 and n0, and between s1 and s0: commas and verbs mark clause edges, which decide most punctuation and long arcs.
  const p0 = s0 < 0 ? 0 : Math.min(p.punct[n0]! - p.punct[s0 + 1]!, 3), v0 = s0 < 0 ? 0 : Math.min(p.verbs[n0]! - p.verbs[s0 + 1]!, 3);
  const p1 = s1 < 0 ? 0 : Math.min(p.punct[s0]! - p.punct[s1 + 1]!, 3), v1 = s1 < 0 ? 0 : Math.min(p.verbs[s0]! - p.verbs[s1 + 1]!, 3);
  out[k++] = feat(120, ts0 | (tn0 << 5), p0 | (v0 << 2));
  out[k++] = feat(121, ws0, tn0, p0 | (v0 << 2));
  out[k++] = feat(122, ts1 | (ts0 << 5), p1 | (v1 << 2));
  out[k++] = feat(123, ws0, ts1, p1 | (v1 << 2));
  // Word pairs and word-tag combinations of Zhang & Nivre (2011) not covered above.
  out[k++] = feat(124, wn0, W[n1 + 1]!);
  out[k++] = feat(125, ws0, wn0, tn1);
  out[k++] = feat(126, wn0, tn0, tn1 | (tn2 << 5));
  out[k++] = feat(127, ws0, T[s0l1 + 1]!, T[s0r1 + 1]!);
  out[k++] = feat(128, wn0, T[n0l1 + 1]!);
  // The words next to s0 and n0 on the inside (MSTParser's in-between context).
  out[k++] = feat(129, tri(ts0, tn0, s0 < 0 ? NO_TAG : T[s0 + 2]!), T[n0]!);
  return k;
}

function kid(a: Int32Array, i: number): number {
  return i < 0 ? -1 : a[i]!;
}

function tri(a: number, b: number, c: number): number {
  return a | (b << 5) | (c << 10);
}

/** Parses a tagged sentence; returns each word's head (0-based, n for the root). */
export function parse(m: Linear, x: Tagged): Int32Array {
  const st = new State(x.words.n);
  const p = padded(x);
  const feats = new Uint32Array(MAX_FEATS);
  const scores = new Int32Array(MOVES);
  while (!st.done) {
    score(m, feats, parseFeatures(st, p, feats), scores);
    let best = -1;
    for (let c = 0; c < MOVES; c++) if (st.valid(c) && (best < 0 || scores[c]! > scores[best]!)) best = c;
    st.apply(best);
  }
  return st.heads.subarray(0, x.words.n);
}

/** A training sentence: tagged words and gold heads (0-based, n for the root). */
export interface TreeSentence extends Tagged {
  heads: Int32Array;
}

/**
 * Trains the transition scorer. The first `staticEpochs` passes follow the
 * oracle; later ones follow the model's own move with probability `explore`
 * (Goldberg & Nivre's schedule), so it learns the best move after a mistake.
 */
export function trainParser(sentences: TreeSentence[], epochs: number, rowBits: number, order: (s: TreeSentence[]) => void, random: () => number, staticEpochs = 1, explore = 1): Linear {
  const trainer = new Trainer(MOVES, rowBits);
  const feats = new Uint32Array(MAX_FEATS);
  const costs = new Int32Array(MOVES);
  for (let e = 0; e < epochs; e++) {
    order(sentences);
    for (const x of sentences) {
      const st = new State(x.words.n);
      const p = padded(x);
      while (!st.done) {
        const nf = parseFeatures(st, p, feats);
        const scores = trainer.scoresOf(feats, nf);
        moveCosts(st, x.heads, costs);
        const guess = argmax(scores, (c) => costs[c]! >= 0);
        const least = Math.min(...[SHIFT, LEFT, RIGHT].filter((c) => costs[c]! >= 0).map((c) => costs[c]!));
        const best = argmax(scores, (c) => costs[c] === least);
        trainer.update(best, guess, feats, nf);
        st.apply(e >= staticEpochs && random() < explore ? guess : best);
      }
    }
  }
  return trainer.finish();
}

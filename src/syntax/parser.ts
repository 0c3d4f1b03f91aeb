// Unlabelled dependency parser: arc-hybrid transitions scored by an averaged
// perceptron, searched with a beam (width 1: greedy). The greedy parser is
// trained with the dynamic oracle so that it learns to recover from its own
// mistakes (the design of Honnibal's "Parsing English in 500 lines of
// Python", with hashed features); a wider beam is trained on whole move
// sequences. Labels come after, from the labeller, which sees the whole tree.
import { feat } from './hash.ts';
import { argmax, score, type Linear, Trainer } from './perceptron.ts';
import { NO_TAG, ROOT_TAG, uposIndex } from './tags.ts';
import { Configs, MOVES, moveCosts } from './transition.ts';
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

/** Writes the features of configuration `c` into `out`; returns their count. */
export function parseFeatures(cf: Configs, c: number, p: Padded, out: Uint32Array): number {
  const { n } = cf;
  const W = p.w, T = p.t;
  const t0 = cf.top[c]!, t1 = t0 < 0 ? -1 : cf.next[t0]!, t2 = t1 < 0 ? -1 : cf.next[t1]!;
  const s0 = t0 < 0 ? -1 : cf.word[t0]!, s1 = t1 < 0 ? -1 : cf.word[t1]!, s2 = t2 < 0 ? -1 : cf.word[t2]!;
  const n0 = cf.b0[c]!, n1 = n0 + 1 < n ? n0 + 1 : -1, n2 = n0 + 2 < n ? n0 + 2 : -1;
  const s0l1 = t0 < 0 ? -1 : cf.l1[t0]!, s0l2 = t0 < 0 ? -1 : cf.l2[t0]!, s0r1 = t0 < 0 ? -1 : cf.r1[t0]!, s0r2 = t0 < 0 ? -1 : cf.r2[t0]!;
  const n0l1 = cf.bl1[c]!, n0l2 = cf.bl2[c]!, s1r1 = t1 < 0 ? -1 : cf.r1[t1]!, s1l1 = t1 < 0 ? -1 : cf.l1[t1]!;
  const ws0 = W[s0 + 1]!, wn0 = W[n0 + 1]!, ws1 = W[s1 + 1]!;
  const ts0 = T[s0 + 1]!, tn0 = T[n0 + 1]!, tn1 = T[n1 + 1]!, ts1 = T[s1 + 1]!, tn2 = T[n2 + 1]!;
  const dist = s0 < 0 ? 0 : Math.min(n0 - s0, 5);
  const vs0l = t0 < 0 ? 0 : cf.nl[t0]!, vs0r = t0 < 0 ? 0 : cf.nr[t0]!, vn0l = cf.bnl[c]!;
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
  const vs1l = t1 < 0 ? 0 : cf.nl[t1]!, vs1r = t1 < 0 ? 0 : cf.nr[t1]!;
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

function tri(a: number, b: number, c: number): number {
  return a | (b << 5) | (c << 10);
}

/** Scores a configuration's features: one score per move (the array may be reused by the next call). */
type Scorer = (feats: Uint32Array, n: number) => ArrayLike<number>;

/**
 * A beam of at most `k` configurations, best first, with the sum of the
 * scores of the moves that made each. Its buffers serve sentence after
 * sentence. With k = 1 it is the greedy parser: the best valid move, ties to
 * the lower move.
 */
class Beam {
  readonly k: number;
  size = 0;
  ids: Int32Array;
  scores: Float64Array;
  private nextIds: Int32Array;
  private nextScores: Float64Array;
  private readonly from: Int32Array;
  private readonly moves: Int8Array;
  private readonly totals: Float64Array;
  private readonly costs: Int32Array;
  private readonly least: Int32Array;
  private readonly feats = new Uint32Array(MAX_FEATS);

  constructor(k: number) {
    this.k = k;
    this.ids = new Int32Array(k);
    this.scores = new Float64Array(k);
    this.nextIds = new Int32Array(k);
    this.nextScores = new Float64Array(k);
    this.from = new Int32Array(k);
    this.moves = new Int8Array(k);
    this.totals = new Float64Array(k);
    this.costs = new Int32Array(k * MOVES);
    this.least = new Int32Array(k);
  }

  start(c: number): void {
    this.size = 1;
    this.ids[0] = c;
    this.scores[0] = 0;
  }

  /**
   * Replaces the beam by the k best of its configurations' successors. Ties
   * go to the successor of the better configuration, then to the lower move,
   * so the search is deterministic. With `gold` heads, a successor is marked
   * when its parent was and its move costs no more than the other valid
   * moves: it can still reach the best tree the parent could.
   */
  advance(cf: Configs, p: Padded, scoreOf: Scorer, gold?: Int32Array): void {
    const { k, feats, from, moves, totals } = this;
    let kept = 0;
    for (let i = 0; i < this.size; i++) {
      const c = this.ids[i]!;
      const sc = scoreOf(feats, parseFeatures(cf, c, p, feats));
      for (let move = 0; move < MOVES; move++) {
        if (!cf.valid(c, move)) continue;
        const total = this.scores[i]! + sc[move]!;
        if (kept === k && total <= totals[k - 1]!) continue;
        let j = kept < k ? kept++ : k - 1;
        for (; j > 0 && totals[j - 1]! < total; j--) {
          from[j] = from[j - 1]!;
          moves[j] = moves[j - 1]!;
          totals[j] = totals[j - 1]!;
        }
        from[j] = i;
        moves[j] = move;
        totals[j] = total;
      }
      if (gold && cf.mark[c]) this.price(cf, c, i, gold);
    }
    for (let j = 0; j < kept; j++) {
      const i = from[j]!, c = this.ids[i]!, move = moves[j]!;
      const d = cf.apply(c, move);
      if (gold && cf.mark[c] && this.costs[i * MOVES + move] === this.least[i]) cf.mark[d] = 1;
      this.nextIds[j] = d;
      this.nextScores[j] = totals[j]!;
    }
    [this.ids, this.nextIds] = [this.nextIds, this.ids];
    [this.scores, this.nextScores] = [this.nextScores, this.scores];
    this.size = kept;
  }

  private price(cf: Configs, c: number, i: number, gold: Int32Array): void {
    const costs = this.costs.subarray(i * MOVES, i * MOVES + MOVES);
    moveCosts(cf, c, gold, costs);
    this.least[i] = leastCost(costs);
  }
}

function leastCost(costs: Int32Array): number {
  let least = -1;
  for (let m = 0; m < MOVES; m++) if (costs[m]! >= 0 && (least < 0 || costs[m]! < least)) least = costs[m]!;
  return least;
}

// Note: one pool and one beam per width for the process (per worker thread): a parse allocates nothing per configuration.
const pool = new Configs();
const beams = new Map<number, Beam>();
const moveScores = new Int32Array(MOVES);

function beamOf(k: number): Beam {
  let b = beams.get(k);
  if (!b) beams.set(k, b = new Beam(k));
  return b;
}

/** Parses a tagged sentence with a beam of `k` (1: greedy); returns each word's head (0-based, n for the root). */
export function parse(m: Linear, x: Tagged, k = 1): Int32Array {
  const n = x.words.n;
  const p = padded(x);
  const beam = beamOf(k);
  beam.start(pool.start(n));
  const scoreOf: Scorer = (feats, nf) => score(m, feats, nf, moveScores);
  while (!pool.done(beam.ids[0]!)) beam.advance(pool, p, scoreOf);
  return pool.heads(beam.ids[0]!, new Int32Array(n + 1)).subarray(0, n);
}

/** A training sentence: tagged words and gold heads (0-based, n for the root). */
export interface TreeSentence extends Tagged {
  heads: Int32Array;
}

/** How the parser trains: passes, table size (log2 rows), the greedy schedule, and the beam's width. */
export interface ParserTraining {
  epochs: number;
  rowBits: number;
  /** Greedy only: passes that follow the oracle, and the chance of following the model's own move after them. */
  staticEpochs: number;
  explore: number;
  /** Beam width: 1 trains the greedy parser move by move; more trains whole move sequences. */
  beam: number;
  /** Beam only: passes trained move by move, as the greedy parser, before the passes over whole sequences. */
  warmEpochs: number;
  /** Beam only: update at the step where the gold path falls out of the beam ('early') or where the beam's best outscores it most ('max'). */
  update: 'max' | 'early';
}

/**
 * Trains the transition scorer. Greedy (beam 1): each move is a perceptron
 * example; the first `staticEpochs` passes follow the oracle, later ones the
 * model's own move with probability `explore` (Goldberg & Nivre's schedule),
 * so it learns the best move after a mistake. With a wider beam, each
 * sentence is one structured example (Zhang & Clark 2008; Huang, Fayong &
 * Guo 2012): the beam's scores are sums over whole move sequences, which a
 * model trained move by move does not make comparable.
 */
export function trainParser(sentences: TreeSentence[], o: ParserTraining, order: (s: TreeSentence[]) => void, random: () => number): Linear {
  const trainer = new Trainer(MOVES, o.rowBits);
  const beam = o.beam > 1 ? new Beam(o.beam) : undefined;
  for (let e = 0; e < o.epochs; e++) {
    order(sentences);
    for (const x of sentences) {
      if (beam && e >= o.warmEpochs) trainSequence(trainer, beam, x, o.update === 'early');
      else trainMoves(trainer, x, e >= o.staticEpochs, o.explore, random);
    }
  }
  return trainer.finish();
}

const trainFeats = new Uint32Array(MAX_FEATS);
const trainCosts = new Int32Array(MOVES);

function trainMoves(trainer: Trainer, x: TreeSentence, exploring: boolean, explore: number, random: () => number): void {
  const p = padded(x);
  const feats = trainFeats, costs = trainCosts;
  let c = pool.start(x.words.n);
  while (!pool.done(c)) {
    const nf = parseFeatures(pool, c, p, feats);
    const scores = trainer.scoresOf(feats, nf);
    moveCosts(pool, c, x.heads, costs);
    const guess = argmax(scores, (m) => costs[m]! >= 0);
    const least = leastCost(costs);
    const best = argmax(scores, (m) => costs[m] === least);
    trainer.update(best, guess, feats, nf);
    c = pool.apply(c, exploring && random() < explore ? guess : best);
  }
}

/**
 * One sentence as one example. The gold path is latent, as arc-hybrid
 * reaches a tree by several move sequences: while the beam holds
 * configurations that can still reach the best tree (marked), the gold one
 * is the best of them; once it holds none, the gold path goes on alone by
 * its best-scoring optimal move. The update is at the step where the beam's
 * best outscores the gold path most (max-violation), or at the first step
 * the gold path is out of the beam (early update).
 */
function trainSequence(trainer: Trainer, beam: Beam, x: TreeSentence, early: boolean): void {
  const p = padded(x);
  const feats = trainFeats, costs = trainCosts;
  const scoreOf: Scorer = (f, nf) => trainer.scoresOf(f, nf);
  const c0 = pool.start(x.words.n);
  pool.mark[c0] = 1;
  beam.start(c0);
  let gold = c0, goldScore = 0, worst = -Infinity, predAt = -1, goldAt = -1;
  while (!pool.done(beam.ids[0]!)) {
    beam.advance(pool, p, scoreOf, x.heads);
    let held = -1;
    for (let i = 0; i < beam.size && held < 0; i++) if (pool.mark[beam.ids[i]!]) held = i;
    if (held >= 0) {
      gold = beam.ids[held]!;
      goldScore = beam.scores[held]!;
    } else {
      const scores = trainer.scoresOf(feats, parseFeatures(pool, gold, p, feats));
      moveCosts(pool, gold, x.heads, costs);
      const least = leastCost(costs);
      const move = argmax(scores, (m) => costs[m] === least);
      goldScore += scores[move]!;
      gold = pool.apply(gold, move);
      pool.mark[gold] = 1;
    }
    const violation = beam.scores[0]! - goldScore;
    if (beam.ids[0] !== gold && violation > worst) {
      worst = violation;
      predAt = beam.ids[0]!;
      goldAt = gold;
    }
    if (held < 0 && early) break;
  }
  if (predAt >= 0 && worst >= 0) {
    // Both paths have as many moves; walking back in step, they meet where they parted, and the shared moves cancel.
    for (let a = goldAt, b = predAt; a !== b; a = pool.parent[a]!, b = pool.parent[b]!) {
      trainer.adjust(pool.move[a]!, 1, feats, parseFeatures(pool, pool.parent[a]!, p, feats));
      trainer.adjust(pool.move[b]!, -1, feats, parseFeatures(pool, pool.parent[b]!, p, feats));
    }
  }
  // Note: a sentence counts as many examples as it has moves, as in greedy training, so that the averaged weights weigh passes of both kinds alike.
  trainer.tick(2 * x.words.n);
}

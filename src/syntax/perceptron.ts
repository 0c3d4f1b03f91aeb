// An averaged perceptron over hashed features. A feature hash picks a row of
// `classes` weights in a fixed-size table (collisions are shared, as in
// feature hashing), so a model is a few typed arrays of known size.
// Training keeps float weights with lazily averaged totals; a trained model
// is quantised to int16 with one scale, which keeps argmax and halves size.

/** A trained, quantised linear model: `rows` (a power of two) rows of `classes` int16 weights. */
export interface Linear {
  classes: number;
  rows: number;
  weights: Int16Array;
}

/** Adds the rows of `feats[0..n)` into `scores` (length `classes`), zeroing it first. */
export function score(m: Linear, feats: Uint32Array, n: number, scores: Int32Array): Int32Array {
  const { classes, weights } = m;
  const mask = m.rows - 1;
  if (classes === 3) return score3(weights, mask, feats, n, scores);
  scores.fill(0);
  for (let f = 0; f < n; f++) {
    const row = (feats[f]! & mask) * classes;
    for (let c = 0; c < classes; c++) scores[c]! += weights[row + c]!;
  }
  return scores;
}

// Note: the parser's three moves, unrolled: the general loop's overhead is most of the work at this width.
function score3(weights: Int16Array, mask: number, feats: Uint32Array, n: number, scores: Int32Array): Int32Array {
  let a = 0, b = 0, c = 0;
  for (let f = 0; f < n; f++) {
    const row = (feats[f]! & mask) * 3;
    a += weights[row]!;
    b += weights[row + 1]!;
    c += weights[row + 2]!;
  }
  scores[0] = a;
  scores[1] = b;
  scores[2] = c;
  return scores;
}

/** The highest-scoring class among those `allowed` (all when absent); ties go to the lowest class. */
export function argmax(scores: ArrayLike<number>, allowed?: (c: number) => boolean): number {
  let best = -1;
  for (let c = 0; c < scores.length; c++) {
    if (allowed && !allowed(c)) continue;
    if (best < 0 || scores[c]! > scores[best]!) best = c;
  }
  return best;
}

/** A perceptron being trained. */
export class Trainer {
  readonly classes: number;
  readonly rows: number;
  private readonly w: Float32Array;
  private readonly totals: Float64Array;
  private readonly stamps: Int32Array;
  private readonly scores: Float64Array;
  private step = 0;

  constructor(classes: number, rowBits: number) {
    this.classes = classes;
    this.rows = 1 << rowBits;
    this.w = new Float32Array(this.rows * classes);
    this.totals = new Float64Array(this.rows * classes);
    this.stamps = new Int32Array(this.rows * classes);
    this.scores = new Float64Array(classes);
  }

  /** Current (unaveraged) scores of the features. */
  scoresOf(feats: Uint32Array, n: number): Float64Array {
    const { classes, w, scores } = this;
    const mask = this.rows - 1;
    scores.fill(0);
    for (let f = 0; f < n; f++) {
      const row = (feats[f]! & mask) * classes;
      for (let c = 0; c < classes; c++) scores[c]! += w[row + c]!;
    }
    return scores;
  }

  /** One example seen: moves weight from `guess` to `truth` when they differ. */
  update(truth: number, guess: number, feats: Uint32Array, n: number): void {
    this.step++;
    if (truth === guess) return;
    const mask = this.rows - 1;
    for (let f = 0; f < n; f++) {
      const row = (feats[f]! & mask) * this.classes;
      this.bump(row + truth, 1);
      this.bump(row + guess, -1);
    }
  }

  /** Adds `by` to the weights of class `cls` for the features, without counting an example: a structured update spans many moves. */
  adjust(cls: number, by: number, feats: Uint32Array, n: number): void {
    const mask = this.rows - 1;
    for (let f = 0; f < n; f++) this.bump((feats[f]! & mask) * this.classes + cls, by);
  }

  /** Counts `examples` seen (for the averaging) after `adjust`. */
  tick(examples = 1): void {
    this.step += examples;
  }

  private bump(i: number, by: number): void {
    this.totals[i]! += (this.step - this.stamps[i]!) * this.w[i]!;
    this.stamps[i] = this.step;
    this.w[i]! += by;
  }

  /** The averaged weights, quantised to int16 (scaled so the largest magnitude is 32767). */
  finish(): Linear {
    const n = this.w.length;
    const avg = new Float64Array(n);
    let max = 0;
    for (let i = 0; i < n; i++) {
      const total = this.totals[i]! + (this.step - this.stamps[i]!) * this.w[i]!;
      avg[i] = total / Math.max(1, this.step);
      max = Math.max(max, Math.abs(avg[i]!));
    }
    const scale = max > 0 ? 32767 / max : 1;
    const weights = new Int16Array(n);
    for (let i = 0; i < n; i++) weights[i] = Math.round(avg[i]! * scale);
    return { classes: this.classes, rows: this.rows, weights };
  }
}

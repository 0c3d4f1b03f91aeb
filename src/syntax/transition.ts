// The arc-hybrid transition system (Kuhlmann et al. 2011) with its dynamic
// oracle (Goldberg & Nivre 2013). Words are 0..n-1 and the artificial root is
// n, the last item of the buffer, so a word takes the root as head by LEFT
// when the buffer holds nothing else.

/** Moves: push the buffer's front; pop s0 as a dependent of the buffer's front; pop s0 as a dependent of s1. */
export const SHIFT = 0;
export const LEFT = 1;
export const RIGHT = 2;
export const MOVES = 3;

/** A parser configuration: the stack, the buffer's front, the arcs so far and each word's outermost children. */
export class State {
  readonly n: number;
  readonly stack: Int32Array;
  sp = 0;
  b0 = 0;
  readonly heads: Int32Array;
  /** The two leftmost and two rightmost dependents of each word (or -1), and how many it has on each side. */
  readonly left1: Int32Array;
  readonly left2: Int32Array;
  readonly right1: Int32Array;
  readonly right2: Int32Array;
  readonly nLeft: Uint8Array;
  readonly nRight: Uint8Array;

  constructor(n: number) {
    this.n = n;
    this.stack = new Int32Array(n + 1);
    const filled = () => new Int32Array(n + 1).fill(-1);
    this.heads = filled();
    this.left1 = filled();
    this.left2 = filled();
    this.right1 = filled();
    this.right2 = filled();
    this.nLeft = new Uint8Array(n + 1);
    this.nRight = new Uint8Array(n + 1);
  }

  /** Word at stack depth `d` (0 = top), or -1. */
  s(d: number): number {
    return d < this.sp ? this.stack[this.sp - 1 - d]! : -1;
  }

  get done(): boolean {
    return this.sp === 0 && this.b0 === this.n;
  }

  valid(move: number): boolean {
    if (move === SHIFT) return this.b0 < this.n;
    if (move === LEFT) return this.sp >= 1;
    return this.sp >= 2;
  }

  apply(move: number): void {
    if (move === SHIFT) this.stack[this.sp++] = this.b0++;
    else if (move === LEFT) this.attach(this.b0, this.stack[--this.sp]!);
    else {
      const dep = this.stack[--this.sp]!;
      this.attach(this.stack[this.sp - 1]!, dep);
    }
  }

  private attach(head: number, dep: number): void {
    this.heads[dep] = head;
    // Note: LEFT adds left dependents from the nearest outwards, RIGHT adds right ones from the nearest outwards.
    if (dep < head) {
      this.left2[head] = this.left1[head]!;
      this.left1[head] = dep;
      this.nLeft[head]!++;
    } else {
      this.right2[head] = this.right1[head]!;
      this.right1[head] = dep;
      this.nRight[head]!++;
    }
  }
}

/** How many gold arcs (`gold[w]` = head of w, root = n) each move makes unreachable; -1 for invalid moves. */
export function moveCosts(st: State, gold: Int32Array, out: Int32Array): Int32Array {
  const { b0, n } = st;
  const s0 = st.s(0);
  const s1 = st.s(1);
  for (let m = 0; m < MOVES; m++) out[m] = st.valid(m) ? 0 : -1;
  if (s0 >= 0) {
    // Popping s0 loses its dependents still in the buffer.
    let deps = 0;
    for (let k = b0; k < n; k++) if (gold[k] === s0) deps++;
    if (out[LEFT]! >= 0) out[LEFT] = deps + (gold[s0] === s1 || gold[s0]! > b0 ? 1 : 0);
    if (out[RIGHT]! >= 0) out[RIGHT] = deps + (gold[s0]! >= b0 ? 1 : 0);
  }
  if (out[SHIFT]! >= 0) {
    // Pushing b0 loses its arcs with the stack, except being s0's dependent.
    let c = 0;
    for (let d = 0; d < st.sp; d++) {
      const k = st.stack[d]!;
      if (gold[k] === b0) c++;
      if (gold[b0] === k && k !== s0) c++;
    }
    out[SHIFT] = c;
  }
  return out;
}

// The arc-hybrid transition system (Kuhlmann et al. 2011) with its dynamic
// oracle (Goldberg & Nivre 2013). Words are 0..n-1 and the artificial root is
// n, the last item of the buffer, so a word takes the root as head by LEFT
// when the buffer holds nothing else.

/** Moves: push the buffer's front; pop s0 as a dependent of the buffer's front; pop s0 as a dependent of s1. */
export const SHIFT = 0;
export const LEFT = 1;
export const RIGHT = 2;
export const MOVES = 3;

/**
 * The parser configurations of one sentence, in a pool of typed arrays so
 * that the configurations of a beam share their history instead of copying
 * it. A configuration is a number: its parent, the move that made it, the
 * buffer's front with that word's left children, and its stack as a linked
 * list of nodes, each a word with its outermost children and how many it has
 * on each side. Only s0, s1 and the buffer's front ever gain children, so a
 * move makes one configuration and at most one node (SHIFT pushes the front,
 * RIGHT copies s1 with its new child; LEFT only pops), and the heads are read
 * back from the chain of moves at the end.
 */
export class Configs {
  n = 0;
  private size = 0;
  private nodes = 0;
  // Per configuration.
  parent = new Int32Array(0);
  move = new Int8Array(0);
  b0 = new Int32Array(0);
  /** The buffer front's leftmost two dependents (or -1) and its count of left dependents. */
  bl1 = new Int32Array(0);
  bl2 = new Int32Array(0);
  bnl = new Uint8Array(0);
  /** The top stack node (or -1) and the stack's depth. */
  top = new Int32Array(0);
  depth = new Int32Array(0);
  /** Free for a search's own use (the trainer marks configurations that can still reach the best tree). */
  mark = new Uint8Array(0);
  // Per stack node.
  word = new Int32Array(0);
  next = new Int32Array(0);
  l1 = new Int32Array(0);
  l2 = new Int32Array(0);
  r1 = new Int32Array(0);
  r2 = new Int32Array(0);
  nl = new Uint8Array(0);
  nr = new Uint8Array(0);

  /** Forgets every configuration and returns the initial one of an `n`-word sentence. */
  start(n: number): number {
    this.n = n;
    this.size = 0;
    this.nodes = 0;
    const c = this.newConfig(-1, -1, 0, -1, 0);
    this.bl1[c] = -1;
    this.bl2[c] = -1;
    this.bnl[c] = 0;
    return c;
  }

  /** Word at stack depth `d` (0 = top) of configuration `c`, or -1. */
  s(c: number, d: number): number {
    let node = this.top[c]!;
    for (let i = 0; i < d && node >= 0; i++) node = this.next[node]!;
    return node < 0 ? -1 : this.word[node]!;
  }

  done(c: number): boolean {
    return this.depth[c] === 0 && this.b0[c] === this.n;
  }

  valid(c: number, move: number): boolean {
    if (move === SHIFT) return this.b0[c]! < this.n;
    if (move === LEFT) return this.depth[c]! >= 1;
    return this.depth[c]! >= 2;
  }

  /** The configuration that `move` (valid) makes from `c`. */
  apply(c: number, move: number): number {
    const top = this.top[c]!, b0 = this.b0[c]!;
    if (move === SHIFT) {
      const node = this.newNode(b0, top, this.bl1[c]!, this.bl2[c]!, this.bnl[c]!, -1, -1, 0);
      const d = this.newConfig(c, move, b0 + 1, node, this.depth[c]! + 1);
      this.bl1[d] = -1;
      this.bl2[d] = -1;
      this.bnl[d] = 0;
      return d;
    }
    const dep = this.word[top]!;
    if (move === LEFT) {
      // Note: LEFT adds left dependents from the nearest outwards, RIGHT adds right ones from the nearest outwards.
      const d = this.newConfig(c, move, b0, this.next[top]!, this.depth[c]! - 1);
      this.bl1[d] = dep;
      this.bl2[d] = this.bl1[c]!;
      this.bnl[d] = this.bnl[c]! + 1;
      return d;
    }
    const s1 = this.next[top]!;
    const node = this.newNode(this.word[s1]!, this.next[s1]!, this.l1[s1]!, this.l2[s1]!, this.nl[s1]!, dep, this.r1[s1]!, this.nr[s1]! + 1);
    const d = this.newConfig(c, move, b0, node, this.depth[c]! - 1);
    this.bl1[d] = this.bl1[c]!;
    this.bl2[d] = this.bl2[c]!;
    this.bnl[d] = this.bnl[c]!;
    return d;
  }

  /** Each word's head (root = n, none = -1) built on the way to configuration `c`, written into `out` (length n + 1). */
  heads(c: number, out: Int32Array): Int32Array {
    out.fill(-1);
    for (let x = c; this.parent[x]! >= 0; x = this.parent[x]!) {
      const p = this.parent[x]!, move = this.move[x]!, top = this.top[p]!;
      if (move === LEFT) out[this.word[top]!] = this.b0[p]!;
      else if (move === RIGHT) out[this.word[top]!] = this.word[this.next[top]!]!;
    }
    return out;
  }

  private newConfig(parent: number, move: number, b0: number, top: number, depth: number): number {
    if (this.size === this.parent.length) this.growConfigs();
    const c = this.size++;
    this.parent[c] = parent;
    this.move[c] = move;
    this.b0[c] = b0;
    this.top[c] = top;
    this.depth[c] = depth;
    this.mark[c] = 0;
    return c;
  }

  private newNode(word: number, next: number, l1: number, l2: number, nl: number, r1: number, r2: number, nr: number): number {
    if (this.nodes === this.word.length) this.growNodes();
    const i = this.nodes++;
    this.word[i] = word;
    this.next[i] = next;
    this.l1[i] = l1;
    this.l2[i] = l2;
    this.nl[i] = nl;
    this.r1[i] = r1;
    this.r2[i] = r2;
    this.nr[i] = nr;
    return i;
  }

  private growConfigs(): void {
    const size = Math.max(256, this.parent.length * 2);
    this.parent = grown(this.parent, size);
    this.move = grown(this.move, size);
    this.b0 = grown(this.b0, size);
    this.bl1 = grown(this.bl1, size);
    this.bl2 = grown(this.bl2, size);
    this.bnl = grown(this.bnl, size);
    this.top = grown(this.top, size);
    this.depth = grown(this.depth, size);
    this.mark = grown(this.mark, size);
  }

  private growNodes(): void {
    const size = Math.max(256, this.word.length * 2);
    this.word = grown(this.word, size);
    this.next = grown(this.next, size);
    this.l1 = grown(this.l1, size);
    this.l2 = grown(this.l2, size);
    this.r1 = grown(this.r1, size);
    this.r2 = grown(this.r2, size);
    this.nl = grown(this.nl, size);
    this.nr = grown(this.nr, size);
  }
}

function grown<A extends Int32Array | Int8Array | Uint8Array>(a: A, size: number): A {
  const b = new (a.constructor as new (n: number) => A)(size);
  b.set(a);
  return b;
}

/** How many gold arcs (`gold[w]` = head of w, root = n) each move from configuration `c` makes unreachable; -1 for invalid moves. */
export function moveCosts(cf: Configs, c: number, gold: Int32Array, out: Int32Array): Int32Array {
  const { n } = cf;
  const b0 = cf.b0[c]!;
  const s0 = cf.s(c, 0);
  const s1 = cf.s(c, 1);
  for (let m = 0; m < MOVES; m++) out[m] = cf.valid(c, m) ? 0 : -1;
  if (s0 >= 0) {
    // Popping s0 loses its dependents still in the buffer.
    let deps = 0;
    for (let k = b0; k < n; k++) if (gold[k] === s0) deps++;
    if (out[LEFT]! >= 0) out[LEFT] = deps + (gold[s0] === s1 || gold[s0]! > b0 ? 1 : 0);
    if (out[RIGHT]! >= 0) out[RIGHT] = deps + (gold[s0]! >= b0 ? 1 : 0);
  }
  if (out[SHIFT]! >= 0) {
    // Pushing b0 loses its arcs with the stack, except being s0's dependent.
    let c2 = 0;
    for (let node = cf.top[c]!; node >= 0; node = cf.next[node]!) {
      const k = cf.word[node]!;
      if (gold[k] === b0) c2++;
      if (gold[b0] === k && k !== s0) c2++;
    }
    out[SHIFT] = c2;
  }
  return out;
}

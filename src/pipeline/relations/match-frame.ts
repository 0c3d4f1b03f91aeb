// Matches one compiled frame at an anchor word: elements after the anchor
// left to right, elements before it right to left, with backtracking over
// optional words and `*` gaps.
import { findSubject, type PronounResolver } from './subject.ts';
import type { PhraseUnit, Unit } from './units.ts';
import type { Element, Frame, FrameBook } from './verb-frames.ts';

/** The actors a frame bound, the frame's own words, and the polarity of the verb. */
export interface Binding {
  A?: PhraseUnit;
  B?: PhraseUnit;
  AB?: PhraseUnit;
  words: string[];
  /** Index of the leftmost unit the match used (the subject's, when found by search). */
  first: number;
  negated: boolean;
  hypothetical: boolean;
}

interface Ctx {
  units: Unit[];
  book: FrameBook;
  frame: Frame;
  resolve: PronounResolver;
}

/** The frame matched with its anchor at unit `at`, or undefined. */
export function matchFrame(frame: Frame, units: Unit[], at: number, book: FrameBook, resolve: PronounResolver): Binding | undefined {
  const ctx: Ctx = { units, book, frame, resolve };
  const anchorWord = (units[at] as { text: string }).text;
  const right = frame.elements.slice(frame.anchor + 1);
  const left = frame.elements.slice(0, frame.anchor).reverse();
  const b: Binding = { words: [anchorWord], first: at, negated: false, hypothetical: false };
  return walk(ctx, right, 0, at + 1, 1, b) && walk(ctx, left, 0, at - 1, -1, b) ? b : undefined;
}

/** Matches `els[k..]` from unit `pos` in direction `dir`; binds into `b` on success. */
function walk(ctx: Ctx, els: Element[], k: number, pos: number, dir: 1 | -1, b: Binding): boolean {
  const e = els[k];
  if (!e) return true;
  if (e.kind === 'word') {
    const u = ctx.units[pos];
    if (u?.kind === 'word' && e.words.has(u.lower)) {
      const saved = b.words.length;
      dir > 0 ? b.words.push(u.text) : b.words.unshift(u.text);
      if (walk(ctx, els, k + 1, pos + dir, dir, b)) return true;
      if (dir > 0) b.words.length = saved;
      else b.words.shift();
    }
    return e.optional && walk(ctx, els, k + 1, pos, dir, b);
  }
  if (e.kind === 'gap') {
    for (let n = 0; n <= e.max; n++) {
      if (n > 0 && !gapWord(ctx, pos + dir * (n - 1))) return false;
      if (walk(ctx, els, k + 1, pos + dir * n, dir, b)) return true;
    }
    return false;
  }
  return dir > 0 ? slotRight(ctx, els, k, pos, b) : slotLeft(ctx, els, k, pos, b);
}

/** An object slot: determiners and numbers may come first; a demonym must not be an adjective. */
function slotRight(ctx: Ctx, els: Element[], k: number, pos: number, b: Binding): boolean {
  const { units, book } = ctx;
  const e = els[k] as { kind: 'slot'; role: 'A' | 'B' | 'AB' };
  let p = pos;
  while (units[p]?.kind === 'word' && isDeterminer(units[p] as { lower: string }, book)) p++;
  const u = units[p];
  if (u?.kind !== 'phrase' || !fits(u, e.role)) return false;
  if (u.demonym && isAdjective(ctx, units[p + 1], els[k + 1])) return false;
  b[e.role] = u;
  return walk(ctx, els, k + 1, p + 1, 1, b);
}

/** A slot before the anchor: the subject search for a verb frame's first slot, else the adjacent phrase. */
function slotLeft(ctx: Ctx, els: Element[], k: number, pos: number, b: Binding): boolean {
  const e = els[k] as { kind: 'slot'; role: 'A' | 'B' | 'AB' };
  if (k === els.length - 1 && ctx.frame.verbal) {
    const s = findSubject(ctx.units, pos, ctx.book, ctx.resolve);
    if (!s || !fits(s.phrase, e.role)) return false;
    Object.assign(b, { [e.role]: s.phrase, negated: s.negated, hypothetical: s.hypothetical });
    b.first = Math.min(b.first, ctx.units.indexOf(s.phrase) >= 0 ? ctx.units.indexOf(s.phrase) : pos);
    return true;
  }
  const u = ctx.units[pos];
  if (u?.kind !== 'phrase' || !fits(u, e.role)) return false;
  b[e.role] = u;
  b.first = Math.min(b.first, pos);
  return walk(ctx, els, k + 1, pos - 1, -1, b);
}

function fits(p: PhraseUnit, role: 'A' | 'B' | 'AB'): boolean {
  return role === 'AB' ? p.actors.length >= 2 : p.actors.length >= 1;
}

function isDeterminer(u: { lower: string }, book: FrameBook): boolean {
  return book.classes.determiner.has(u.lower) || /^\d[\d,.]*$/.test(u.lower) || numberWords.has(u.lower);
}

const numberWords = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'thousands']);

/** "Iranian missiles": a demonym followed by a lowercase noun the frame does not expect. */
function isAdjective(ctx: Ctx, next: Unit | undefined, nextEl: Element | undefined): boolean {
  if (next?.kind !== 'word' || !/^\p{Ll}/u.test(next.text)) return false;
  if (nextEl?.kind === 'word' && nextEl.words.has(next.lower)) return false;
  const { classes, verbForms } = ctx.book;
  return !(classes.preposition.has(next.lower) || classes.relative.has(next.lower) || classes.skip.has(next.lower) || verbForms.has(next.lower));
}

/** A word a gap may cross: no punctuation, no verb, no relative or condition. */
function gapWord(ctx: Ctx, pos: number): boolean {
  const u = ctx.units[pos];
  if (u?.kind !== 'word' || !/^[\p{L}\p{N}]/u.test(u.text)) return false;
  const { classes, verbForms } = ctx.book;
  return !(verbForms.has(u.lower) || classes.relative.has(u.lower) || classes.condition.has(u.lower) || classes.negation.has(u.lower));
}

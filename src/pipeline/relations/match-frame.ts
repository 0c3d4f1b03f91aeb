// Matches one compiled frame at an anchor word: elements after the anchor
// left to right, elements before it right to left, with backtracking over
// optional words and `*` gaps. Slots are matched in slot-left.ts and slot-right.ts.
import { slotLeft } from './slot-left.ts';
import { slotRight } from './slot-right.ts';
import type { PronounResolver } from './subject.ts';
import type { PhraseUnit, Unit } from './units.ts';
import type { Element, Frame, FrameBook } from './verb-frames.ts';
import { isFree } from './word-classes.ts';

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
  /** A verb used on words ("attacked Labour's plans", "called Putin's remarks concerning"): coded as disapproval. */
  verbal?: boolean;
}

/** What the slot matchers need: the sentence, the frame, and the walk to continue with. */
export interface Ctx {
  units: Unit[];
  book: FrameBook;
  frame: Frame;
  resolve: PronounResolver;
  /** The anchor's unit index. */
  at: number;
  walk: (els: Element[], k: number, pos: number, dir: 1 | -1, b: Binding) => boolean;
}

/** The frame matched with its anchor at unit `at`, or undefined. */
export function matchFrame(frame: Frame, units: Unit[], at: number, book: FrameBook, resolve: PronounResolver): Binding | undefined {
  const ctx: Ctx = { units, book, frame, resolve, at, walk: (els, k, pos, dir, b) => walk(ctx, els, k, pos, dir, b) };
  const right = frame.elements.slice(frame.anchor + 1);
  const left = frame.elements.slice(0, frame.anchor).reverse();
  const b: Binding = { words: [(units[at] as { text: string }).text], first: at, negated: false, hypothetical: false };
  return walk(ctx, right, 0, at + 1, 1, b) && walk(ctx, left, 0, at - 1, -1, b) ? b : undefined;
}

/** Matches `els[k..]` from unit `pos` in direction `dir`; binds into `b` on success. */
function walk(ctx: Ctx, els: Element[], k: number, pos: number, dir: 1 | -1, b: Binding): boolean {
  const e = els[k];
  if (!e) return true;
  if (e.kind === 'word') return word(ctx, els, k, pos, dir, b);
  if (e.kind === 'gap') return gap(ctx, els, k, pos, dir, b);
  // `^`: the frame opens the sentence (at most two words before it, "Speaking in a call with").
  if (e.kind === 'start') return pos <= 1 && walk(ctx, els, k + 1, pos, dir, b);
  return dir > 0 ? slotRight(ctx, els, k, pos, b) : slotLeft(ctx, els, k, pos, b);
}

/** A word element, or its absence when optional; the words matched are kept in text order. */
function word(ctx: Ctx, els: Element[], k: number, pos: number, dir: 1 | -1, b: Binding): boolean {
  const e = els[k] as Extract<Element, { kind: 'word' }>;
  const u = ctx.units[pos];
  if (u?.kind === 'word' && e.words.has(u.lower)) {
    if (dir > 0) b.words.push(u.text);
    else b.words.unshift(u.text);
    if (walk(ctx, els, k + 1, pos + dir, dir, b)) return true;
    if (dir > 0) b.words.pop();
    else b.words.shift();
  }
  return e.optional && walk(ctx, els, k + 1, pos, dir, b);
}

/** A `*` gap, shortest first; hyphens, numbers, money and -ly adverbs inside it are free. */
function gap(ctx: Ctx, els: Element[], k: number, pos: number, dir: 1 | -1, b: Binding): boolean {
  const e = els[k] as Extract<Element, { kind: 'gap' }>;
  for (let n = 0, p = pos; ; p += dir) {
    if (walk(ctx, els, k + 1, p, dir, b)) return true;
    if (isFree(ctx.units[p])) continue;
    if (n++ === e.max || !gapUnit(ctx, p, e.wide)) return false;
  }
}

/** A unit a gap may cross: an adjective phrase (any phrase for a wide gap), or a word that is no punctuation, verb, relative or condition. */
function gapUnit(ctx: Ctx, pos: number, wide: boolean): boolean {
  const u = ctx.units[pos];
  if (u?.kind === 'phrase') return (u.demonym || Boolean(u.headed) || wide) && !u.possessive;
  if (u?.kind !== 'word' || !/^[\p{L}\p{N}]/u.test(u.text)) return false;
  const { classes, verbForms } = ctx.book;
  // "the use of", "in direct talks", "Trump's trade war": after an article, a preposition or an
  // owner's 's a verb form is a noun or adjective.
  const prev = ctx.units[pos - 1];
  const owned = prev?.kind === 'phrase' && prev.possessive;
  const noun = owned || (prev?.kind === 'word' && (/^(?:the|a|an)$/.test(prev.lower) || classes.preposition.has(prev.lower)));
  // "Benin claiming ties with": an -ing word is a participle, unless it follows an article, a
  // preposition or an owner ("Putin's grinding war", "Iran's ongoing support").
  const verb = verbForms.has(u.lower) || (u.lower.length > 4 && u.lower.endsWith('ing') && !owned);
  return !((verb && !noun) || classes.relative.has(u.lower) || classes.condition.has(u.lower) || classes.negation.has(u.lower));
}

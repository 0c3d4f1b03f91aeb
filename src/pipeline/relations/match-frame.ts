// Matches one compiled frame at an anchor word: elements after the anchor
// left to right, elements before it right to left, with backtracking over
// optional words and `*` gaps.
import { findSubject, sentenceSubject, type PronounResolver } from './subject.ts';
import type { PhraseUnit, Unit, WordUnit } from './units.ts';
import type { Element, Frame, FrameBook, Role } from './verb-frames.ts';

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
  /** The anchor's unit index. */
  at: number;
}

/** The frame matched with its anchor at unit `at`, or undefined. */
export function matchFrame(frame: Frame, units: Unit[], at: number, book: FrameBook, resolve: PronounResolver): Binding | undefined {
  const ctx: Ctx = { units, book, frame, resolve, at };
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
    // Hyphens, -ly adverbs, numbers and money inside a gap are free ("full - scale invasion", "£ 600m ( $ 780m )").
    for (let n = 0, p = pos; ; p += dir) {
      if (walk(ctx, els, k + 1, p, dir, b)) return true;
      if (isFree(ctx.units[p])) continue;
      if (n++ === e.max || !gapUnit(ctx, p, e.wide)) return false;
    }
  }
  return dir > 0 ? slotRight(ctx, els, k, pos, b) : slotLeft(ctx, els, k, pos, b);
}

/** An object slot: determiners and numbers may come first; a demonym must not be an adjective. */
function slotRight(ctx: Ctx, els: Element[], k: number, pos: number, b: Binding): boolean {
  const { units, book } = ctx;
  const e = els[k] as { kind: 'slot'; role: Role };
  let p = pos;
  let crossed = false;
  for (;;) {
    if (units[p]?.kind === 'word' && isDeterminer(units[p] as { lower: string }, book)) p++;
    // "fellow autocrat Kim Jong Un": up to two plain words before a person.
    else if (units[p]?.kind === 'word' && p - pos < 2 && plainWord(ctx, units[p] as { lower: string; text: string }) && nextPerson(units, p)) p++;
    // "between Iran-backed Hezbollah and Israel": a compound modifier before the slot is crossed.
    else if (units[p]?.kind === 'phrase' && isWord(units[p + 1], '-') && units[p + 2]?.kind === 'word' && units[p + 3]?.kind === 'phrase') {
      p += 3;
      crossed = true;
    }
    else break;
  }
  // "condemned the statement of France": for a verbal conflict frame, an act's author is its target.
  if (ctx.frame.cameo >= '09' && ctx.frame.cameo <= '13') p = actAuthor(ctx, p);
  let u = units[p];
  if (u?.kind !== 'phrase' || !fits(u, e.role)) return false;
  // "Iran-backed Hezbollah and Israel": the compound modifier belongs to the first member only.
  if (u.members && !crossed && isWord(units[p - 2], '-')) u = u.members[0]!;
  // "supplied Iranian missiles", "told a London news conference", "criticised the US-led coalition":
  // right after the verb, a phrase before a noun is its modifier; after a preposition it is the target.
  const afterPreposition = units[pos - 1]?.kind === 'word' && book.classes.preposition.has((units[pos - 1] as { lower: string }).lower);
  const article = units[p - 1]?.kind === 'word' && /^an?$/.test((units[p - 1] as { lower: string }).lower);
  const adjectival = (u.demonym && !isAct(book, units[p + 1])) || (article && !u.person);
  if (!u.group && !afterPreposition && isModifier(ctx, units[p + 1], els[k + 1], adjectival)) return false;
  if (e.role === 'S') return false;
  b[e.role] = u;
  return walk(ctx, els, k + 1, p + 1, 1, b);
}

/** A slot before the anchor: the subject search for a verb frame's first slot, else the adjacent phrase. */
function slotLeft(ctx: Ctx, els: Element[], k: number, pos: number, b: Binding): boolean {
  const e = els[k] as { kind: 'slot'; role: Role };
  if (e.role === 'S') {
    // The subject is anywhere before, but the words right before the frame are no actor of it.
    if (ctx.units[pos]?.kind !== 'word') return false;
    const s = sentenceSubject(ctx.units, pos + 1, ctx.book);
    if (!s) return false;
    b.A = s.phrase;
    return true;
  }
  if (k === els.length - 1 && ctx.frame.verbal) {
    const s = findSubject(ctx.units, pos, ctx.at, ctx.book, ctx.resolve);
    if (!s || !fits(s.phrase, e.role)) return false;
    Object.assign(b, { [e.role]: s.phrase, negated: s.negated, hypothetical: s.hypothetical });
    b.first = Math.min(b.first, ctx.units.indexOf(s.phrase) >= 0 ? ctx.units.indexOf(s.phrase) : pos);
    return true;
  }
  const u = ctx.units[pos];
  if (u?.kind !== 'phrase' || !fits(u, e.role)) return false;
  // "Iran's Lebanese proxy": the demonym describes the noun; the owner is the possessive before it.
  const before = ctx.units[pos - 1];
  if (u.demonym && !u.possessive && before?.kind === 'phrase' && before.possessive) return false;
  b[e.role as 'A' | 'B' | 'AB'] = u;
  b.first = Math.min(b.first, pos);
  return walk(ctx, els, k + 1, pos - 1, -1, b);
}

function fits(p: PhraseUnit, role: Role): boolean {
  return role === 'AB' ? p.actors.length >= 2 : p.actors.length >= 1;
}

function isDeterminer(u: { lower: string }, book: FrameBook): boolean {
  return book.classes.determiner.has(u.lower) || /^\d[\d,.]*$/.test(u.lower) || numberWords.has(u.lower);
}

const numberWords = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'thousands']);

/**
 * "US-led": a phrase followed by a hyphen the frame does not expect; "Iranian missiles",
 * "a London news conference": an adjectival phrase followed by a lowercase noun.
 */
function isModifier(ctx: Ctx, next: Unit | undefined, nextEl: Element | undefined, adjectival: boolean): boolean {
  if (next?.kind !== 'word') return false;
  if (nextEl?.kind === 'word' && nextEl.words.has(next.lower)) return false;
  if (next.text === '-') return true;
  if (!adjectival || !/^\p{Ll}/u.test(next.text)) return false;
  const { classes, verbForms } = ctx.book;
  const w = next.lower;
  return !(classes.preposition.has(w) || classes.relative.has(w) || classes.skip.has(w) || classes.time.has(w) || classes.condition.has(w) || verbForms.has(w) || w === 'overnight');
}

/** A unit a gap may cross: a demonym used as an adjective (any phrase for a wide gap), or a word that is no punctuation, verb, relative or condition. */
function gapUnit(ctx: Ctx, pos: number, wide: boolean): boolean {
  const u = ctx.units[pos];
  if (u?.kind === 'phrase') return (u.demonym || u.headed || wide) && !u.possessive;
  if (u?.kind !== 'word' || !/^[\p{L}\p{N}]/u.test(u.text)) return false;
  const { classes, verbForms } = ctx.book;
  // "the use of": after an article a verb form is a noun.
  const prev = ctx.units[pos - 1];
  const noun = prev?.kind === 'word' && /^(?:the|a|an)$/.test(prev.lower);
  return !((verbForms.has(u.lower) && !noun) || classes.relative.has(u.lower) || classes.condition.has(u.lower) || classes.negation.has(u.lower));
}

/** Skips "[adjective] act of|by" ("the unusual statement of") before a phrase; else returns `p`. */
function actAuthor(ctx: Ctx, p: number): number {
  const { units, book } = ctx;
  let k = p;
  if (units[k]?.kind === 'word' && !book.classes.act.has((units[k] as { lower: string }).lower) && plainWord(ctx, units[k] as WordUnit)) k++;
  const [act, of, who] = [units[k], units[k + 1], units[k + 2]];
  const ok = act?.kind === 'word' && book.classes.act.has(act.lower) && of?.kind === 'word' && /^(?:of|by)$/.test(of.lower) && who?.kind === 'phrase';
  return ok ? k + 2 : p;
}

/** "condemned Iranian strikes": a demonym before a word for what its state did stands for the state. */
function isAct(book: FrameBook, next: Unit | undefined): boolean {
  return next?.kind === 'word' && book.classes.act.has(next.lower);
}

function isFree(u: Unit | undefined): boolean {
  if (u?.kind !== 'word') return false;
  return u.text === '-' || /^[£$€()]$|^\d/u.test(u.text) || (u.text.length > 4 && u.text.endsWith('ly') && /^\p{Ll}/u.test(u.text));
}

function plainWord(ctx: Ctx, u: { lower: string; text: string }): boolean {
  const { classes, verbForms } = ctx.book;
  return /^\p{Ll}+$/u.test(u.text) && !(verbForms.has(u.lower) || classes.preposition.has(u.lower) || classes.relative.has(u.lower) || classes.negation.has(u.lower) || classes.skip.has(u.lower));
}

/** Whether a person phrase follows unit `p` within two plain words. */
function nextPerson(units: Unit[], p: number): boolean {
  for (let k = p + 1; k <= p + 2; k++) {
    const u = units[k];
    if (u?.kind === 'phrase') return u.person && !u.group;
    if (u?.kind !== 'word' || !/^\p{Ll}+$/u.test(u.text)) return false;
  }
  return false;
}

function isWord(u: Unit | undefined, w: string): boolean {
  return u?.kind === 'word' && u.lower === w;
}

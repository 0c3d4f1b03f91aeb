// Matches a slot before the anchor: the subject search for a verb frame's
// first slot, the sentence's subject for `S`, else the adjacent phrase.
import { sentenceSubject } from './clause-subject.ts';
import type { Binding, Ctx } from './match-frame.ts';
import { owners } from './pronouns.ts';
import { fits } from './slot-right.ts';
import { findSubject } from './subject.ts';
import type { Element, Role } from './verb-frames.ts';

/** Binds the slot `els[k]` to a phrase ending at unit `pos` (walking left), then matches the rest. */
export function slotLeft(ctx: Ctx, els: Element[], k: number, pos: number, b: Binding): boolean {
  const role = (els[k] as { role: Role }).role;
  if (role === 'S') return sentenceSlot(ctx, pos, b);
  if (k === els.length - 1 && ctx.frame.verbal) return subjectSlot(ctx, role, pos, b);
  const u = ctx.units[pos];
  if (u?.kind === 'word' && role === 'A' && k === els.length - 1) return ownerSlot(ctx, els, k, pos, b);
  if (u?.kind !== 'phrase' || !fits(u, role)) return false;
  // "Iran's Lebanese proxy": the demonym describes the noun; the owner is the possessive before it.
  const before = ctx.units[pos - 1];
  if (u.demonym && !u.possessive && before?.kind === 'phrase' && before.possessive) return false;
  b[role as 'A' | 'B' | 'AB'] = u;
  b.first = Math.min(b.first, pos);
  return ctx.walk(els, k + 1, pos - 1, -1, b);
}

/** `S`: the subject of the sentence, anywhere before; the unit right before the frame must be a word. */
function sentenceSlot(ctx: Ctx, pos: number, b: Binding): boolean {
  if (ctx.units[pos]?.kind !== 'word') return false;
  const s = sentenceSubject(ctx.units, pos + 1, ctx.book);
  if (!s) return false;
  b.A = s.phrase;
  return true;
}

function subjectSlot(ctx: Ctx, role: Role, pos: number, b: Binding): boolean {
  const s = findSubject(ctx.units, pos, ctx.at, ctx.book, ctx.resolve);
  // "Blair met Berlusconi and Schroeder to talk": an infinitive's list is no pair of partners.
  if (!s || !fits(s.phrase, role) || (role === 'AB' && s.infinitive)) return false;
  // "Curry has been called the Carson of podcasting": a participle after "be" is a passive, which
  // only the frame's own passive ("called by") may match.
  const anchor = (ctx.units[ctx.at] as { lower: string }).lower;
  if (s.be && ctx.book.participleForms.has(anchor) && !ctx.frame.pattern.endsWith('(passive)') && ctx.frame.elements[ctx.frame.anchor + 1]?.kind === 'slot') return false;
  Object.assign(b, { [role]: s.phrase, negated: s.negated, hypothetical: s.hypothetical });
  const at = ctx.units.indexOf(s.phrase);
  b.first = Math.min(b.first, at >= 0 ? at : pos);
  return true;
}

/** "his war of aggression on Ukraine": a possessive pronoun owning a nominal act (see pronouns.ts for whom it names). */
function ownerSlot(ctx: Ctx, els: Element[], k: number, pos: number, b: Binding): boolean {
  const w = (ctx.units[pos] as { lower: string }).lower;
  const p = owners.has(w) ? ctx.resolve(w, pos) : undefined;
  if (!p || !fits(p, 'A')) return false;
  b.A = p;
  b.first = Math.min(b.first, pos);
  return ctx.walk(els, k + 1, pos - 1, -1, b);
}

// Matches a slot after the anchor: the object, after determiners, titles and
// compound modifiers, and only when the phrase is no adjective of a noun.
import type { Binding, Ctx } from './match-frame.ts';
import type { PhraseUnit, Unit, WordUnit } from './units.ts';
import type { Element, Role } from './verb-frames.ts';
import { hyphenAfter, isAct, isDeterminer, isPlainWord } from './word-classes.ts';

/** Binds the slot `els[k]` to the phrase at or after unit `pos`, then matches the rest. */
export function slotRight(ctx: Ctx, els: Element[], k: number, pos: number, b: Binding): boolean {
  const { units, book } = ctx;
  const role = (els[k] as { role: Role }).role;
  let { p, crossed } = objectStart(ctx, pos);
  // "condemned the statement of France": for a verbal conflict frame, an act's author is its target.
  if (ctx.frame.cameo >= '09' && ctx.frame.cameo <= '13') p = actAuthor(ctx, p);
  let u = units[p];
  if (u?.kind !== 'phrase' || !fits(u, role) || role === 'S') return false;
  // "Iran-backed Hezbollah and Israel": the compound modifier belongs to the first member only.
  if (u.members && !crossed && hyphenAfter(units, p - 3)) u = u.members[0]!;
  // "supplied Iranian missiles", "told a London news conference", "criticised the US-led coalition":
  // right after the verb, a phrase before a noun is its modifier; after a preposition it is the target.
  const before = units[pos - 1];
  const afterPreposition = before?.kind === 'word' && book.classes.preposition.has(before.lower);
  const article = units[p - 1]?.kind === 'word' && /^an?$/.test((units[p - 1] as WordUnit).lower);
  // "receive IMF support": outside a verbal conflict frame, a name before an act or aid noun modifies it.
  const conflict = ctx.frame.cameo >= '09' && ctx.frame.cameo <= '13';
  const adjectival = (u.demonym && !isAct(units[p + 1], book)) || (article && !u.person) || (!conflict && !u.person && !u.possessive && isAct(units[p + 1], book));
  if (!u.group && !afterPreposition && isModifier(ctx, units[p + 1], els[k + 1], adjectival)) return false;
  // "met Blair's wife", "received Murphy's free-kick": one meets the owned thing, not the owner;
  // but "called Putin's remarks concerning" names them, which in news is mostly disapproval.
  if (u.possessive && ctx.frame.cameo === '04') {
    if (!book.classes.naming.has((units[ctx.at] as WordUnit).lower)) return false;
    b.verbal = true;
  }
  // "attacked Labour's plans": an attack on what an actor said or planned is criticism.
  if (ctx.frame.cameo >= '14' && units[p + 1]?.kind === 'word' && book.classes.stance.has((units[p + 1] as WordUnit).lower)) b.verbal = true;
  b[role] = u;
  return ctx.walk(els, k + 1, p + 1, 1, b);
}

/** Whether a phrase can fill a slot: a list of two or more for `AB`, any actor otherwise. */
export function fits(p: PhraseUnit, role: Role): boolean {
  return role === 'AB' ? p.actors.length >= 2 : p.actors.length >= 1;
}

/** Where the object phrase starts: after determiners, up to two plain words before a person, and compound modifiers. */
function objectStart(ctx: Ctx, pos: number): { p: number; crossed: boolean } {
  const { units, book } = ctx;
  let p = pos;
  let crossed = false;
  for (;;) {
    const u = units[p];
    if (u?.kind === 'word' && isDeterminer(u.lower, book)) p++;
    // "fellow autocrat Kim Jong Un"
    else if (u?.kind === 'word' && p - pos < 2 && isPlainWord(u, book) && nextPerson(units, p)) p++;
    // "between Iran-backed Hezbollah and Israel"
    else if (u?.kind === 'phrase' && hyphenAfter(units, p) && units[p + 2]?.kind === 'word' && units[p + 3]?.kind === 'phrase') {
      p += 3;
      crossed = true;
    } else return { p, crossed };
  }
}

/**
 * "US-led": a phrase followed by a hyphen the frame does not expect; "Iranian missiles",
 * "a London news conference": an adjectival phrase followed by a lowercase noun.
 */
function isModifier(ctx: Ctx, next: Unit | undefined, nextEl: Element | undefined, adjectival: boolean): boolean {
  if (next?.kind !== 'word') return false;
  if (nextEl?.kind === 'word' && nextEl.words.has(next.lower)) return false;
  if (next.text === '-') return true;
  if (!adjectival || !/^\p{Ll}/u.test(next.text)) return false;
  if (isAct(next, ctx.book)) return true;
  const { classes, verbForms } = ctx.book;
  const w = next.lower;
  return !(classes.preposition.has(w) || classes.relative.has(w) || classes.skip.has(w) || classes.time.has(w) || classes.condition.has(w) || verbForms.has(w) || w === 'overnight');
}

/** Skips "[adjective] act of|by" ("the unusual statement of") before a phrase; else returns `p`. */
function actAuthor(ctx: Ctx, p: number): number {
  const { units, book } = ctx;
  let k = p;
  const first = units[k];
  if (first?.kind === 'word' && !isAct(first, book) && isPlainWord(first, book)) k++;
  const [act, of] = [units[k], units[k + 1]];
  let who = k + 2;
  while (units[who]?.kind === 'word' && isDeterminer((units[who] as WordUnit).lower, book)) who++;
  const ok = isAct(act, book) && of?.kind === 'word' && /^(?:of|by)$/.test(of.lower) && units[who]?.kind === 'phrase';
  return ok ? who : p;
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

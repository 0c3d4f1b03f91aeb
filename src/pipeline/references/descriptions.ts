// Descriptions that point back: "the alliance", "the company" (the nearest
// body), "the country", "the government" (the nearest state), "the
// statement" (its issuer), "the minister", "the Ukrainian leader" (a person
// of the article with that title and affiliation), and "both sides" (the
// two parties of the sentence before).
import type { BriefingActor } from '../../model/index.ts';
import type { Reference, SyntaxWord } from '../types.ts';
import { nearest, oneOf, pointOf, reach, type Point, type RefContext } from './context.ts';
import { isSubject, type Site } from './sites.ts';

/** Resolves the definite descriptions of sentence `s`: a head of the lexicon, with "the" and its modifiers. */
export function resolveDescriptions(ctx: RefContext, s: number, byHead: Map<string, string[]>): Reference[] {
  const words = ctx.doc.parses[s] ?? [];
  const text = ctx.doc.sentences[s]!.text;
  const out: Reference[] = [];
  words.forEach((w, i) => {
    const head = w.text.toLowerCase();
    const det = words.findIndex((d, k) => d.head === i && d.deprel === 'det' && /^(?:the|an?)$/i.test(d.text) && k < i);
    const definite = words[det]?.text.toLowerCase() === 'the';
    // "a spokesperson", "an administration official": someone speaking for a body; "the official" is the same person again (quotes).
    const kind = definite ? ctx.tools.heads.get(head) : ctx.tools.voices.has(head) ? 'voice' : undefined;
    if (!kind || w.upos !== 'NOUN' || w.deprel === 'compound') return;
    // Note: only a phrase the head closes: every word between "the" and the head modifies it.
    if (det < 0 || i - det > 3 || words.slice(det + 1, i).some((m) => m.head !== i && words[m.head]?.head !== i)) return;
    const mods = words.slice(det + 1, i);
    if (mods.some((m) => m.upos === 'NUM' || ctx.tools.notModifier.has(m.text.toLowerCase()))) return;
    const start = words[det]!.start;
    const mine = ctx.doc.mentions.filter((m) => m.sentence === s && m.actor);
    // Note: the actors stage named it already ("the Kremlin", "the Foreign Ministry").
    if (mine.some((m) => m.start < w.end && m.end >= w.end)) return;
    // "the Israeli government", "the government of Lebanon", "the Trump administration": the phrase names its actor.
    const ofWords = words.flatMap((x, k) => (x.head === i && /^nmod(?!:poss)/.test(x.deprel) && k > i ? [x] : []));
    const named = mine.filter((m) => (m.start >= start && m.end <= w.start) || ofWords.some((x) => m.start <= x.start && m.end >= x.end)).map((m) => m.actor!);
    const p = pointOf(ctx, s, start);
    const modWords = mods.map((m) => m.text.toLowerCase());
    const actors = kind === 'person' ? titled(ctx, p, head, modWords, named) : kind === 'voice' ? voice(ctx, p, modWords, named) : body(ctx, p, kind, head, named, byHead);
    if (!actors?.length) return;
    if (kind !== 'person' && kind !== 'voice') byHead.set(head, actors);
    out.push({ sentence: s, start, end: w.end, text: text.slice(start, w.end), kind: 'description', actors });
    ctx.sites[s]!.push({ sentence: s, start, end: w.end, actors, word: i, deprel: w.deprel, quoted: p.quoted });
    ctx.sites[s]!.sort((a, b) => a.start - b.start);
  });
  return out;
}

/**
 * "the alliance", "the country", "the statement": an actor the phrase names,
 * else what the same head pointed to before ("the CSIS report" … "the
 * report"), else the nearest fitting actor before.
 */
function body(ctx: RefContext, p: Point, kind: 'body' | 'state' | 'document', head: string, named: string[], byHead: Map<string, string[]>): string[] | undefined {
  const own = named.find((a) => ctx.typeOf(a) !== 'person');
  if (own) return [own];
  // Note: "the Trump administration" is the state its person leads; a person with no state names no body.
  if (named.length) {
    const a = ctx.doc.actors.find((x) => x.id === named[0]);
    return kind === 'state' && a?.affiliation ? [a.affiliation] : undefined;
  }
  const before = byHead.get(head);
  if (before) return before;
  if (kind === 'state') return nearest(ctx, p, oneOf(ctx, 'country'), reach, false)?.actors;
  // Note: a news outlet reports a statement; it does not issue it.
  if (kind === 'document') return (nearest(ctx, p, oneOf(ctx, 'organization', 'group', 'country'), 2) ?? nearest(ctx, p, oneOf(ctx, 'person'), 1))?.actors;
  // "the ministry" after "the Foreign Ministry": a body whose name holds the head, named before, wins over the nearest one.
  const holds = (a: BriefingActor) => [a.name, ...a.aliases].some((n) => new RegExp(`\\b${head}\\b`, 'i').test(n));
  const holders = new Set(ctx.doc.actors.filter((a) => a.type !== 'person' && holds(a)).map((a) => a.id as string));
  return (nearest(ctx, p, (x) => x.actors.length === 1 && holders.has(x.actors[0]!), p.sentence) ?? nearest(ctx, p, oneOf(ctx, 'organization', 'group'), reach, false))?.actors;
}

/**
 * "the minister", "the Ukrainian leader": the person named before whose
 * title holds the head ("leader": a head of state or government) and the
 * most modifiers ("foreign"), belonging to the state the phrase names; the
 * most recently named when several fit.
 */
function titled(ctx: RefContext, p: Point, head: string, mods: string[], named: string[]): string[] | undefined {
  const titles = new Map<string, string[]>();
  for (const a of ctx.doc.actors) if (a.type === 'person' && a.role) titles.set(a.id, [a.role.toLowerCase()]);
  const last = new Map<string, number>();
  for (const m of ctx.doc.mentions) {
    if (!m.actor || m.sentence > p.sentence || (m.sentence === p.sentence && m.start >= p.at)) continue;
    if (m.role) titles.set(m.actor, [...(titles.get(m.actor) ?? []), m.role.toLowerCase()]);
    last.set(m.actor, m.sentence * 1e6 + m.start);
  }
  const states = named.filter((a) => ctx.typeOf(a) !== 'person');
  const fits = ctx.doc.actors.filter((a) => {
    if (a.type !== 'person' || !last.has(a.id)) return false;
    if (states.length && !(a.affiliation && states.includes(a.affiliation)) && !ctx.doc.mentions.some((m) => m.actor === a.id && m.roleOf && states.includes(m.roleOf))) return false;
    const ts = titles.get(a.id) ?? [];
    return ts.some((t) => new RegExp(`\\b${head}\\b`).test(t) || (head === 'leader' && ctx.tools.leaderRole.test(t)));
  });
  const score = (a: BriefingActor) => Math.max(0, ...(titles.get(a.id) ?? []).map((t) => mods.filter((m) => new RegExp(`\\b${m}\\b`).test(t)).length));
  const best = Math.max(-1, ...fits.map(score));
  const pick = fits.filter((a) => score(a) === best).sort((a, b) => last.get(b.id)! - last.get(a.id)!)[0];
  if (pick) return [pick.id];
  // Note: "the general", "the professor" with no title on record: the person the text is about, as for "he",
  // if not known to belong to another state than the phrase names.
  const person = oneOf(ctx, 'person');
  const free = new Set(ctx.doc.actors.filter((a) => !a.affiliation || !states.length || states.includes(a.affiliation)).map((a) => a.id as string));
  return nearest(ctx, p, (x) => person(x) && free.has(x.actors[0]!))?.actors;
}

/**
 * "a spokesperson", "a source": the body named in the sentence or the one
 * before, an organization first; "a senior administration official": the
 * state named nearest. An actor named in the phrase speaks itself.
 */
function voice(ctx: RefContext, p: Point, mods: string[], named: string[]): string[] | undefined {
  const own = named.find((a) => ctx.typeOf(a) !== 'person');
  if (own) return [own];
  if (named.length) return undefined;
  if (mods.some((m) => ctx.tools.heads.get(m) === 'state')) return nearest(ctx, p, oneOf(ctx, 'country'), reach, false)?.actors;
  for (let back = 0; back <= 1; back++) {
    const q = back ? { ...p, sentence: p.sentence - 1, at: Infinity, afterQuote: false } : p;
    if (q.sentence < 0) break;
    const hit = nearest(ctx, q, oneOf(ctx, 'organization'), 0, false) ?? nearest(ctx, q, oneOf(ctx, 'country', 'group'), 0, false);
    if (hit) return hit.actors;
  }
  return undefined;
}

/** "the two sides", "both sides": the two parties of the nearest sentence that names two actors, its subject first. */
export function resolveGroups(ctx: RefContext, s: number): Reference[] {
  const text = ctx.doc.sentences[s]!.text;
  const out: Reference[] = [];
  for (const g of ctx.tools.groups) {
    for (const m of text.matchAll(g.pattern)) {
      if (out.some((r) => r.start < m.index + m[0].length && r.end > m.index)) continue;
      const p = pointOf(ctx, s, m.index);
      const actors = parties(ctx, p, oneOf(ctx, ...g.types)) ?? (g.types.includes('group') ? parties(ctx, p, oneOf(ctx, 'person')) : undefined);
      if (actors) out.push({ sentence: s, start: m.index, end: m.index + m[0].length, text: m[0], kind: 'group', actors });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function parties(ctx: RefContext, p: Point, fits: (s: Site) => boolean): string[] | undefined {
  for (let k = p.sentence; k >= Math.max(0, p.sentence - reach); k--) {
    const sites = (ctx.sites[k] ?? []).filter((x) => (k < p.sentence || x.end <= p.at) && !x.quoted && fits(x));
    const subject = sites.find((x) => isSubject(x.deprel));
    const ordered = subject ? [subject, ...sites.filter((x) => x !== subject)] : sites;
    const actors = [...new Set(ordered.flatMap((x) => x.actors))];
    if (actors.length >= 2) return actors.slice(0, 2);
  }
  return undefined;
}

/** A surname or short form the actors stage left unresolved ("Gabir" after "Lt Gen Ibrahim Gabir"): the one person named before whose name holds it. */
export function resolveShortNames(ctx: RefContext, s: number): Reference[] {
  const out: Reference[] = [];
  for (const m of ctx.doc.mentions) {
    if (m.sentence !== s || m.actor || m.kind !== 'name' || (m.type && m.type !== 'person') || !/^\p{Lu}[\p{L}'’-]+$/u.test(m.text)) continue;
    const seen = new Set(ctx.doc.mentions.filter((x) => x.actor && (x.sentence < s || (x.sentence === s && x.end <= m.start))).map((x) => x.actor!));
    const fits = ctx.doc.actors.filter((a) => a.type === 'person' && seen.has(a.id) && a.name.split(/\s+/).length > 1 && a.name.split(/\s+/).at(-1) === m.text);
    if (fits.length !== 1) continue;
    const words: readonly SyntaxWord[] = ctx.doc.parses[s] ?? [];
    const i = words.findIndex((w) => w.start === m.start);
    out.push({ sentence: s, start: m.start, end: m.end, text: m.text, kind: 'short-name', actors: [fits[0]!.id] });
    ctx.sites[s]!.push({ sentence: s, start: m.start, end: m.end, actors: [fits[0]!.id], word: i, deprel: i >= 0 ? words[i]!.deprel : '', quoted: pointOf(ctx, s, m.start).quoted });
    ctx.sites[s]!.sort((a, b) => a.start - b.start);
  }
  return out;
}

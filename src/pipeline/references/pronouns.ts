// Pronouns on the parse: he/she/his/her → the nearest person, a subject
// first; it/its → the nearest state, body or group; they/their → a plural
// subject ("NATO leaders", "Russian officials") or a coordination of actors
// ("Arnor and Gondor"), in the same or the previous sentences.
import type { Reference, SyntaxWord } from '../types.ts';
import { children, nearest, oneOf, pointOf, reach, type Point, type RefContext } from './context.ts';
import { isSubject, type Site } from './sites.ts';

/** Resolves the pronouns of sentence `s` (its sites grow as they resolve, so "he … his" chains). */
export function resolvePronouns(ctx: RefContext, s: number): Reference[] {
  const words = ctx.doc.parses[s] ?? [];
  const out: Reference[] = [];
  words.forEach((w, i) => {
    const kind = w.upos === 'PRON' || w.upos === 'DET' ? ctx.tools.pronouns.get(w.text.toLowerCase()) : undefined;
    if (!kind) return;
    const p = pointOf(ctx, s, w.start);
    const actors = kind === 'person' ? person(ctx, p, words, i) : kind === 'thing' ? thing(ctx, p, words, i) : plural(ctx, p);
    if (!actors?.length) return;
    const ref: Reference = { sentence: s, start: w.start, end: w.end, text: w.text, kind: 'pronoun', actors };
    out.push(ref);
    ctx.sites[s]!.push({ sentence: s, start: w.start, end: w.end, actors, word: i, deprel: w.deprel, quoted: p.quoted });
    ctx.sites[s]!.sort((a, b) => a.start - b.start);
  });
  return out;
}

/** "he", "his", "him": the nearest person; an object pronoun is not its own clause's subject ("Aragorn thanked him"). */
function person(ctx: RefContext, p: Point, words: readonly SyntaxWord[], i: number): string[] | undefined {
  const w = words[i]!;
  // Note: an object pronoun is never its own clause's subject, nor that of the verb its verb is coordinated with.
  const verb = words[w.head];
  const clause = /^(?:obj|iobj)$/.test(w.deprel) && verb ? [w.head, ...(verb.deprel === 'conj' ? [verb.head] : [])] : [];
  const fits = oneOf(ctx, 'person');
  const own = (s: Site) => s.sentence === p.sentence && s.word >= 0 && isSubject(s.deprel) && clause.includes(words[s.word]!.head);
  return nearest(ctx, p, (s) => fits(s) && !own(s))?.actors;
}

/** "it", "its": the nearest state, body or group; none for "it" that points to nothing ("it seems", "it is clear that"). */
function thing(ctx: RefContext, p: Point, words: readonly SyntaxWord[], i: number): string[] | undefined {
  const w = words[i]!;
  // Note: inside a quotation "it" is mostly the matter spoken of; as an object or oblique, a thing ("without it").
  if (p.quoted) return undefined;
  if (w.text.toLowerCase() === 'it' && (!isSubject(w.deprel) || expletive(ctx, words, i))) return undefined;
  return nearest(ctx, p, oneOf(ctx, 'country', 'organization', 'group', 'media'))?.actors;
}

/** True when "it" points to nothing: an expletive, the subject of a predicate adjective or noun, of a clause-taking passive, or of "seem". */
function expletive(ctx: RefContext, words: readonly SyntaxWord[], i: number): boolean {
  const w = words[i]!;
  if (w.deprel === 'expl') return true;
  const head = words[w.head];
  if (!head) return true;
  if (!/^(?:VERB)$/.test(head.upos)) return true;
  if (ctx.tools.expletive.has(head.lemma.toLowerCase())) return true;
  const deps = children(words, w.head).map((k) => words[k]!.deprel);
  return deps.includes('csubj') || (w.deprel === 'nsubj:pass' && deps.includes('ccomp'));
}

/**
 * "they", "their": a subject that is a coordination of actors or a plural
 * noun an actor modifies ("NATO leaders", "Russian officials"), or a group;
 * first in its own sentence before the pronoun, then in the sentences before.
 */
function plural(ctx: RefContext, p: Point): string[] | undefined {
  for (let k = p.sentence; k >= Math.max(0, p.sentence - reach + 1); k--) {
    const words = ctx.doc.parses[k] ?? [];
    const sites = (ctx.sites[k] ?? []).filter((s) => (k < p.sentence || s.end <= p.at) && (p.quoted || !s.quoted) && s.word >= 0);
    const byRoot = new Map<number, Site[]>();
    for (const s of sites) {
      const r = phraseRoot(words, s.word);
      byRoot.set(r, [...(byRoot.get(r) ?? []), s]);
    }
    const roots = [...byRoot.keys()].filter((r) => isSubject(words[r]?.deprel ?? ''));
    for (const r of k === p.sentence ? roots.reverse() : roots) {
      const actors = [...new Set(byRoot.get(r)!.flatMap((s) => s.actors))];
      const root = words[r]!;
      const pluralNoun = root.upos === 'NOUN' && root.text.toLowerCase() !== root.lemma.toLowerCase() && !byRoot.get(r)!.some((s) => s.word === r);
      if (actors.length >= 2 || pluralNoun || (actors.length === 1 && ctx.typeOf(actors[0]!) === 'group')) return actors;
    }
  }
  return undefined;
}

/** The word a noun phrase hangs from: up through coordination, apposition, names, compounds and modifiers. */
function phraseRoot(words: readonly SyntaxWord[], i: number): number {
  let k = i;
  for (let n = 0; n < 6 && k >= 0 && /^(?:conj|appos|flat|compound|amod|nmod)(?!:poss)/.test(words[k]!.deprel); n++) k = words[k]!.head;
  return k;
}

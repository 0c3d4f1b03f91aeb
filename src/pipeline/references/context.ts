// What the references resolvers share: the article, its sites so far, and
// the searches "nearest actor before this point" that every kind reads.
import type { ActorMention, SyntaxWord, WithActors } from '../types.ts';
import { inside, isSubject, type Site, type TypeOf } from './sites.ts';
import type { ReferenceTools } from './tools.ts';
import { partitionPoint } from '../../util/partition-point.ts';

export interface RefContext {
  doc: WithActors;
  /** Per sentence, the sites known so far (mentions, then each reference as it resolves). */
  sites: Site[][];
  quoted: [number, number][][];
  typeOf: TypeOf;
  tools: ReferenceTools;
  /** A person's sex where an honorific before their name says it ("Mr", "Mrs"), and no two say otherwise. */
  sex: ReadonlyMap<string, 'm' | 'f'>;
  /** Per sentence, the index of the parse's root word. */
  roots: number[];
  /** Per sentence, the mentions the actors stage resolved, and those it did not. */
  resolved: ActorMention[][];
  unresolved: ActorMention[][];
  persons: PersonIndex;
  /** Per sentence, what a pronoun may point to that is no actor (rivals.ts); unresolved person pronouns join as they are met. */
  rivals: Site[][];
}

/** The article's persons: their titles (the actors stage's role, the roles written before their names), where they are named (in order), and who bears each surname. */
export interface PersonIndex {
  titles: Map<string, string[]>;
  positions: Map<string, number[]>;
  surnames: Map<string, string[]>;
}

/** Indexes the persons of `doc` once, so each description reads them without a pass over every mention. */
export function personIndex(doc: WithActors): PersonIndex {
  const titles = new Map<string, string[]>();
  const positions = new Map<string, number[]>();
  const surnames = new Map<string, string[]>();
  for (const a of doc.actors) {
    if (a.type !== 'person') continue;
    titles.set(a.id, a.role ? [a.role.toLowerCase()] : []);
    positions.set(a.id, []);
    const words = a.name.split(/\s+/);
    if (words.length > 1) surnames.set(words.at(-1)!, [...(surnames.get(words.at(-1)!) ?? []), a.id]);
  }
  for (const m of doc.mentions) {
    if (!m.actor || !positions.has(m.actor)) continue;
    if (m.role) titles.get(m.actor)!.push(m.role.toLowerCase());
    positions.get(m.actor)!.push(position(m.sentence, m.start));
  }
  for (const ps of positions.values()) ps.sort((x, y) => x - y);
  return { titles, positions, surnames };
}

/** The last of sorted `xs` below `x`, by binary search. */
export function lastBelow(xs: readonly number[], x: number): number | undefined {
  const lo = partitionPoint(xs, (v) => v < x);
  return lo > 0 ? xs[lo - 1] : undefined;
}

/** Most sites one search reads in a sentence, so a run-on "sentence" of thousands of names costs no more per lookup. */
export const window = 40;

/** Where a mention or a site stands in the article, as one comparable number. */
export function position(sentence: number, start: number): number {
  return sentence * 1e7 + start;
}

/** The sites of sentence `k` that end before offset `at`, the nearest `window` of them, in text order. */
export function sitesBefore(ctx: RefContext, k: number, at: number): Site[] {
  const all = ctx.sites[k] ?? [];
  const lo = partitionPoint(all, (s) => s.start < at);
  return all.slice(Math.max(0, lo - window), lo).filter((s) => s.end <= at);
}

/** The sites of an earlier sentence a search reads: its first `window` (where subjects stand) or its last. */
export function sitesOf(ctx: RefContext, k: number, last = false): Site[] {
  const all = ctx.sites[k] ?? [];
  return last ? all.slice(-window) : all.slice(0, window);
}

/** Adds a resolved reference as a site of its sentence, in text order. */
export function addSite(ctx: RefContext, site: Site): void {
  const all = ctx.sites[site.sentence]!;
  const lo = partitionPoint(all, (s) => s.start <= site.start);
  all.splice(lo, 0, site);
}

/** Adds a rival to its sentence, in text order. */
export function addRival(ctx: RefContext, rival: Site): void {
  const all = ctx.rivals[rival.sentence]!;
  all.splice(partitionPoint(all, (s) => s.start <= rival.start), 0, rival);
}

/** Each person's sex from the honorifics written before their mentions (none when they disagree), else from a given name one sex bears. */
export function sexes(doc: RefContext['doc'], tools: ReferenceTools): Map<string, 'm' | 'f'> {
  const seen = new Map<string, Set<'m' | 'f'>>();
  for (const m of doc.mentions) {
    if (!m.actor) continue;
    const hit = tools.honorific.exec(doc.sentences[m.sentence]?.text.slice(Math.max(0, m.start - 12), m.start) ?? '');
    if (hit) seen.set(m.actor, (seen.get(m.actor) ?? new Set()).add(hit[1] ? 'm' : 'f'));
  }
  // Note: a given name one sex bears says it too ("Gordon Brown" is no "she"), unless honorifics say otherwise.
  for (const a of doc.actors) {
    const sex = a.type === 'person' && a.name.includes(' ') ? tools.givenNameSex.get(a.name.split(/\s+/)[0]!) : undefined;
    if (sex && !seen.has(a.id)) seen.set(a.id, new Set([sex === 'male' ? 'm' : 'f']));
  }
  return new Map([...seen].filter(([, s]) => s.size === 1).map(([a, s]) => [a, [...s][0]!]));
}

/** How far back (in sentences) a pronoun or description looks for its antecedent. */
export const reach = 3;

/** A point in the article: sentence `sentence`, character `at` in it; `quoted` when the point is inside a quotation. */
export interface Point {
  sentence: number;
  at: number;
  quoted: boolean;
  /** A quotation closes right before the point ("Aragorn has “…”, he said"): the names before are the quote's topic, not the antecedent. */
  afterQuote: boolean;
}

export function pointOf(ctx: RefContext, sentence: number, at: number): Point {
  const ranges = ctx.quoted[sentence] ?? [];
  const text = ctx.doc.sentences[sentence]?.text ?? '';
  return { sentence, at, quoted: inside(ranges, at), afterQuote: ranges.some(([, b]) => b < at && /^[\s,.;:!?”"’'—–-]*$/.test(text.slice(b + 1, at))) };
}

/**
 * The nearest site before `p` that `fits`: in its own sentence the subjects
 * first (nearest first), then the others; in each earlier sentence its
 * subjects first, then its first fitting site. A name inside a quotation is
 * no antecedent of a word outside one. Without `preferSubject` (descriptions:
 * "the country"), simply the nearest before; with 'earlier' (possessives:
 * "its"), the nearest in its own sentence, subjects first before that.
 */
export function nearest(ctx: RefContext, p: Point, fits: (s: Site) => boolean, back = reach, preferSubject: boolean | 'earlier' = true, rival?: (s: Site) => boolean): Site | undefined {
  const ok = (s: Site) => (s.rival ? !!rival?.(s) && free(ctx, s) : fits(s)) && (p.quoted || !s.quoted);
  const own = p.afterQuote && !p.quoted ? [] : withRivals(ctx, sitesBefore(ctx, p.sentence, p.at), p.sentence, p.at, rival).filter(ok).reverse();
  // Note: inside a quotation, those the quotation names come first: the speaker's subject ("“He won't be fit,” … “he might
  // be fit for Scotland”") before the people of the narration around it ("Jonny's not fit yet," Falcons chief Andrew told …).
  const voiced = (xs: Site[]) => (p.quoted ? [...xs].sort((a, b) => Number(b.quoted) - Number(a.quoted)) : xs);
  const here = preferSubject === true ? voiced(lowest(ctx, p, ranked(ctx, own)))[0] : own[0];
  // Note: a rival nearer than every actor (a name or noun of no actor) is what the word points to: none of the actors.
  if (here) return here.rival ? undefined : here;
  for (let k = p.sentence - 1; k >= Math.max(0, p.sentence - back); k--) {
    const all = withRivals(ctx, sitesOf(ctx, k, !preferSubject), k, Infinity, rival).filter(ok);
    // Note: the predicate of a copula yields only to another fitting site of its sentence ("The highest ranking executive
    // ... was Joshua Bewlay. He admitted ..." is Bewlay).
    const hit = preferSubject ? voiced(ranked(ctx, all, all.filter((x) => !x.rival).length > 1))[0] : all.at(-1);
    if (hit) return hit.rival ? undefined : hit;
  }
  return undefined;
}

/** The sites with the nearest `window` rivals of sentence `k` before `at` among them, in text order (none without a `rival` test). */
function withRivals(ctx: RefContext, sites: Site[], k: number, at: number, rival?: (s: Site) => boolean): Site[] {
  if (!rival) return sites;
  const all = ctx.rivals[k] ?? [];
  const rs = all.slice(0, partitionPoint(all, (r) => r.end <= at)).slice(-window);
  return rs.length ? [...sites, ...rs].sort((a, b) => a.start - b.start) : sites;
}

/**
 * True when a rival overlaps no site of its sentence (a description or short
 * name resolved since is no rival) and no actor owns it: "President
 * Yudhoyono's government has said it", "Its profit rise … below its third
 * quarter" speak of the actor.
 */
function free(ctx: RefContext, r: Site): boolean {
  const all = ctx.sites[r.sentence] ?? [];
  const words = ctx.doc.parses[r.sentence] ?? [];
  // Note: sites are in text order; only those starting before the rival's end may overlap or modify it, and a phrase spans few words.
  const lo = partitionPoint(all, (s) => s.start < r.end);
  // Note: a possessor only: "US phone company Qwest has said it", "UK-based firm Aggregate Industries said it" are the firms.
  const modifies = (s: Site) => r.rival?.kind !== 'person' && r.word >= 0 && s.word >= 0 && words[s.word]!.head === r.word && words[s.word]!.deprel === 'nmod:poss';
  return !all.slice(Math.max(0, lo - window), lo).some((s) => s.end > r.start || modifies(s));
}

/**
 * The sites of the point's sentence with the subject of the lowest clause that holds the point first: "Bipin Bihari said
 * Khan was being sent back to Norway, from which she holds a passport" is Khan's passport, not the speaker's.
 */
function lowest(ctx: RefContext, p: Point, sites: Site[]): Site[] {
  const words = ctx.doc.parses[p.sentence] ?? [];
  const at = words.findIndex((w) => w.start === p.at);
  // Note: not for a reflexive outside its clause ("the chancellor said Mr Baume was never at meetings between himself and …").
  if (at < 0 || /self$/i.test(words[at]!.text)) return sites;
  const depth = new Map<number, number>();
  for (let k = words[at]!.head, n = 0; k >= 0 && n < 30; k = words[k]!.head, n++) if (!depth.has(k)) depth.set(k, n);
  const of = (x: Site) => {
    if (!isSubject(x.deprel) || x.word < 0) return Infinity;
    let k = x.word;
    for (let n = 0; n < 4 && k >= 0 && !isSubject(words[k]!.deprel); n++) k = words[k]!.head;
    return k >= 0 ? (depth.get(words[k]!.head) ?? Infinity) : Infinity;
  };
  const best = sites.reduce<Site | undefined>((b, x) => (of(x) < (b ? of(b) : Infinity) ? x : b), undefined);
  return best ? [best, ...sites.filter((x) => x !== best)] : sites;
}

/** Deprels of a word that only modifies a noun ("Sudanese civil wars", "Iran's ministry"): the weakest antecedents. */
const modifier = /^(?:nmod:poss|amod)$/;

/**
 * Sites in order of preference, stable within a rank: the subject of the
 * main verb (the one nearest the verb first: "while speaking to X, Mr Wang
 * said" when the parse makes both subjects), other subjects, other
 * arguments, modifiers, then the predicate of a copula.
 */
export function ranked(ctx: RefContext, sites: Site[], earlier = false): Site[] {
  const rank = (s: Site) => {
    const words = ctx.doc.parses[s.sentence] ?? [];
    if (isSubject(s.deprel)) return mainSubject(words, s.word) ? 0 : 1;
    // Note: a person introduced as the predicate of a copula ("One of his fellow pupils was Vladimir Putin") is not what the
    // next sentences go on about: the one the subject names or holds is (BBC: the defector's story after that sentence
    // went on with "he", 9 pronouns read as Putin).
    // Note: in its own sentence it still is ("His first client was Stevie Wonder, who recorded part of his classic album").
    if (earlier && s.deprel === 'root' && words.some((w) => w.head === s.word && w.deprel === 'cop')) return 4;
    return modifier.test(s.deprel) ? 3 : 2;
  };
  const root = (s: Site) => ctx.roots[s.sentence] ?? -1;
  const distance = (s: Site) => (rank(s) === 0 ? Math.abs(root(s) - s.word) : 0);
  return [...sites].sort((a, b) => rank(a) - rank(b) || distance(a) - distance(b));
}

/** True when word `i` (through names and coordination) is the subject of the sentence's root. */
export function mainSubject(words: readonly SyntaxWord[], i: number): boolean {
  let k = i;
  for (let n = 0; n < 4 && k >= 0 && /^(?:conj|appos|flat|compound)/.test(words[k]!.deprel); n++) k = words[k]!.head;
  return k >= 0 && words[words[k]!.head]?.head === -1;
}

/** True when a site names exactly one actor of one of `types`. */
export function oneOf(ctx: RefContext, ...types: string[]): (s: Site) => boolean {
  return (s) => s.actors.length === 1 && types.includes(ctx.typeOf(s.actors[0]!) ?? '');
}

/** The children of word `i`. */
export function children(words: readonly SyntaxWord[], i: number): number[] {
  return words.flatMap((w, k) => (w.head === i ? [k] : []));
}

/** The state or body a person belongs to: the actors stage's affiliation, else the one a title tied them to ("US President Joe Biden"). */
export function stateOf(ctx: RefContext, person: string): string | undefined {
  return ctx.doc.actors.find((a) => a.id === person)?.affiliation ?? ctx.doc.mentions.find((m) => m.actor === person && m.roleOf)?.roleOf;
}

/** The character span of word `i` with every word below it in the parse. */
export function subtree(words: readonly SyntaxWord[], i: number): [number, number] {
  const below = (k: number): boolean => {
    for (let n = 0, h = k; n < 30 && h >= 0; n++, h = words[h]!.head) if (h === i) return true;
    return false;
  };
  const ws = words.filter((_, k) => below(k));
  return [Math.min(...ws.map((w) => w.start)), Math.max(...ws.map((w) => w.end))];
}

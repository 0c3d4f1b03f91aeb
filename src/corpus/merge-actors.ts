// Cross-briefing identity: which briefing-local actor ids name the same
// real-world actor. Same id, same actor; the curator's merges win; persons
// also merge on matching names (see person-name.ts). Input order never
// matters: everything is sorted before it is compared.
import type { Curated, Lexicon } from '../lexicon/load.ts';
import type { ActorId, BriefingData } from '../model/index.ts';
import { givenNameTitles, type GivenNames, noGivenNames } from '../names/given-names.ts';
import { letterSet, letterSetsClose, sameSurname } from '../names/variants.ts';
import { type NameWords, nameWords, type PersonName, personName, sameGiven } from './person-name.ts';
import { addTo } from '../util/add-to.ts';
import { byString } from '../util/order.ts';

/** Which corpus actor each briefing-local actor id is. */
export interface ActorMerge {
  /** Local actor id → corpus actor id; identity depends on the id alone, whatever the briefing. */
  byId: Map<string, ActorId>;
}

/** No merging: every id stands for itself (for briefings whose ids are already canonical). */
export const noMerge: ActorMerge = { byId: new Map() };

/** What the corpus says about one local actor id. */
interface IdInfo {
  id: string;
  person: boolean;
  /** Some briefing gives this one-word name a title that takes a given name (Prince Charles). */
  givenOnly: boolean;
  names: Map<string, number>;
  briefings: number;
  mentions: number;
}


// Royal titles come before a given name: "Prince Charles" alone is no surname-only Charles (Ray Charles).
// Note: only roles are seen here; honorifics (Sir) are no roles, and the article's actors stage has used them already.

/** Every local actor id (actors and affiliations) with its names, type votes and counts. */
function collect(briefings: readonly BriefingData[], givenTitles: ReadonlySet<string>): Map<string, IdInfo> {
  const infos = new Map<string, IdInfo>();
  const info = (id: string) => infos.get(id) ?? infos.set(id, { id, person: false, givenOnly: false, names: new Map(), briefings: 0, mentions: 0 }).get(id)!;
  for (const b of [...briefings].sort((x, y) => byString(x.slug, y.slug))) {
    for (const a of b.actors) {
      const i = info(a.id);
      i.person ||= a.type === 'person';
      i.givenOnly ||= !a.name.includes(' ') && !!a.role && givenTitles.has(a.role);
      i.names.set(a.name, (i.names.get(a.name) ?? 0) + 1);
      i.briefings += 1;
      i.mentions += a.mentions;
      if (a.affiliation) info(a.affiliation);
    }
  }
  return infos;
}

/** The most frequent name, ties to the longer, then to code-unit order. */
export function commonest(names: Map<string, number>): string | undefined {
  return [...names].sort(([a, m], [b, n]) => n - m || b.length - a.length || byString(a, b))[0]?.[0];
}

/** Follows curated merges to their end; a cycle stops where it would repeat. */
function curatedTarget(id: string, merges: Map<string, string>): string {
  const seen = new Set([id]);
  let at = id;
  for (let next = merges.get(at); next !== undefined && !seen.has(next); next = merges.get(at)) {
    seen.add(next);
    at = next;
  }
  return at;
}

/** A tiny union-find over ids; representatives are chosen later, so union order does not matter. */
function unionFind() {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    const p = parent.get(x) ?? x;
    if (p === x) return x;
    const root = find(p);
    parent.set(x, root);
    return root;
  };
  const union = (a: string, b: string) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  };
  return { find, union };
}

interface Person {
  id: string;
  name: PersonName;
}

/** Persons the heuristics may merge: not pinned by a curated merge, with a parsable name. */
function persons(infos: Map<string, IdInfo>, curated: Pick<Curated, 'merges' | 'names'>, words: NameWords): Person[] {
  return [...infos.values()]
    .filter((i) => i.person && !curated.merges.has(i.id))
    .flatMap((i) => {
      const name = personName(curated.names.get(i.id) ?? commonest(i.names) ?? i.id, words);
      return name ? [{ id: i.id, name }] : [];
    })
    .sort((a, b) => byString(a.id, b.id));
}

/**
 * Each surname of `people` with its spelling variants among the others
 * (sameSurname), both ways. Computed once, for both merges below.
 */
function surnameVariants(people: Person[]): Map<string, string[]> {
  const variants = new Map<string, string[]>();
  // Note: only surnames with the same first letter are compared; a variant with another first letter is rare.
  for (const block of byInitial(people).values()) {
    // Sorted by length, so the scan stops where surnames grow too long to be variants (sameSurname allows two letters more).
    const names = [...new Set(block.map((p) => p.name.surname))].sort((a, b) => a.length - b.length || byString(a, b));
    const sets = names.map(letterSet);
    for (const [i, a] of names.entries()) {
      for (let j = i + 1; j < names.length && names[j]!.length <= a.length + 2; j++) {
        if (!letterSetsClose(sets[i]!, sets[j]!) || !sameSurname(a, names[j]!)) continue;
        addTo(variants, a, names[j]!);
        addTo(variants, names[j]!, a);
      }
    }
  }
  return variants;
}

/** Full names with matching surnames and given names; then surname-only names that are variants of each other. */
function mergeNames(people: Person[], variants: Map<string, string[]>, short: GivenNames, union: (a: string, b: string) => void): void {
  const bySurname = new Map<string, Person[]>();
  for (const p of people) addTo(bySurname, p.name.surname, p);
  for (const [s, g] of bySurname) {
    pairUp(g, g, true, short, union);
    for (const t of variants.get(s) ?? []) if (s < t) pairUp(g, bySurname.get(t)!, false, short, union);
  }
}

/** Unites the persons of two surname groups (or of one, `same`) whose given names agree, both full or both bare. */
function pairUp(g: Person[], h: Person[], same: boolean, short: GivenNames, union: (a: string, b: string) => void): void {
  for (const [i, a] of g.entries()) {
    for (const b of same ? g.slice(i + 1) : h) {
      const full = a.name.given.length > 0 && b.name.given.length > 0;
      const bare = a.name.given.length === 0 && b.name.given.length === 0;
      // Note: a short form and a surname variant together are too weak (Tom Doherty is not Tommy Docherty).
      if ((full || bare) && sameGiven(a.name.given, b.name.given, same ? short : noGivenNames)) union(a.id, b.id);
    }
  }
}

function byInitial(people: Person[]): Map<string, Person[]> {
  const blocks = new Map<string, Person[]>();
  for (const p of people) addTo(blocks, p.name.surname[0] ?? '', p);
  return blocks;
}

/**
 * A surname-only person joins the one full-name person with that surname
 * (a name under an honorific only when no one with a given name bears it).
 * With two or more, it joins the best known of them only when that one
 * appears in five times as many briefings as the next ("Blair" is Tony
 * Blair, not Ian Blair); otherwise it stays alone ("Campbell").
 */
function mergeSurnames(people: Person[], variants: Map<string, string[]>, infos: Map<string, IdInfo>, find: (x: string) => string, union: (a: string, b: string) => void, honorific: (p: Person) => boolean): void {
  const full = new Map<string, Person[]>();
  // Note: a name under an honorific ("Mrs Howard", "Lord Goldsmith") counts only for a surname no one with a given name bears:
  // "Howard" is Michael Howard, not the Mrs Howard an article kept apart from him.
  const given = new Set(people.filter((p) => p.name.given.length > 0 && !honorific(p)).map((p) => p.name.surname));
  for (const p of people) if (p.name.given.length > 0 && !(honorific(p) && given.has(p.name.surname))) addTo(full, p.name.surname, p);
  const reach = new Map<string, number>();
  for (const p of people) reach.set(find(p.id), (reach.get(find(p.id)) ?? 0) + (infos.get(p.id)?.briefings ?? 0));
  const matches = people
    .filter((p) => p.name.given.length === 0 && !infos.get(p.id)?.givenOnly)
    .map((p) => {
      const named = [p.name.surname, ...(variants.get(p.name.surname) ?? [])].flatMap((s) => full.get(s) ?? []);
      return { id: p.id, roots: [...new Set(named.map((f) => find(f.id)))] };
    });
  // Note: decide every match before any union, so one merge cannot change another's count.
  const decided = matches.map((m) => ({ id: m.id, root: dominant(m.roots, reach) }));
  for (const d of decided) if (d.root) union(d.id, d.root);
}

const dominance = 5;

function dominant(roots: string[], reach: Map<string, number>): string | undefined {
  if (roots.length <= 1) return roots[0];
  const ranked = [...roots].sort((a, b) => (reach.get(b) ?? 0) - (reach.get(a) ?? 0) || byString(a, b));
  return (reach.get(ranked[0]!) ?? 0) >= dominance * (reach.get(ranked[1]!) ?? 0) ? ranked[0] : undefined;
}

/** The id a merged group is published under: a curated target, else the best-known full-name member. */
function representative(members: string[], infos: Map<string, IdInfo>, targets: Set<string>, words: NameWords): ActorId {
  const pool = members.some((m) => targets.has(m)) ? members.filter((m) => targets.has(m)) : members;
  const score = (id: string) => {
    const i = infos.get(id);
    const full = (personName(commonest(i?.names ?? new Map()) ?? '', words)?.given.length ?? 0) > 0;
    return [full ? 1 : 0, i?.briefings ?? 0, i?.mentions ?? 0];
  };
  const ranked = [...pool].sort((a, b) => {
    const [sa, sb] = [score(a), score(b)];
    return sb[0]! - sa[0]! || sb[1]! - sa[1]! || sb[2]! - sa[2]! || byString(a, b);
  });
  return ranked[0] as ActorId;
}

/** What the merge reads from the lexicon: short forms of given names, the words that split a name, given-name titles. */
export interface MergeTools {
  short: GivenNames;
  names: NameWords;
  givenTitles: ReadonlySet<string>;
  /** Honorifics, folded (words.tsv `male-honorific`, `female-honorific`): "Mrs Howard" has no given name. */
  honorifics: ReadonlySet<string>;
}

/** Compiles the merge's tools from the lexicon. */
export function prepareMerge(lex: Pick<Lexicon, 'givenNames' | 'words'>): MergeTools {
  return { short: lex.givenNames, names: nameWords(lex.words), givenTitles: givenNameTitles(lex.words), honorifics: new Set([...lex.words['male-honorific'], ...lex.words['female-honorific']].map((w) => w.toLowerCase())) };
}

/** Decides the corpus actor of every briefing-local actor id. */
export function mergeActors(briefings: readonly BriefingData[], curated: Pick<Curated, 'merges' | 'names'>, tools: MergeTools): ActorMerge {
  const { short, names } = tools;
  const infos = collect(briefings, tools.givenTitles);
  const { find, union } = unionFind();
  const targets = new Set<string>();
  for (const id of [...infos.keys()].sort(byString)) {
    if (!curated.merges.has(id)) continue;
    const target = curatedTarget(id, curated.merges);
    targets.add(target);
    union(id, target);
  }
  const people = persons(infos, curated, names);
  const variants = surnameVariants(people);
  mergeNames(people, variants, short, union);
  mergeSurnames(people, variants, infos, find, union, (p) => p.name.given.length === 1 && tools.honorifics.has(p.name.given[0]!));

  const groups = new Map<string, string[]>();
  for (const id of [...infos.keys(), ...targets].sort(byString)) addTo(groups, find(id), id);
  const byId = new Map<string, ActorId>();
  for (const members of groups.values()) {
    const rep = representative(members, infos, targets, names);
    for (const m of members) byId.set(m, rep);
  }
  return { byId };
}

/** The corpus actor id of a local id; unknown ids stand for themselves. */
export function canonicalActor(merge: ActorMerge, id: string): ActorId {
  return merge.byId.get(id) ?? (id as ActorId);
}

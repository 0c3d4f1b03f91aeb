// People: full names grouped with their spelling variants, then surnames
// alone ("Araghchi", "Mr Wang") linked to the full name they shorten.
import type { Mention } from '../types.ts';
import { type GivenNames, noGivenNames, sameGivenName } from '../../names/given-names.ts';
import { foldName as fold, sameNameWord, surnameKeys } from '../../names/variants.ts';
import { byString } from '../../util/order.ts';

/** A person as one article names them. */
export interface PersonGroup {
  /** Full names (two words or more) seen, with counts. */
  names: Map<string, number>;
  mentions: Mention[];
}

/** Lowercase particles inside a person's name ("bin", "al", "van"): no given name, no surname by themselves. */
export type Particles = ReadonlySet<string>;

// Note: a name's first word "Ben" is the given name (Ben Thatcher), not the particle (Zine El Abidine Ben Ali).
const words = (name: string, p: Particles) => name.split(/\s+/).filter((w, i) => !p.has(w.toLowerCase()) || (i === 0 && w === 'Ben'));
const last = (name: string, p: Particles) => words(name, p).at(-1) ?? name;
const first = (name: string, p: Particles) => words(name, p)[0] ?? name;

/** True when two full names are one person: same surname (as spelled or a variant) and the same given name (or a short form: Vince, Vincent). */
export function sameFullName(a: string, b: string, p: Particles, short: GivenNames = noGivenNames): boolean {
  if (fold(a) === fold(b)) return true;
  if (!sameNameWord(last(a, p), last(b, p))) return false;
  // Note: short forms count with the surname spelled alike and no middle name on one side only
  // (Tom Doherty is not Tommy Docherty, Tom Jones not Tommy Lee Jones).
  const strict = fold(last(a, p)) !== fold(last(b, p)) || words(a, p).length !== words(b, p).length;
  return sameGivenName(fold(first(a, p)), fold(first(b, p)), strict ? noGivenNames : short);
}

/** Groups full-name mentions (two words or more) into people, longest names first. */
export function groupFullNames(mentions: Mention[], p: Particles, short: GivenNames = noGivenNames): PersonGroup[] {
  const groups: PersonGroup[] = [];
  // Note: a name is tested only against the groups that share one of its keys (nameKeys), in the order they
  // were made, as a scan of every group would: linear in the names, where the scan took 56 s for 5,000.
  const index = new KeyIndex<PersonGroup>();
  const sorted = [...mentions].sort((a, b) => words(b.text, p).length - words(a.text, p).length);
  for (const m of sorted) {
    const group = index.candidates(nameKeys(m.text, p)).find((g) => [...g.names.keys()].some((n) => sameFullName(n, m.text, p, short) || containsName(n, m.text, p)));
    if (group) {
      if (!group.names.has(m.text)) index.add(group, nameKeys(m.text, p));
      group.names.set(m.text, (group.names.get(m.text) ?? 0) + 1);
      group.mentions.push(m);
    } else {
      const g: PersonGroup = { names: new Map([[m.text, 1]]), mentions: [m] };
      groups.push(g);
      index.add(g, nameKeys(m.text, p));
    }
  }
  return groups;
}

/** Keys that two full names one person shares (sameFullName, containsName) have in common: the whole name folded, and the surname's variant keys. */
function nameKeys(name: string, p: Particles): string[] {
  return [`full:${fold(name)}`, ...surnameKeys(fold(last(name, p)))];
}

/** Items by key, each remembering the order it was added in, so candidates come in that order. */
class KeyIndex<T> {
  private byKey = new Map<string, T[]>();
  private order = new Map<T, number>();

  add(item: T, keys: readonly string[]): void {
    if (!this.order.has(item)) this.order.set(item, this.order.size);
    // Note: an item may be listed twice under a key (two of its names share it); candidates() counts it once.
    for (const k of keys) {
      const list = this.byKey.get(k);
      if (!list) this.byKey.set(k, [item]);
      else if (list[list.length - 1] !== item) list.push(item);
    }
  }

  /** The items under any of `keys`, once each, in the order they were added. */
  candidates(keys: readonly string[]): T[] {
    const found = new Set<T>();
    for (const k of keys) for (const item of this.byKey.get(k) ?? []) found.add(item);
    return [...found].sort((a, b) => this.order.get(a)! - this.order.get(b)!);
  }
}

/** "Mohammed bin Abdulrahman Al Thani" contains "Mohammed Al Thani"'s words in order? Only whole-name suffixes count. */
function containsName(long: string, short: string, p: Particles): boolean {
  const l = words(long, p).map(fold);
  const s = words(short, p).map(fold);
  return s.length >= 2 && s.length < l.length && s.every((w, i) => w === l[l.length - s.length + i]);
}

/**
 * The person a single word names: a group with that surname, spelled the
 * same or as a variant, or, for family names written first ("Xi" for Xi
 * Jinping) and for a given name after a title that takes one (`givenName`:
 * "Sir Alan" for Alan Sugar), with that first word. When several match, the
 * one named most recently before the mention wins. `fits` rules groups out
 * (a person of the other sex than the mention's honorific says).
 */
export function personForWord(word: string, m: Mention, people: PeopleIndex, familyFirst: ReadonlySet<string>, givenName = false, fits: (g: PersonGroup) => boolean = () => true): PersonGroup | undefined {
  const { bySurname, byFirst: firsts, particles: p } = people;
  // "Zardari" for "Bilawal Bhutto-Zardari": each part of a double surname counts.
  const surnames = (n: string) => [last(n, p), ...(last(n, p).includes('-') ? last(n, p).split('-') : [])];
  const byFirst = () => firsts.get(word) ?? [];
  const byLast = () => bySurname.candidates(surnameKeys(fold(word))).filter((g) => [...g.names.keys()].some((n) => surnames(n).some((w) => sameNameWord(w, word))));
  const named = givenName ? byFirst() : byLast().length ? byLast() : familyFirst.has(word) ? byFirst() : [];
  const candidates = named.filter(fits);
  if (candidates.length <= 1) return candidates[0];
  const before = (g: PersonGroup) => Math.max(-1, ...g.mentions.filter((x) => x.sentence <= m.sentence).map((x) => x.sentence));
  return [...candidates].sort((a, b) => before(b) - before(a))[0];
}

/** People by the keys of their surnames (each part of a double one too) and by first word, for personForWord. */
export interface PeopleIndex {
  bySurname: KeyIndex<PersonGroup>;
  byFirst: Map<string, PersonGroup[]>;
  particles: Particles;
}

/** Indexes `groups` once, so that finding the person a word names costs the candidates it has, not a scan of every group. */
export function indexPeople(groups: readonly PersonGroup[], p: Particles): PeopleIndex {
  const bySurname = new KeyIndex<PersonGroup>();
  const byFirst = new Map<string, PersonGroup[]>();
  for (const g of groups) {
    for (const n of g.names.keys()) {
      const parts = [last(n, p), ...(last(n, p).includes('-') ? last(n, p).split('-') : [])];
      bySurname.add(g, parts.flatMap((w) => surnameKeys(fold(w))));
      const list = byFirst.get(first(n, p)) ?? byFirst.set(first(n, p), []).get(first(n, p))!;
      if (list.at(-1) !== g) list.push(g);
    }
  }
  return { bySurname, byFirst, particles: p };
}

/** The display name: the longest full name, with the surname spelled as most mentions spell it. */
export function displayName(group: PersonGroup, p: Particles): string {
  const names = [...group.names].sort((a, b) => words(b[0], p).length - words(a[0], p).length || b[1] - a[1] || byString(a[0], b[0]));
  const longest = names[0]![0];
  const spellings = new Map<string, number>();
  for (const m of group.mentions) {
    if (m.kind !== 'name') continue;
    const w = last(m.text, p);
    if (sameNameWord(w, last(longest, p))) spellings.set(w, (spellings.get(w) ?? 0) + 1);
  }
  const best = [...spellings].sort((a, b) => b[1] - a[1] || byString(a[0], b[0]))[0]?.[0];
  return best && best !== last(longest, p) ? longest.replace(new RegExp(`${last(longest, p)}$`), best) : longest;
}

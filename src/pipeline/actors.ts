// actors: mentions grouped into the actors of one article. Lexicon entries
// group by entry; people by full name and spelling variant; surnames alone
// and descriptions ("the Iranian top diplomat") join the person they point to.
import type { Lexicon } from '../lexicon/load.ts';
import { actorId, type ActorId, type ActorType, type BriefingActor } from '../model/index.ts';
import { foldName as fold } from '../names/variants.ts';
import { givenNameTitles } from '../names/given-names.ts';
import { displayName, groupFullNames, indexPeople, personForWord, type PeopleIndex, type Particles, type PersonGroup } from './actors/people.ts';
import type { ActorMention, Mention, WithActors, WithMentions } from './types.ts';
import { byString } from '../util/order.ts';

interface Draft {
  id: string;
  name: string;
  type: ActorType;
  mentions: Mention[];
  affiliation?: string;
}

/** What the actors stage reads from the lexicon: known actors, the curator's corrections, name tables. */
export type ActorTools = Pick<Lexicon, 'entries' | 'curated' | 'familyFirst' | 'givenNames' | 'givenNameSex'> & {
  particles: Particles;
  givenTitles: ReadonlySet<string>;
  /** A body's governing organs, folded ("board of governors"): words.tsv `body-organ`. */
  organs: ReadonlySet<string>;
  /** Honorifics and titles that say a person's sex, folded ("mrs" female, "lord" male): words.tsv `male-honorific`, `female-honorific`. */
  honorifics: ReadonlyMap<string, Sex>;
};

type Sex = 'male' | 'female';

/** The lexicon's parts the actors stage reads, and the name particles and given-name titles as sets. */
export function prepareActors(lex: Pick<Lexicon, 'entries' | 'curated' | 'familyFirst' | 'givenNames' | 'givenNameSex' | 'words'>): ActorTools {
  return {
    entries: lex.entries,
    curated: lex.curated,
    familyFirst: lex.familyFirst,
    givenNames: lex.givenNames,
    givenNameSex: lex.givenNameSex,
    particles: new Set(lex.words['name-particle']),
    givenTitles: givenNameTitles(lex.words),
    organs: new Set(lex.words['body-organ'].map(fold)),
    honorifics: new Map([...lex.words['male-honorific'].map((w) => [fold(w), 'male'] as const), ...lex.words['female-honorific'].map((w) => [fold(w), 'female'] as const)]),
  };
}

/** Resolves mentions to actors: each mention that resolves comes back with its `actor`. */
export function actors(doc: WithMentions, lex: ActorTools): WithActors {
  const mentions = doc.mentions;
  const actorOf = new Map<Mention, string>();
  const drafts = new Map<string, Draft>();
  const bodies = bodyIndex();
  const add = (draft: Draft) => {
    drafts.set(draft.id, draft);
    bodies.add(draft);
  };
  const link = (m: Mention, d: Draft) => { actorOf.set(m, d.id); d.mentions.push(m); };

  for (const m of mentions.filter((x) => x.entry)) {
    const d = drafts.get(m.entry!) ?? entryDraft(m, lex);
    if (!drafts.has(d.id)) add(d);
    link(m, d);
  }
  const isName = (m: Mention) => m.kind === 'name' && !m.entry;
  const people = groupFullNames(mentions.filter((m) => isName(m) && m.type === 'person' && m.text.includes(' ')), lex.particles, lex.givenNames);
  const peopleIndex = indexPeople(people, lex.particles);
  const personDraft = new Map<PersonGroup, Draft>();
  for (const g of people) {
    const name = displayName(g, lex.particles);
    // A curated alias may already have opened this person's actor under the same id.
    const curated = drafts.get(actorId(name));
    const d: Draft = curated && !lex.entries.has(curated.id) ? curated : { id: unique(actorId(name), drafts), name, type: 'person', mentions: [] };
    d.name = lex.curated.names.get(d.id) ?? name;
    add(d);
    personDraft.set(g, d);
    for (const m of g.mentions) link(m, d);
  }
  const organName = (m: Mention) => fold(m.text.replace(/^the\s+/i, ''));
  const isOrgan = (m: Mention) => lex.organs.has(organName(m));
  for (const m of mentions.filter((x) => isName(x) && (x.type === 'organization' || x.type === 'group' || x.type === 'media') && !actorOf.has(x) && !isOrgan(x))) {
    const d = bodies.acronym(m.text) ?? orgDraft(m, drafts, bodies);
    if (!drafts.has(d.id)) add(d);
    link(m, d);
  }
  // "Defense Ministry" before "Russian Defense Ministry", "GERC" before "Gondor Energy Regulatory Commission (GERC)": a short
  // form or an acronym joins the one body it names, whichever came first.
  for (const d of [...drafts.values()]) {
    const named = d.type !== 'person' && d.type !== 'country' && !lex.entries.has(d.id);
    const longer = named ? (bodies.longer(d) ?? bodies.expansion(d)) : undefined;
    if (!longer) continue;
    for (const m of d.mentions) link(m, longer);
    d.mentions = [];
  }
  const unresolved = new Set<string>();
  // "the IAEA Board of Governors", "the agency's Board of Governors": an organ is an alias of the body it governs,
  // the body named nearest to it (in its sentence first); with no body in the article it names none. Named again, it is
  // the same organ: "... the Board of Governors meeting," IRNA noted" is still the IAEA's, not the news agency's.
  const governed = new Map<string, Draft>();
  for (const m of mentions.filter((x) => isName(x) && !actorOf.has(x) && isOrgan(x))) {
    const organ = organName(m);
    const body = governed.get(organ) ?? governedBody(m, mentions, actorOf, drafts);
    if (body) {
      link(m, body);
      governed.set(organ, body);
    } else unresolved.add(m.text);
  }
  const single = mentions.filter((x) => isName(x) && !actorOf.has(x) && !isOrgan(x));
  const sexOf = groupSexes(doc, people, single, peopleIndex, lex);
  for (const m of single) {
    const title = wordBefore(doc, m);
    const sex = sexSaid(doc, m, lex);
    // "Mrs Howard" never joins Michael Howard, whom the article calls "Mr Howard": she is another person.
    const g = personForWord(m.text, m, peopleIndex, lex.familyFirst, lex.givenTitles.has(title), (x) => !sex || !sexOf.has(x) || sexOf.get(x) === sex);
    const org = !g && bodies.acronym(m.text);
    if (g) link(m, personDraft.get(g)!);
    else if (org) link(m, org);
    else if (m.type === 'person') {
      // Note: one ruled out by sex keeps the honorific in its name, so "Mrs Howard" is no alias of a Howard.
      const ruledOut = sex && personForWord(m.text, m, peopleIndex, lex.familyFirst, lex.givenTitles.has(title));
      const name = ruledOut ? `${title} ${m.text}` : m.text;
      const d = drafts.get(actorId(name)) ?? { id: unique(actorId(name), drafts), name, type: 'person' as const, mentions: [] };
      if (!drafts.has(d.id)) add(d);
      link(m, d);
    } else unresolved.add(m.text);
  }
  for (const m of mentions.filter((x) => x.kind === 'description')) {
    const d = describedPerson(m, [...drafts.values()]);
    if (d) link(m, d);
  }
  const list = [...drafts.values()].filter((d) => d.mentions.length).map((d) => toActor(d, lex));
  // An affiliation must be an actor of this briefing: the page it links to exists then.
  const ids = new Set(list.map((a) => a.id as string));
  for (const a of list) if (a.affiliation && !ids.has(a.affiliation)) delete a.affiliation;
  const resolved: ActorMention[] = mentions.map((m) => (actorOf.has(m) ? { ...m, actor: actorOf.get(m)! } : m));
  const seen = firstSeen(resolved);
  const at = (id: string) => seen.get(id) ?? Number.MAX_SAFE_INTEGER;
  list.sort((a, b) => at(a.id) - at(b.id));
  return { ...doc, mentions: resolved, actors: list, unresolved: [...unresolved].sort() };
}

/**
 * Each person's sex as a given name one sex bears says it (given-name-sex.tsv), else as the honorifics and titles
 * before their mentions say it ("Mr Howard", "Lord Goldsmith"), by majority, a tie to the first: a surname alone counts for the person it would join whatever its honorific.
 */
function groupSexes(doc: WithMentions, people: readonly PersonGroup[], single: readonly Mention[], index: PeopleIndex, lex: ActorTools): Map<PersonGroup, Sex> {
  const seen: [PersonGroup, Mention][] = people.flatMap((g) => g.mentions.map((m) => [g, m] as [PersonGroup, Mention]));
  for (const m of single) {
    const g = personForWord(m.text, m, index, lex.familyFirst, lex.givenTitles.has(wordBefore(doc, m)));
    if (g) seen.push([g, m]);
  }
  seen.sort(([, a], [, b]) => a.sentence - b.sentence || a.start - b.start);
  const votes = new Map<PersonGroup, Sex[]>();
  for (const [g, m] of seen) {
    const sex = sexSaid(doc, m, lex);
    if (sex) votes.set(g, [...(votes.get(g) ?? []), sex]);
  }
  const out = new Map<PersonGroup, Sex>();
  // Note: a given name one sex bears wins over honorifics: "Mrs Howard" three times does not make Michael Howard a woman.
  for (const g of people) {
    const sex = [...g.names.keys()].map((n) => lex.givenNameSex.get(n.split(/\s+/)[0]!)).find(Boolean);
    if (sex) out.set(g, sex);
  }
  for (const [g, list] of votes) {
    if (out.has(g)) continue;
    const male = list.filter((x) => x === 'male').length;
    const female = list.length - male;
    out.set(g, male === female ? list[0]! : male > female ? 'male' : 'female');
  }
  return out;
}

/** The sex an honorific or title says, written before the mention ("Mr" Howard) or as its first word ("Mrs Howard" at a sentence's start). */
function sexSaid(doc: WithMentions, m: Mention, lex: ActorTools): Sex | undefined {
  const honorific = (w: string) => lex.honorifics.get(fold(w.replace(/\.$/, '')));
  const words = m.text.split(/\s+/);
  return (words.length > 1 ? honorific(words[0]!) : undefined) ?? honorific(wordBefore(doc, m));
}

/** The word (or two-word title) written right before a mention in its sentence: the title a name's mention was stripped of. */
function wordBefore(doc: WithMentions, m: Mention): string {
  // Note: a short window, so a run-on sentence with many names stays linear.
  const before = doc.sentences[m.sentence]?.text.slice(Math.max(0, m.start - 32), m.start) ?? '';
  return /(?:\b(Crown Prince)|(\S+))\s*$/.exec(before)?.slice(1).find(Boolean) ?? '';
}

function entryDraft(m: Mention, lex: ActorTools): Draft {
  const e = lex.entries.get(m.entry!);
  if (e) return { id: e.id, name: lex.curated.names.get(e.id) ?? e.name, type: lex.curated.types.get(e.name) ?? e.type, mentions: [], ...(e.affiliation ? { affiliation: e.affiliation } : {}) };
  // A curated alias of an actor no lexicon lists (usually a person).
  return { id: m.entry!, name: lex.curated.names.get(m.entry!) ?? m.text, type: lex.curated.types.get(m.text) ?? 'person', mentions: [] };
}

function orgDraft(m: Mention, drafts: Map<string, Draft>, bodies: ReturnType<typeof bodyIndex>): Draft {
  const name = m.name ?? m.text.replace(/^the\s+/i, '');
  return bodies.named(name) ?? bodies.shortForm(name) ?? { id: unique(actorId(name), drafts), name, type: m.type ?? 'organization', mentions: [], ...(m.roleOf ? { affiliation: m.roleOf } : {}) };
}

/**
 * The drafts that are not people, by folded name and by acronym, kept as
 * drafts are added: the first added wins, as a search of the drafts in order
 * would find it, without searching them for every name (quadratic on a seed
 * naming thousands of bodies).
 */
function bodyIndex() {
  const byName = new Map<string, Draft>();
  const byAcronym = new Map<string, Draft>();
  // Note: each tail of two words or more of a body's name (no country's), with the bodies whose names end so.
  const byTail = new Map<string, Set<Draft>>();
  return {
    add(d: Draft): void {
      if (d.type === 'person') return;
      if (!byName.has(fold(d.name))) byName.set(fold(d.name), d);
      const initials = d.name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
      if (d.type !== 'country' && !byAcronym.has(initials)) byAcronym.set(initials, d);
      if (d.type === 'country') return;
      const words = fold(d.name).split(' ');
      for (let k = 1; k < words.length - 1; k++) {
        const tail = words.slice(k).join(' ');
        const set = byTail.get(tail) ?? byTail.set(tail, new Set()).get(tail)!;
        set.add(d);
      }
    },
    /** The first body whose name folds as `name` does. */
    named: (name: string): Draft | undefined => byName.get(fold(name)),
    /**
     * "Defence Ministry" after "Ukrainian Defence Ministry": a body's name of two
     * words or more that ends the name of exactly one body already found is that body.
     */
    shortForm(name: string): Draft | undefined {
      if (!/\s/.test(name)) return undefined;
      const fits = byTail.get(fold(name));
      return fits?.size === 1 ? [...fits][0] : undefined;
    },
    /** The one other body whose name ends with all of `d`'s name (two words or more). */
    longer(d: Draft): Draft | undefined {
      if (!/\s/.test(d.name)) return undefined;
      const fits = [...(byTail.get(fold(d.name)) ?? [])].filter((x) => x !== d);
      return fits.length === 1 ? fits[0] : undefined;
    },
    /** The body whose initials `d`'s name spells, when `d` is named by an acronym. */
    expansion(d: Draft): Draft | undefined {
      const x = /^\p{Lu}{2,}$/u.test(d.name) ? byAcronym.get(d.name) : undefined;
      return x === d ? undefined : x;
    },
    /** "RSF" for "Rapid Support Forces", "OIC" for "Organization of Islamic Cooperation". */
    acronym: (word: string): Draft | undefined => (/^\p{Lu}{2,}$/u.test(word) ? byAcronym.get(word) : undefined),
  };
}

/** The body (no country, no person) mentioned nearest to an organ's mention: in its sentence, else the latest before it. */
function governedBody(organ: Mention, mentions: Mention[], actorOf: Map<Mention, string>, drafts: Map<string, Draft>): Draft | undefined {
  let best: { d: Draft; distance: number } | undefined;
  for (const m of mentions) {
    const d = drafts.get(actorOf.get(m) ?? '');
    if (!d || d.type === 'person' || d.type === 'country') continue;
    const same = m.sentence === organ.sentence;
    if (!same && m.sentence > organ.sentence) continue;
    // Note: the same sentence outranks any earlier one; there, nearest by characters.
    const distance = same ? Math.abs(m.start - organ.start) : 1e9 + (organ.sentence - m.sentence) * 1e6 - m.start;
    if (!best || distance < best.distance) best = { d, distance };
  }
  return best?.d;
}

/** The one person a description can mean: same affiliation, compatible role. */
function describedPerson(m: Mention, drafts: Draft[]): Draft | undefined {
  const people = drafts.filter((d) => d.type === 'person' && d.mentions.some((x) => x.kind === 'name'));
  const affiliated = m.roleOf ? people.filter((d) => affiliationOf(d) === m.roleOf) : people;
  // "the minister" fits a Foreign Minister; "the prime minister" does not fit a minister.
  const roleFits = (d: Draft) => !m.role || roles(d).some((r) => r === m.role || r.endsWith(` ${m.role}`));
  const fits = affiliated.filter((d) => roleFits(d) && (m.roleOf || roles(d).length));
  if (fits.length === 1) return fits[0];
  const exact = fits.filter((d) => m.role && roles(d).includes(m.role));
  if (exact.length === 1) return exact[0];
  // "Qatar's foreign minister" when the article names one Qatari only, as its deputy prime minister:
  // roles that share a word (minister) may be two offices of one person.
  const kin = (d: Draft) => roles(d).some((r) => r.split(' ').some((w) => m.role?.split(' ').includes(w)));
  return m.roleOf && affiliated.length === 1 && !fits.length && kin(affiliated[0]!) ? affiliated[0] : undefined;
}

const roles = (d: Draft) => d.mentions.map((m) => m.role).filter((r): r is string => !!r);
const affiliationOf = (d: Draft) => d.affiliation ?? mostCommon(d.mentions.map((m) => m.roleOf).filter((r): r is string => !!r));

function toActor(d: Draft, lex: ActorTools): BriefingActor {
  const aliases = [...new Set(d.mentions.map((m) => m.text))].filter((a) => a !== d.name).sort();
  const role = longestCommonRole(roles(d));
  const affiliation = affiliationOf(d);
  return {
    id: d.id as ActorId,
    name: d.name,
    type: lex.curated.types.get(d.name) ?? d.type,
    aliases,
    ...(role ? { role } : {}),
    ...(affiliation && affiliation !== d.id ? { affiliation: affiliation as ActorId } : {}),
    mentions: d.mentions.length,
  };
}

/** The role most mentions give; ties go to the longer (more specific) title. */
function longestCommonRole(list: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const r of list) counts.set(r, (counts.get(r) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || byString(a[0], b[0]))[0]?.[0];
}

function mostCommon(list: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const x of list) counts.set(x, (counts.get(x) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || byString(a[0], b[0]))[0]?.[0];
}

function unique(id: string, taken: Map<string, unknown>): string {
  let out = id;
  for (let n = 2; taken.has(out); n++) out = `${id}-${n}`;
  return out;
}

/** Where each actor is first mentioned, by id, in one pass (a search per comparison was quadratic in the actors). */
function firstSeen(mentions: ActorMention[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of mentions) if (m.actor && !out.has(m.actor)) out.set(m.actor, m.sentence * 10_000 + m.start);
  return out;
}

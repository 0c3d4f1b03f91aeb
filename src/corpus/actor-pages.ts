// One page of data per corpus actor: what every briefing says about it,
// gathered under the merged id, each fact with the briefing it comes from.
import {
  type ActorId, type ActorRelation, ActorPageData, ActorType, type BriefingActor, type BriefingData, countedModalities, Modality, type Relation, type Slug, quadOf,
} from '../model/index.ts';
import { type ActorMerge, canonicalActor, commonest, noMerge } from './merge-actors.ts';
import { byString, newestFirst } from '../util/order.ts';

interface Acc {
  id: ActorId;
  names: Map<string, number>;
  types: Map<ActorType, number>;
  aliases: Set<string>;
  roles: ActorPageData['roles'];
  affiliations: ActorPageData['affiliations'];
  briefings: Slug[];
  mentions: number;
  relations: Map<string, ActorRelation>;
  quotes: ActorPageData['quotes'];
}

function emptyAcc(id: ActorId): Acc {
  return { id, names: new Map(), types: new Map(), aliases: new Set(), roles: [], affiliations: [], briefings: [], mentions: 0, relations: new Map(), quotes: [] };
}

/** Adds one briefing's view of an actor. */
function addActor(acc: Acc, b: BriefingData, a: BriefingActor, canon: (id: string) => ActorId): void {
  acc.names.set(a.name, (acc.names.get(a.name) ?? 0) + 1);
  acc.types.set(a.type, (acc.types.get(a.type) ?? 0) + 1);
  for (const alias of a.aliases) acc.aliases.add(alias);
  if (a.role && !acc.roles.some((r) => r.briefing === b.slug && r.role === a.role)) acc.roles.push({ briefing: b.slug, role: a.role });
  const aff = a.affiliation && canon(a.affiliation);
  if (aff && aff !== acc.id && !acc.affiliations.some((r) => r.briefing === b.slug && r.actor === aff)) acc.affiliations.push({ briefing: b.slug, actor: aff });
  if (!acc.briefings.includes(b.slug)) acc.briefings.push(b.slug);
  acc.mentions += a.mentions;
}

/** Adds one side of a relation to an actor's aggregate, keyed by other actor, direction, CAMEO code and modality. */
function addRelation(acc: Acc, other: ActorId, direction: ActorRelation['direction'], r: Relation, slug: Slug): void {
  const key = [other, direction, r.cameo, r.modality].join('\0');
  const agg = acc.relations.get(key) ?? { other, direction, cameo: r.cameo, type: r.type, quad: quadOf(r.cameo), modality: r.modality, count: 0, evidence: [] };
  agg.count += 1;
  if (!agg.evidence.some((e) => e.briefing === slug && e.sentence === r.evidence.sentence)) {
    agg.evidence.push({ briefing: slug, sentence: r.evidence.sentence, text: r.evidence.text });
  }
  acc.relations.set(key, agg);
}

/** Folds one briefing's actors into the accumulators, creating them. */
function addActors(accs: Map<ActorId, Acc>, b: BriefingData, merge: ActorMerge): void {
  const canon = (id: string) => canonicalActor(merge, id);
  for (const a of b.actors) {
    const id = canon(a.id);
    addActor(accs.get(id) ?? accs.set(id, emptyAcc(id)).get(id)!, b, a, canon);
  }
}

/** Folds one briefing's relations and quotes into the actors that have pages. */
function addFacts(accs: Map<ActorId, Acc>, b: BriefingData, merge: ActorMerge): void {
  const canon = (id: string) => canonicalActor(merge, id);
  for (const r of b.relations) {
    const [s, t] = [canon(r.source), canon(r.target)];
    if (s === t) continue;
    const [source, target] = [accs.get(s), accs.get(t)];
    if (source) addRelation(source, t, r.symmetric ? 'both' : 'out', r, b.slug);
    if (target) addRelation(target, s, r.symmetric ? 'both' : 'in', r, b.slug);
  }
  for (const q of b.quotes) {
    const speaker = q.speakerIsActor ? accs.get(canon(q.speaker)) : undefined;
    speaker?.quotes.push({ briefing: b.slug, sentence: q.sentence, text: q.text });
  }
}

/** The display name: the curator's, else the commonest full (several-word) name, else the commonest name. */
function pageName(acc: Acc, type: ActorType, curated: ReadonlyMap<string, string>): string {
  const full = new Map([...acc.names].filter(([n]) => /\S\s+\S/.test(n)));
  return curated.get(acc.id) ?? commonest(type === 'person' && full.size ? full : acc.names) ?? acc.id;
}

/** The type most briefings give; ties go to the earlier type in ActorType's list. */
function majorityType(types: Map<ActorType, number>): ActorType {
  return ActorType.options.reduce<ActorType>((best, t) => ((types.get(t) ?? 0) > (types.get(best) ?? 0) ? t : best), 'person');
}

/** Orders evidence and quotes by briefing (newest first) and sentence. */
function bySource<T extends { briefing: Slug; sentence: number }>(items: T[], order: Map<string, number>): T[] {
  return [...items].sort((a, b) => (order.get(a.briefing) ?? 0) - (order.get(b.briefing) ?? 0) || a.sentence - b.sentence);
}

const counts = (r: ActorRelation) => Number(countedModalities.has(r.modality));
const modalityRank = (r: ActorRelation) => Modality.options.indexOf(r.modality);

function finish(acc: Acc, order: Map<string, number>, curated: ReadonlyMap<string, string>): ActorPageData {
  const type = majorityType(acc.types);
  const name = pageName(acc, type, curated);
  const aliases = [...new Set([...acc.names.keys(), ...acc.aliases])].filter((n) => n !== name).sort(byString);
  const relations = [...acc.relations.values()]
    .map((r) => ({ ...r, evidence: bySource(r.evidence, order) }))
    // Note: ties (asserted, reported) first, so the table and the ego diagram lead with what happened.
    .sort((a, b) => counts(b) - counts(a) || b.count - a.count || byString(a.other, b.other) || byString(a.direction, b.direction) || byString(a.cameo, b.cameo) || modalityRank(a) - modalityRank(b));
  const briefings = [...acc.briefings].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  // Note: not parsed with the schema here: renderActorPage validates each page it writes, and parsing
  // every page of a corpus on every run would cost an incremental run about 0.1 s for nothing.
  return { id: acc.id, name, type, aliases, roles: acc.roles, affiliations: acc.affiliations, briefings, mentions: acc.mentions, relations, quotes: bySource(acc.quotes, order) };
}

/**
 * Builds every corpus actor's page data, sorted by id. `merge` maps local ids
 * to corpus ids (none needed when the briefings are already canonical);
 * `names` are curated display names by corpus id (`lexicon.curated.names`).
 */
export function buildActorPages(
  briefings: readonly BriefingData[],
  merge: ActorMerge = noMerge,
  names: ReadonlyMap<string, string> = new Map(),
): ActorPageData[] {
  const ordered = newestFirst(briefings, (b) => ({ published: b.published, tie: b.slug }));
  const order = new Map(ordered.map((b, i) => [b.slug as string, i]));
  const accs = new Map<ActorId, Acc>();
  // Note: all actors first, so a relation finds its other side whatever the briefing order.
  for (const b of ordered) addActors(accs, b, merge);
  for (const b of ordered) addFacts(accs, b, merge);
  return [...accs.values()].map((acc) => finish(acc, order, names)).sort((a, b) => byString(a.id, b.id));
}

// Step 7: emit. Turns matches into Relation records, one per source-target
// pair (every pair of a list slot), and drops repeats. A person and the state
// or body they belong to are a role, not a relation; a symmetric pair is
// written in id order; every relation keeps its sentence.
import { cameoNames, quadOf, type ActorId, type Modality, type Relation } from '../../model/index.ts';
import type { Arg } from './2-arguments.ts';
import type { Match } from './4-match.ts';

/** The sentence a relation comes from: its index and its whole text. */
export interface Where {
  sentence: number;
  text: string;
}

/** What an actor id needs to be told apart from its state: its affiliation. */
export type Affiliations = ReadonlyMap<string, { affiliation?: string | undefined }>;

/** The article's actors by id, with their affiliations: what `emit` and `restated` compare. */
export function affiliationsOf(actors: readonly { id: string; affiliation?: string | undefined }[]): Affiliations {
  return new Map(actors.map((a) => [a.id, { affiliation: a.affiliation }]));
}

/** The relations a match states, with the modality of its clause. */
export function emit(m: Match, modality: Modality, actors: Affiliations, where: Where, naming?: ReadonlySet<string>): Relation[] {
  let { cameo, symmetric } = m.frame;
  // "called Sauron's remarks concerning": a call verb on what an actor said names it: disapproval.
  if (m.target?.verbal && naming?.has(m.words[0]!.toLowerCase()) && Number(cameo) <= 5) [cameo, symmetric] = ['11', false];
  // "Aragorn attacked Eomer", "attacked Mordor's plans": between people, or on words, an attack is criticism.
  if (cameo === '19' && ((m.source?.person && m.target?.person) || m.target?.verbal)) [cameo, symmetric] = ['11', false];
  const pairs: [string, string][] = [];
  if (m.pairs) {
    const list = m.pairs.actors;
    // "talks between producers and consumers such as India and South Korea": one side is no pair.
    const apart = (s: string, t: string) => !m.pairs?.sides?.some((side) => side.includes(s) && side.includes(t));
    list.forEach((s, i) => list.slice(i + 1).forEach((t) => apart(s, t) && pairs.push([s, t])));
    symmetric = true;
  } else for (const s of m.source?.actors ?? []) for (const t of m.target?.actors ?? []) pairs.push([s, t]);
  return pairs
    // "Only Sri Lanka and Bangladesh receive IMF support": co-subjects are one side, not two parties.
    .filter(([s, t]) => s !== t && !affiliated(s, t, actors) && !(m.source?.actors.includes(t) && m.source.actors.includes(s)))
    .map(([s, t]) => (symmetric && t < s ? [t, s] : [s, t]))
    .map(([s, t]) => ({
      source: s as ActorId, target: t as ActorId, type: cameoNames[cameo], verb: m.words.join(' '),
      cameo, quad: quadOf(cameo), symmetric, modality, evidence: { sentence: where.sentence, text: where.text },
    }));
}

/**
 * "Gondor, Rohan and Arnor urged ...": two to four actors who appeal or announce together
 * (a `joint` verb of verbs.tsv) consult each other; longer lists are coalitions, not partners.
 */
export function jointPairs(subject: Arg | undefined): Arg | undefined {
  const n = subject?.actors.length ?? 0;
  return n >= 2 && n <= 4 ? subject : undefined;
}

/** A person and the state or body they belong to: that is a role, not a relation. */
function affiliated(s: string, t: string, actors: Affiliations): boolean {
  return actors.get(s)?.affiliation === t || actors.get(t)?.affiliation === s;
}

/**
 * Drops repeats of (source, target, cameo) within a sentence and sorts. A symmetric
 * relation takes the direction of a directed one of the same pair and quad class, if any,
 * so the article does not state the pair twice.
 */
export function dedupe(relations: Relation[]): Relation[] {
  const directed = new Set(relations.filter((r) => !r.symmetric).map((r) => `${r.source}\0${r.target}\0${r.quad}`));
  const seen = new Set<string>();
  const out: Relation[] = [];
  // Mutual records first: of "met Rohirric officials in Edoras" read as met (mutual) and met-in
  // (a visit) of one pair, the meeting is what the sentence says.
  for (const given of [...relations.filter((r) => r.symmetric), ...relations.filter((r) => !r.symmetric)]) {
    const flip = given.symmetric && directed.has(`${given.target}\0${given.source}\0${given.quad}`);
    const r = flip ? { ...given, source: given.target, target: given.source } : given;
    // A symmetric pair is one record whichever actor the text names first; one turned to a directed
    // record's direction is that record ("met Jordanian officials in Amman": met, and met in).
    const [a, b] = r.symmetric && !flip && r.target < r.source ? [r.target, r.source] : [r.source, r.target];
    const key = `${r.evidence.sentence}\0${a}\0${b}\0${r.cameo}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(r);
  }
  return out.sort((x, y) => x.evidence.sentence - y.evidence.sentence || cmp(x.source, y.source) || cmp(x.target, y.target) || cmp(x.cameo, y.cameo));
}

/**
 * "France's President Macron called Pezeshkian" read by two readers as Macron-Pezeshkian and as
 * France-Pezeshkian: the same fact at two levels. True when `others` hold the person-level
 * record of `r` (same sentence and quad class).
 */
export function restated(r: Relation, all: readonly Relation[], actors: Affiliations): boolean {
  const under = (state: string, id: string) => id !== state && actors.get(id)?.affiliation === state;
  const ends = (x: Relation) => [x.source, x.target] as string[];
  return all.some((o) => {
    if (o === r || o.evidence.sentence !== r.evidence.sentence || o.quad !== r.quad) return false;
    const [a, b] = ends(r);
    const [c, d] = ends(o);
    const same = (p: string, q: string) => p === q;
    return (same(b!, d!) && under(a!, c!)) || (same(a!, c!) && under(b!, d!)) || (o.symmetric && ((same(a!, d!) && under(b!, c!)) || (same(b!, c!) && under(a!, d!))));
  });
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

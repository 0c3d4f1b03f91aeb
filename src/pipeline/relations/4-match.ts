// Step 4: match. At every word that heads a frame (a verb by its lemma, a
// nominal event by its word: "talks", "attack", "sanctions"), each slot's path
// is followed on the tree. A nominal event without an owner takes the subject
// of the verb it is the object of ("Mordor launched an attack on Gondor").
import type { Tree } from './1-anchors.ts';
import { actorsAt, agentsOf, isPassive, isWord, kidsBy, objectOf, obliqueOf, obliques, ownerArg, participleIsPassive, predicateSubject, subjectOf, type Arg, type Reach, type Topic } from './2-arguments.ts';
import type { Path, TreeFrame, TreeFrames } from './3-frames.ts';
import { besideArg, dashes, describedArg, hyphenArg, saidOf } from './4-glued.ts';
import { misattached, misreadOwner, opening, openingSubject } from './4-repairs.ts';
import { listSides, namesOtherSide } from './4-sides.ts';
import { asksForPassive, givesWords, namesObject } from './4-sense.ts';

/** A frame matched at a head word: the actors of its slots and the words that state it. */
export interface Match {
  frame: TreeFrame;
  head: number;
  source?: Arg;
  target?: Arg;
  pairs?: Arg;
  words: string[];
}

/**
 * "Mordor-backed fighters": a hyphenated participle is an adjective, read by verbs.tsv's hyphen
 * frames ("A - backed B"); a capitalised verb inside a sentence is part of a name ("House of Flying Daggers").
 */
export function isVerbHead(t: Tree, h: number): boolean {
  const w = t.words[h]!;
  return w.upos === 'VERB' && t.words[h - 1]?.text !== '-' && !(h > 0 && /^\p{Lu}/u.test(w.text));
}

/** Dependents of a head on which a preposition's phrase may hang instead of the head. */
const objectRels = new Set(['obj', 'nsubj:pass']);

/** The frames that match at word `h`; at one head, a shorter frame adds only a target the longer ones did not take. */
export function matchAt(t: Tree, h: number, frames: TreeFrames, reach: Reach, light: ReadonlySet<string>, venue: ReadonlySet<string> = new Set(), more: { reciprocal?: ReadonlySet<string>; topic?: Topic } = {}): Match[] {
  const w = t.words[h]!;
  const verb = isVerbHead(t, h);
  // "Mordor-backed": a word glued by a hyphen is read by the hyphen frames, whatever its tag.
  const glued = dashes.has(t.words[h - 1]?.text ?? '');
  if (w.upos === 'VERB' && !verb && !glued) return [];
  const noun = w.upos === 'NOUN' || w.upos === 'PROPN' || glued;
  const list = verb ? frames.get(w.lemma.toLowerCase()) ?? frames.get(w.text.toLowerCase()) : noun ? frames.get(w.text.toLowerCase()) : undefined;
  if (!list) return [];
  const out: Match[] = [];
  const taken: string[] = [];
  for (const frame of list) {
    if (frame.verbal !== verb || !frame.extra.every((e) => hasNear(t, h, e))) continue;
    if (!verb && spokenFor(t, h, frames, frame.cameo)) continue;
    // "Blair called him a 'giant'": a consult verb naming its object is no consultation.
    if (verb && frame.cameo === '04' && frame.target?.kind === 'obj' && namesObject(t, h)) continue;
    // "will deliver his Budget to the House of Commons": giving words is no material cooperation (06-08).
    if (verb && materialCooperation.has(frame.cameo) && givesWords(t, h, reach.stance)) continue;
    // "called for the National Audit Office to be given a free hand": an appeal about the office, to others.
    if (verb && frame.cameo === '02' && asksForPassive(t, h)) continue;
    // "They met Eomer": a list-only frame ("AB ~meet") adds nothing once a frame with a target matched.
    if (out.length && !frame.target) continue;
    // "Both Deutsche Boerse and Euronext held talks with the London market": one side, not a pair.
    if (namesOtherSide(t, h, list, frame, { venue, reciprocal: more.reciprocal ?? new Set() })) continue;
    const words = [w.text];
    // "condemned Mordor's strikes", "called Sauron's remarks concerning": what an actor did or said
    // stands for the actor in disapproval (and call verbs); "received White Council support" does not.
    // Backing or welcoming "Gondor's stance" (05) is support of Gondor, as condemning it is criticism.
    const force = Number(frame.cameo) >= 14;
    // Sanctions, seizures, expulsions and killings reach the owner of what they hit ("sanctions on Iran's
    // main airline"); not a fight (19): "attacked Labour's pledges", "an attack on the cost of Britain's
    // asylum system" are words, whose owner the stance nouns reach.
    const possessions = force && frame.cameo !== '19';
    const through = possessions ? { ...reach, possessions } : Number(frame.cameo) >= 9 || frame.cameo === '05' || reach.naming.has(w.text.toLowerCase()) ? reach : undefined;
    const how: How = { reach: through, light, venue, topic: more.topic, force, owned: ownedCodes.has(frame.cameo), verbal: frame.verbal, mutual: frame.symmetric, statement: frame.cameo === '01' };
    const get = (p: Path | undefined) => (p ? follow(t, h, p, how, words) : undefined);
    const listed = get(frame.pairs);
    // "talks between producers and consumers such as India and South Korea": one side is no pair.
    const pairs = listed && { ...listed, sides: listSides(t, listed.actors) };
    const source = get(frame.source);
    const target = get(frame.target);
    // "Gondor and Rohan met": a list slot needs two names; "they met" may be any two of a crowd.
    if (frame.pairs && (!pairs || pairs.actors.length < 2 || pairs.named < 2)) continue;
    if (frame.source && !source) continue;
    if (frame.target && !target) continue;
    // "Mexico and Canada met in Ottawa": a target that is already a party adds nothing.
    if (target && source && target.actors.every((a) => source.actors.includes(a))) continue;
    // "Both Tessa Jowell and John Prescott have welcomed his return", parsed with each name a subject of
    // its own: a target that is a subject of the verb too is one of the parties, not their target.
    if (verb && !isPassive(t, h) && target && source && target.actors.every((a) => source.actors.includes(a) || ownSubjects(t, h).includes(a))) continue;
    const key = (target ?? pairs)!.actors.join(' ');
    if (taken.includes(key)) continue;
    taken.push(key);
    out.push({ frame, head: h, ...(source ? { source } : {}), ...(target ? { target } : {}), ...(pairs ? { pairs } : {}), words });
  }
  return out;
}

/** How a frame follows its paths. */
interface How {
  reach: Reach | undefined;
  light: ReadonlySet<string>;
  venue: ReadonlySet<string>;
  /** Prepositions of what a phrase is about ("over", `topic` in verbs.tsv) and of a partner: below the first, only the second. */
  topic: Topic | undefined;
  /** An act of force (CAMEO 14-20). */
  force: boolean;
  /** Support or rejection (`ownedCodes`): what an actor proposed or did stands for the actor. */
  owned: boolean;
  verbal: boolean;
  /** A mutual tie (symmetric frame): its noun is said of one party ("Rohan, a close ally of Gondor"). */
  mutual: boolean;
  /** A public statement (01): its indirect object is an audience. */
  statement: boolean;
}

/**
 * "Arnor cut its ties with Gondor": a noun that a frame of its verb names with another code
 * ("A ~cut * ties with B", 16) is read with the verb; alone it would say the opposite (ties, 05).
 */
function spokenFor(t: Tree, n: number, frames: TreeFrames, cameo: string): boolean {
  const w = t.words[n]!;
  if (w.deprel !== 'obj' || w.head < 0 || !isVerbHead(t, w.head)) return false;
  const g = t.words[w.head]!;
  const text = w.text.toLowerCase();
  const names = (p: Path | undefined) => p?.kind === 'prep' && p.nouns?.has(text);
  return (frames.get(g.lemma.toLowerCase()) ?? frames.get(g.text.toLowerCase()) ?? []).some((f) => f.verbal && f.cameo !== cameo && (names(f.source) || names(f.target) || names(f.pairs)));
}

/** The actors a path reaches from head `h`; the words it crossed are added to `words`. */
function follow(t: Tree, h: number, p: Path, how: How, words: string[]): Arg | undefined {
  const { reach, light, venue, force } = how;
  switch (p.kind) {
    case 'subj':
      return subjectOf(t, h);
    case 'obj':
      return objectOf(t, h, reach) ?? (p.preps ? obliqueOf(t, h, p.preps, reach) : undefined) ?? objectOwner(t, h, how) ?? loneIndirect(t, h, how);
    case 'owner':
      // "During his meeting with Lavrov, Xi pledged": an opening phrase's "his" is the subject after it.
      return (opening(t, h) && !force ? openingSubject(t, h) : undefined) ?? ownerArg(t, h) ?? predicateSubject(t, h) ?? misreadOwner(t, h) ?? obliqueOf(t, h, byFrom) ?? governorSubject(t, h, light, force) ?? (how.mutual && !how.verbal ? saidOf(t, h) : undefined);
    case 'prep': {
      // "received his decoration in Paris", "hosted radio shows in Amsterdam": a venue preposition right
      // after the verb in the frame ("A ~receive in B") names a place only when nothing was received.
      if (p.bare && [...p.preps].every((w) => venue.has(w)) && kidsBy(t, h, 'obj').length) return undefined;
      // The preposition's phrase may hang on the frame's noun or on the head ("held talks with B"
      // either way); without a noun, also on the head's object ("supplied missiles to B").
      const via = p.nouns ? nounsOf(t, h, p.nouns) : kidsBy(t, h, objectRels);
      if (p.nouns && !via.length) return undefined;
      for (const n of via) {
        const a = obliqueOf(t, n, p.preps, reach, how.topic);
        if (a) return cross(words, t, p.nouns ? n : undefined, p, a);
      }
      const a = obliqueOf(t, h, p.preps, reach, how.topic) ?? (how.verbal ? undefined : misattached(t, h, p.preps));
      if (a) return cross(words, t, p.nouns ? via[0] : undefined, p, a);
      // "called on Rohan": the parser may read "on" as a particle and Rohan as the object.
      return kidsBy(t, h, 'compound:prt').some((k) => p.preps.has(t.words[k]!.text.toLowerCase())) ? objectOf(t, h, reach) : undefined;
    }
    case 'beside':
      return besideArg(t, h);
    case 'described':
      return describedArg(t, h);
    case 'hyphen':
      return hyphenArg(t, h, p.at);
  }
}
const byFrom = new Set(['by', 'from']);
const materialCooperation = new Set(['06', '07', '08']);

/**
 * "warned Rohan against attacking", "have not given Ukraine permission": the parser labels a lone object
 * (or a recipient) an indirect one. Not for statements (01): "told the newspaper", "told MPs the UK
 * would" name an audience or hide the clause's subject (BBC: 20 of 28 such readings were wrong).
 */
function loneIndirect(t: Tree, v: number, how: How): Arg | undefined {
  if (!how.verbal || how.statement || isPassive(t, v)) return undefined;
  for (const k of kidsBy(t, v, 'iobj')) {
    const a = actorsAt(t, k, how.reach);
    if (a) return a;
  }
  return undefined;
}

/**
 * Support (05) and rejection (12) are of an actor through what it proposed or did: "applauded
 * Ireland's introduction of lower taxes", "rejected the Tories' call for a quota", "rejected
 * Deutsche Boerse's offer".
 */
const ownedCodes = new Set(['05', '12']);

/** "supports Ukraine's sovereignty", "rejected the Lib Dem's call", "condemned the attack by Iran": the owner of the object. */
function objectOwner(t: Tree, v: number, how: How): Arg | undefined {
  if (isPassive(t, v) || !(how.owned || how.reach)) return undefined;
  for (const o of kidsBy(t, v, 'obj')) {
    // "condemned the attack by Iran", "attacked the decision by Britain": an act's doer in its
    // "by" or "from" phrase; for support and rejection any object ("rejected a third bid from Rangers").
    const word = t.words[o]!.text.toLowerCase();
    const act = how.reach && (how.reach.act.has(word) || how.reach.stance.has(word));
    // The parser may hang that phrase on the verb, right after the object.
    const after = kidsBy(t, v, 'obl:agent').filter((k) => k > o);
    const owners = [...(how.owned ? kidsBy(t, o, 'nmod:poss') : []), ...(how.owned || act ? [...obliques(t, o, byFrom), ...after, ...agentsOf(t, o)] : [])];
    for (const k of owners) {
      const a = actorsAt(t, k);
      // Reached through what the actor did or said: "attacked the decision by Britain" is criticism.
      if (a) return { ...a, verbal: a.verbal || Boolean(act) };
    }
  }
  return undefined;
}


/** Adds the frame's noun and preposition to the words that state the match. */
function cross(words: string[], t: Tree, noun: number | undefined, p: Extract<Path, { kind: 'prep' }>, a: Arg): Arg {
  if (noun !== undefined) words.push(t.words[noun]!.text);
  words.push([...p.preps][0]!);
  return a;
}

/** The dependents of `h` (and their conjuncts) that are one of the nouns: "held talks", "sent aid and weapons", "hit back at". */
function nounsOf(t: Tree, h: number, nouns: ReadonlySet<string>): number[] {
  const direct = t.kids[h]!;
  // "received a lavish welcome from", parsed with "welcome" under "lavish": one word down in the object.
  const below = kidsBy(t, h, 'obj').flatMap((k) => t.kids[k]!);
  // "the sanctions imposed by Gondor on Mordor": a passive participle's noun is what it acts on. BBC:
  // "support given to Mr Forgeard by the Lagardere group" (business/308), "a deal struck with gay
  // rights groups" (entertainment/248), "tariffs imposed by both developed and developing nations" (business/067).
  const described = participleIsPassive(t, h) ? [t.words[h]!.head] : [];
  return [...direct, ...direct.flatMap((k) => kidsBy(t, k, 'conj')), ...below, ...described].filter((k) => isWord(t, k, nouns));
}

/** True when one of the words hangs under `h`, directly or one word down ("grew closer", "accused each other"). */
function hasNear(t: Tree, h: number, set: ReadonlySet<string>): boolean {
  // "the treaty signed by": the noun a participle describes is its object.
  const w = t.words[h]!;
  if (w.deprel === 'acl' && w.head >= 0 && isWord(t, w.head, set)) return true;
  // Not down into a clause: "AB agreed that the deal was dead" is no deal of theirs.
  return t.kids[h]!.some((k) => isWord(t, k, set) || (!clausal.has(t.words[k]!.deprel) && t.kids[k]!.some((c) => isWord(t, c, set))));
}
const clausal = new Set(['ccomp', 'advcl', 'csubj']);

/**
 * "Mordor launched an attack on Gondor", "Aragorn, speaking in a call with Eomer": a nominal
 * event's doer is the subject of the verb it is the object or oblique of; only that verb's
 * own subject (inherited ones wander: "try to exert pressure" is not the trier's).
 */
function governorSubject(t: Tree, n: number, light: ReadonlySet<string>, force: boolean): Arg | undefined {
  const w = t.words[n]!;
  if (w.head < 0 || (w.deprel !== 'obj' && w.deprel !== 'nsubj:pass' && w.deprel !== 'obl')) return undefined;
  // "Since the 2001 attacks in the US, BA has cut jobs": an act of force in an oblique sets the scene;
  // the clause's subject did not do it (a call or talks in one it did: "speaking in a call with").
  if (w.deprel === 'obl' && force) return undefined;
  const g = w.head;
  // Only verbs that do the event ("launched an attack"), not ones that undergo it ("suffered a heart attack").
  if (w.deprel !== 'obl' && !light.has(t.words[g]!.lemma.toLowerCase())) return undefined;
  const own = kidsBy(t, g, isPassive(t, g) ? 'obl:agent' : 'nsubj');
  if (own.length) return own.map((k) => actorsAt(t, k)).find(Boolean);
  // "Speaking in a call with Eomer, Aragorn said": an opening participle's subject is the main clause's.
  return t.words[g]!.deprel === 'advcl' ? subjectOf(t, g) : undefined;
}

/** The actors of every subject of verb `h` (the parser may give a list of names one subject each). */
function ownSubjects(t: Tree, h: number): string[] {
  return kidsBy(t, h, 'nsubj').flatMap((k) => actorsAt(t, k)?.actors ?? []);
}

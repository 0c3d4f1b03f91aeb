// Step 2: arguments. Who is the subject, the object or the oblique of a word
// of the tree, read from its dependents: through passives (obl:agent,
// nsubj:pass), relative and participle clauses (the modified noun), shared
// subjects of coordinated verbs, control ("urged Kyiv to accept": the object;
// "wants to supply": the subject), and coordinated or apposed actors.
import type { Anchor, Tree } from './1-anchors.ts';

/** The actors of an argument, and whether it named them through what they said or did ("Labour's plans"). */
export interface Arg {
  actors: string[];
  person: boolean;
  /** Reached through a stance or act noun: "attacked Labour's plans" is said of words. */
  verbal: boolean;
  /** How many words named the actors: "they" is one, "Gondor and Rohan" two. */
  named: number;
  /** A list slot's sides (`4-sides.ts`): two actors of one side are no pair. */
  sides?: string[][];
}

/** Nouns through which a verb reaches their owner: what an actor said (stance) or did (act). */
export interface Reach {
  stance: ReadonlySet<string>;
  act: ReadonlySet<string>;
  /** Call verbs: "called Sauron's remarks concerning" reaches Sauron. */
  naming: ReadonlySet<string>;
  /** Acts of force and sanctions reach the state or body whose thing they hit ("sanctions on Iran's main airline"). */
  possessions?: boolean;
  /** Nouns of someone's claim ("allegations", `claim` in verbs.tsv): their "of" phrase says what is claimed, not who claims it. */
  claim?: ReadonlySet<string>;
  /** Act nouns whose "of" phrase names who was hit ("the invasion of Rohan", `patient-of` in verbs.tsv). */
  patientOf?: ReadonlySet<string>;
}

const relativePronouns = new Set(['which', 'who', 'that', 'whom']);
/** A passive's surface subject; the parser sometimes labels it plain nsubj beside a passive auxiliary ("was asked by"). */
function surfaceSubjects(t: Tree, v: number): number[] {
  const auxPass = t.kids[v]!.some((k) => t.words[k]!.deprel === 'aux:pass');
  return kidsBy(t, v, auxPass ? surfaceRels : 'nsubj:pass');
}
const surfaceRels = new Set(['nsubj:pass', 'nsubj']);
const subjectRels = new Set(['nsubj', 'nsubj:outer', 'csubj']);
/** The relations by which a noun's owner hangs on it: "Mordor's attack", "Mordorian strikes", "Mordor talks". */
export const ownerRels: ReadonlySet<string> = new Set(['nmod:poss', 'amod', 'compound']);

/** Word `i`'s dependents with one of the relations. */
export function kidsBy(t: Tree, i: number, rels: ReadonlySet<string> | string): number[] {
  const has = typeof rels === 'string' ? (r: string) => r === rels : (r: string) => rels.has(r);
  return t.kids[i]!.filter((k) => has(t.words[k]!.deprel));
}

/**
 * True when the verb is passive: it has a passive auxiliary, or a passive subject and no active one
 * ("Ukrainian Prime Minister Denys Shmyhal thanked Lammy" parsed with "Ukrainian" as a passive
 * subject beside the active "Denys": the verb is active).
 */
export function isPassive(t: Tree, v: number): boolean {
  // An agent makes it passive too ("the treaty signed by Gondor" parsed with "treaty" as the subject),
  // unless the verb has an object: "attacked the decision by Gondor" hangs the object's "by" on the verb.
  const rels = t.kids[v]!.map((k) => t.words[k]!.deprel);
  return rels.includes('aux:pass') || (rels.includes('nsubj:pass') && !rels.includes('nsubj')) || (rels.includes('obl:agent') && !rels.includes('obj'));
}

/**
 * A participle modifying a noun is passive unless it ends in -ing: "forces backed by Iran"
 * (the noun is the object), "troops attacking Kyiv" (the noun is the subject).
 */
export function participleIsPassive(t: Tree, v: number): boolean {
  return t.words[v]!.deprel === 'acl' && !/ing$/i.test(t.words[v]!.text);
}

/** The actors word `i` names, with those of its coordinated and apposed words: "Gondor and Rohan", "the king, Aragorn". */
export function actorsAt(t: Tree, i: number, reach?: Reach): Arg | undefined {
  const found: Anchor[] = [];
  let verbal = false;
  const visit = (k: number, depth: number) => {
    const a = t.anchors.get(k) ?? antecedent(t, k);
    if (a) found.push(a);
    else if (reach && depth === 0) {
      const owned = ownerOf(t, k, reach);
      if (owned) {
        found.push(owned);
        verbal = true;
      } else if (reach.possessions) {
        const holder = possessor(t, k);
        if (holder) found.push(holder);
      }
    }
    if (depth > 6) return;
    for (const c of kidsBy(t, k, conjOrAppos)) if (!subjectOfNext(t, c)) visit(c, depth + 1);
  };
  visit(i, 0);
  if (!found.length) return undefined;
  const actors = [...new Set(found.flatMap((a) => a.actors))];
  return { actors, person: found.every((a) => a.person), verbal, named: found.reduce((n, a) => n + (a.names ?? 1), 0) };
}
// `list`: the parser's habit for a comma series ("Arnor, Gondor and 10 other countries").
const conjOrAppos = new Set(['conj', 'appos', 'list']);

/**
 * "Mordor attacked Gondor and Rohan condemned the strike", parsed with Rohan as a second
 * object: a conjunct right before a verb that has no subject of its own is that verb's subject.
 */
function subjectOfNext(t: Tree, c: number): boolean {
  const next = t.words[c + 1];
  return next?.upos === 'VERB' && next.head !== c && !t.kids[c + 1]!.some((k) => t.words[k]!.deprel.startsWith('nsubj'));
}

/** "which", "who" opening a relative clause stand for the noun the clause modifies. */
function antecedent(t: Tree, k: number): Anchor | undefined {
  const w = t.words[k]!;
  if (!relativePronouns.has(w.text.toLowerCase())) return undefined;
  const clause = w.head;
  if (clause < 0) return undefined;
  if (t.words[clause]!.deprel === 'acl:relcl') return t.anchors.get(t.words[clause]!.head);
  // "Rohan warned Gondor - which had backed Mordor - that ...": the parser often hangs a relative
  // clause set off by a dash on the main verb (parataxis, advcl); it is still said of the name before the dash.
  return dashes.has(t.words[k - 1]?.text ?? '') && k >= 2 ? t.anchors.get(k - 2) : undefined;
}

/**
 * "denied by Foreign Secretary Jack Straw, who accused the Tories" (politics/383), "Mr Chavez, who is
 * visiting China, said" (business/340): the parser hangs a relative clause after a comma on the main
 * verb too (parataxis, root); "who" is the name before the comma, for the clause's own verb only (a
 * verb coordinated after the clause's end belongs to the main clause: "Ray Charles, who died last
 * year, and thanked director Taylor Hackford"). Not "which": it is as often said of a whole phrase.
 */
function whoAfterComma(t: Tree, k: number): Arg | undefined {
  if (t.words[k]!.text.toLowerCase() !== 'who' || t.words[k - 1]?.text !== ',' || k < 2) return undefined;
  // The name's last word may hang on its first ("Aragorn Elessar"): the name is pinned to its head.
  let n = k - 2;
  while (t.words[n]!.deprel === 'flat' && t.words[n]!.head >= 0) n = t.words[n]!.head;
  return actorsAt(t, n);
}
const dashes = new Set(['-', '–', '—']);

/**
 * The actor who owns a stance, act or claim noun: "Labour's plans", "Iranian strikes", "the statement
 * of the White Council", "accusations by Mordor", "allegations made by Mordor", "accusations made in a
 * recent White Council report". BBC: "Merrill Lynch denied Ms Villalba's claims" (business/336), "he hit
 * back at Mr Mallon's claim" (politics/200), "they ridiculed the claims made on Monday by Michael Howard"
 * (politics/278), "welcomed the decision by India and Pakistan" (politics/139); dev: "The general denied
 * accusations of war crimes made in a recent UN report".
 */
export function ownerOf(t: Tree, k: number, reach: Reach, depth = 0): Anchor | undefined {
  const word = t.words[k]!.text.toLowerCase();
  const claim = reach.claim?.has(word) ?? false;
  if (!reach.stance.has(word) && !reach.act.has(word) && !claim) return undefined;
  // "the statement of the White Council", "the actions of Mordor": an "of" phrase owns the noun too; not a
  // claim's ("allegations of Mordorian meddling", "accusations of war crimes" say what is claimed), nor an
  // act's that hits ("the invasion of Rohan", "the bombing of Rohan" name who was hit).
  const agentOf = !claim && !(reach.patientOf?.has(word) ?? false);
  const phrases = obliques(t, k, agentOf ? ofByFrom : byFrom).filter((c) => t.words[c]!.deprel.startsWith('nmod'));
  // Note: with their conjuncts ("the decision by India and Pakistan").
  for (const c of [...kidsBy(t, k, ownerRels), ...phrases]) {
    const a = listAt(t, c);
    if (a) return a;
  }
  // "allegations made by Mordor", "the agreement signed by Rohan and Gondor": the participle's agents
  // (every one); else the owner of the document it was made in ("claims levelled in a White Council
  // report"; one level: a report's own participle is not read).
  for (const c of agentsOf(t, k)) {
    const a = listAt(t, c);
    if (a) return a;
  }
  for (const v of depth ? [] : kidsBy(t, k, 'acl').filter((v) => participleIsPassive(t, v))) {
    for (const c of obliques(t, v, inPrep)) {
      const a = ownerOf(t, c, reach, depth + 1);
      if (a) return a;
    }
  }
  return undefined;
}
/** The actors word `c` and its conjuncts name, as one anchor. */
function listAt(t: Tree, c: number): Anchor | undefined {
  const a = actorsAt(t, c);
  return a && { actors: a.actors, person: a.person, names: a.named };
}
const ofByFrom = new Set(['of', 'by', 'from']);
const byFrom = new Set(['by', 'from']);
const inPrep = new Set(['in']);

/**
 * "the agreement signed by Russia and North Korea", "the plans unveiled by the Conservatives": the
 * agent of a passive participle describing the noun did it. BBC: "under plans unveiled by the
 * Conservatives" (politics/), "the changes proposed by Lord Dubs" (politics/), "the action taken by the
 * manager ..., which I fully support" (sport/).
 */
export function agentsOf(t: Tree, k: number): number[] {
  return kidsBy(t, k, 'acl').filter((p) => participleIsPassive(t, p)).flatMap((p) => kidsBy(t, p, 'obl:agent'));
}

/**
 * "imposed sanctions on Iran's main airline", "seized Mordor's ships", "struck Hezbollah positions": the
 * state, body or group that owns a thing an act of force hits (a person's things are not the person).
 */
function possessor(t: Tree, k: number): Anchor | undefined {
  const w = t.words[k]!;
  if (w.upos !== 'NOUN') return undefined;
  const ofPhrase = kidsBy(t, k, 'nmod').filter((c) => t.kids[c]!.some((x) => t.words[x]!.deprel === 'case' && t.words[x]!.text.toLowerCase() === 'of'));
  // Only an owner ("Iran's", "of Mordor"): a demonym describes, it does not own ("the Gondorian company").
  for (const c of [...kidsBy(t, k, 'nmod:poss'), ...ofPhrase]) {
    const a = t.anchors.get(c);
    if (a && !a.person) return a;
  }
  return undefined;
}

/** Who does what verb `v` states. */
export function subjectOf(t: Tree, v: number, depth = 0): Arg | undefined {
  if (depth > 4) return undefined;
  const w = t.words[v]!;
  const passive = isPassive(t, v) || participleIsPassive(t, v);
  const own = passive ? kidsBy(t, v, 'obl:agent') : kidsBy(t, v, subjectRels);
  for (const k of own) {
    const a = actorsAt(t, k) ?? (depth === 0 ? whoAfterComma(t, k) : undefined);
    if (a) return a;
  }
  // A verb with its own subject that names no actor has no actor subject.
  if (own.length || (!passive && kidsBy(t, v, 'nsubj:pass').length)) return undefined;
  const head = w.head;
  if (head < 0) return undefined;
  switch (w.deprel) {
    case 'conj': {
      // "Gondor met Rohan and signed a pact": the first verb's subject; after a passive, its
      // surface subject ("Rohan was attacked by Mordor and retaliated").
      if (!isPassive(t, head)) return subjectOf(t, head, depth + 1);
      for (const k of kidsBy(t, head, 'nsubj:pass')) return actorsAt(t, k);
      return undefined;
    }
    case 'advcl': {
      // "Speaking with Rohan, Aragorn said": the main clause's subject; under a passive, its
      // surface subject ("Arnor was sanctioned by Gondor for supplying Mordor").
      if (blameClause(t, v) || blameMeans(t, v, head)) return blamed(t, head);
      // "warned Rohan against attacking Arnor", "stopped Gondor from selling": the object would do it.
      // "Bank of America has been banned from suing Parmalat": a passive's surface subject.
      if (deterred(t, v)) return (isPassive(t, head) ? surfaceSubjects(t, head) : [...kidsBy(t, head, 'obj'), ...kidsBy(t, head, 'iobj')]).map((k) => actorsAt(t, k)).find(Boolean);
      // "got its proxies, Hezbollah and the Houthis, to attack Israel": the comma closing an apposed
      // list makes the parser read a purpose clause; an actor object controls the infinitive as in
      // "urged Kyiv to accept" (xcomp). Without the comma it is a purpose ("met Eomer and Elrond to
      // talk"); never after two objects ("China lent Russia $6bn to help", business/077).
      const objects = kidsBy(t, head, twoObjects).length;
      const afterList = t.words[v - 1]?.text.toLowerCase() === 'to' && t.words[v - 2]?.text === ',';
      if (objects === 1 && afterList) {
        for (const k of kidsBy(t, head, 'obj')) {
          const a = actorsAt(t, k);
          if (a) return a;
        }
      }
      if (!isPassive(t, head)) return subjectOf(t, head, depth + 1);
      for (const k of kidsBy(t, head, 'nsubj:pass')) return actorsAt(t, k);
      return undefined;
    }
    case 'xcomp': {
      // "urged Rohan to attack": the object controls; "wants to supply": the subject; "are expected
      // to attend", "was urged by Arnor to attack": the passive's surface subject, never its agent.
      const passive = isPassive(t, head);
      const controllers = passive ? surfaceSubjects(t, head) : kidsBy(t, head, 'obj');
      for (const k of controllers) {
        const a = actorsAt(t, k);
        if (a) return a;
      }
      // "prompting the Queen to ask Harold Wilson": an object controls even when it names no actor.
      return passive || controllers.length ? undefined : subjectOf(t, head, depth + 1);
    }
    case 'acl':
    case 'acl:relcl':
      // "troops attacking Kyiv": the noun is the subject (a passive participle's noun is its object).
      return passive ? undefined : actorsAt(t, head);
    default:
      return undefined;
  }
}

/** What verb `v` is done to: its object, a passive's subject, or the noun a passive participle modifies. */
export function objectOf(t: Tree, v: number, reach?: Reach): Arg | undefined {
  const passive = isPassive(t, v);
  for (const k of passive ? surfaceSubjects(t, v) : kidsBy(t, v, 'obj')) {
    const a = actorsAt(t, k, reach);
    if (a) return a;
  }
  const w = t.words[v]!;
  if (w.head >= 0 && (participleIsPassive(t, v) || (w.deprel === 'acl:relcl' && passive))) return actorsAt(t, w.head);
  if (!passive && w.deprel === 'acl:relcl') {
    // "the country which Mordor invaded": the relative pronoun is the object.
    const rel = kidsBy(t, v, 'obj').length === 0 && t.kids[v]!.some((k) => relativePronouns.has(t.words[k]!.text.toLowerCase()) && t.words[k]!.deprel === 'obj');
    if (rel) return actorsAt(t, w.head);
  }
  return undefined;
}

/** Word `i`'s dependents introduced by one of the prepositions ("on Syria", "with Rohan"). */
export function obliques(t: Tree, i: number, preps: ReadonlySet<string>): number[] {
  return t.kids[i]!.filter((k) => {
    const rel = t.words[k]!.deprel;
    if (!rel.startsWith('obl') && !rel.startsWith('nmod') && rel !== 'advcl') return false;
    return t.kids[k]!.some((c) => t.words[c]!.deprel === 'case' && preps.has(t.words[c]!.text.toLowerCase()));
  });
}

/**
 * The actors of the first oblique of word `i` with one of the prepositions. Failing that, one
 * level down: the parser often hangs a second phrase on the first ("a visit from Putin to China"
 * with "to China" under Putin); under a `topic` phrase only a `partner` one ("talked about the
 * text with Israeli officials", but "battle with Westwood over failures on Huntley": Huntley is what
 * the failures were about, not the one battled).
 */
export function obliqueOf(t: Tree, i: number, preps: ReadonlySet<string>, reach?: Reach, topic?: Topic): Arg | undefined {
  for (const k of obliques(t, i, preps)) {
    const a = actorsAt(t, k, reach);
    if (a) return a;
  }
  for (const k of kidsBy(t, i, nominalRels)) {
    const about = topic && t.kids[k]!.some((c) => t.words[c]!.deprel === 'case' && topic.words.has(t.words[c]!.text.toLowerCase()));
    for (const c of obliques(t, k, about ? new Set([...preps].filter((p) => topic.partner.has(p))) : preps)) {
      const a = actorsAt(t, c, reach);
      if (a) return a;
    }
  }
  return undefined;
}
const nominalRels = new Set(['obj', 'obl', 'nmod', 'nsubj:pass', 'obl:agent']);
/** Prepositions of what a phrase is about ("over", "about") and of a partner ("with"), from verbs.tsv. */
export interface Topic {
  words: ReadonlySet<string>;
  partner: ReadonlySet<string>;
}

/** The owner of a noun: "Mordor's attack", "the Gondorian offer", "Rohan talks". */
export function ownerArg(t: Tree, n: number): Arg | undefined {
  for (const k of kidsBy(t, n, ownerRels)) {
    const a = actorsAt(t, k);
    if (a) return a;
  }
  return undefined;
}

/**
 * "Mitsubishi is in talks with Peugeot": an event noun that is the predicate of "be", behind a
 * preposition, is done by the clause's subject. BBC: "Nanjing Auto is in negotiations with Rover and
 * SAIC" (business/034), "it is still in talks with UK bank Barclays" (business/218), "the government is
 * in discussions with Aguas Argentinas" (business/501).
 */
export function predicateSubject(t: Tree, n: number): Arg | undefined {
  const kids = t.kids[n]!.map((k) => t.words[k]!.deprel);
  if (!kids.includes('cop') || !kids.includes('case')) return undefined;
  return kidsBy(t, n, 'nsubj').map((k) => actorsAt(t, k)).find(Boolean);
}

/** "for supplying", "of helping": a gerund clause that says what the verb's object did. */
function blameClause(t: Tree, v: number): boolean {
  return gerundAfter(t, v, blamePreps);
}
const blamePreps = new Set(['for', 'of']);

/** "against attacking", "from selling": a gerund clause of what the verb's object is warned or kept from doing. */
export function deterred(t: Tree, v: number): boolean {
  return gerundAfter(t, v, deterPreps);
}
const deterPreps = new Set(['against', 'from']);

/** True when `v` is a gerund opened by one of `preps` ("of attacking", "from selling", "by supplying"), marker or case. */
function gerundAfter(t: Tree, v: number, preps: ReadonlySet<string>): boolean {
  return /ing$/i.test(t.words[v]!.text) && t.kids[v]!.some((k) => (t.words[k]!.deprel === 'mark' || t.words[k]!.deprel === 'case') && preps.has(t.words[k]!.text.toLowerCase()));
}

/**
 * "accused the US of pouring fuel on the fire by supplying weapons to Ukraine", the "by" clause hung
 * on the verb after the blame clause: it says how the blamed did it, so it is theirs too. BBC:
 * "accused the two of failing to ... by ...", dev: "Beijing has accused the US and other Western
 * states of pouring fuel on the fire by supplying lethal weapons and technology to Ukraine".
 */
function blameMeans(t: Tree, v: number, head: number): boolean {
  if (!gerundAfter(t, v, byPrep)) return false;
  // The blame clause may hang on the verb, its object or the object's conjunct ("the US and other states of pouring").
  const objects = kidsBy(t, head, 'obj');
  const near = [head, ...objects, ...objects.flatMap((o) => kidsBy(t, o, 'conj'))];
  return near.some((n) => t.kids[n]!.some((k) => k !== v && k < v && blameClause(t, k)));
}
const byPrep = new Set(['by']);
const twoObjects = new Set(['obj', 'iobj', 'obl:unmarked', 'obl:npmod']);

/**
 * Who did what a blame clause says: the object of the verb ("criticised Mr Brown for failing to
 * mention", politics/375), or the target of its sanctions or charges ("imposed sanctions on Mordor
 * for supplying the Orc Legion"); never the verb's own subject, so nothing
 * when neither names an actor. BBC: "Mr Kennedy criticised Mr Brown for failing", "praised his
 * chancellor for his role" (politics/021), "lambasted referee Jonathan Kaplan for costing them" (sport/330).
 */
function blamed(t: Tree, verb: number): Arg | undefined {
  // "accused China of helping Russia" with the clause hung on "China" itself: the noun is the doer.
  if (t.words[verb]!.upos !== 'VERB') return actorsAt(t, verb);
  if (isPassive(t, verb)) {
    for (const k of kidsBy(t, verb, 'nsubj:pass')) return actorsAt(t, k);
    return undefined;
  }
  for (const k of kidsBy(t, verb, 'obj')) {
    const a = actorsAt(t, k) ?? obliqueOf(t, k, targetPreps);
    if (a) return a;
  }
  return obliqueOf(t, verb, targetPreps);
}
const targetPreps = new Set(['on', 'against']);

/** True when word `k`'s text or lemma is in `set` (verbs.tsv classes list both "talks" and "talk"). */
export function isWord(t: Tree, k: number, set: ReadonlySet<string>): boolean {
  return set.has(t.words[k]!.text.toLowerCase()) || set.has(t.words[k]!.lemma.toLowerCase());
}

/** True when word `k`, or the clause or noun it hangs under, is negated ("not", "no", "never"). */
export function negated(t: Tree, k: number, negation: ReadonlySet<string>): boolean {
  const w = t.words[k]!;
  const heads = [k, ...(w.head >= 0 && (w.deprel === 'amod' || w.deprel === 'obj' || w.deprel === 'nsubj') ? [w.head] : [])];
  return heads.some((h) => t.kids[h]!.some((c) => (t.words[c]!.deprel === 'advmod' || t.words[c]!.deprel === 'det') && negation.has(t.words[c]!.text.toLowerCase())));
}

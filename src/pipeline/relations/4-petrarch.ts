// Step 4, fallback: a verb no Dossier frame matched is looked up in
// PETRARCH2's CAMEO verb dictionary (src/lexicon/petrarch-verbs.tsv) with the
// clause the tree gives (lemma, particle, object, obliques); the entry says
// the CAMEO code and which slots hold the source and the target; a verb no pattern
// matched has its block's code when it is specific and its other party is a partner phrase.
import type { Slot, VerbClause, VerbDictionary, VerbMatch } from '../../lexicon/verb-dictionary.ts';
import { matchVerb } from '../../lexicon/verb-dictionary.ts';
import type { CameoCode } from '../../model/index.ts';
import type { Tree } from './1-anchors.ts';
import { actorsAt, kidsBy, objectOf, obliqueOf, obliques, subjectOf, type Arg } from './2-arguments.ts';
import { isVerbHead, type Match } from './4-match.ts';

/** verbs.tsv's `partner` prepositions and `forum` nouns, which decide whom a phrase on the object names. */
export interface Phrases {
  partner: ReadonlySet<string>;
  forum: ReadonlySet<string>;
}
const againstOnly: ReadonlySet<string> = new Set(['against']);

const phraseRels = new Set(['amod', 'compound']);
/** The preposition of the event an object noun is of ("the resumption of ties"). */
const ofPhrase: ReadonlySet<string> = new Set(['of']);

/** The clause of verb `v` as PETRARCH's patterns read it: lemmas, the head last. */
function clauseOf(t: Tree, v: number): VerbClause {
  const lemma = (k: number) => t.words[k]!.lemma.toLowerCase();
  const phrase = (k: number) => [...kidsBy(t, k, phraseRels).filter((c) => c < k).map(lemma), lemma(k)];
  const obj = kidsBy(t, v, 'obj')[0];
  const prt = kidsBy(t, v, 'compound:prt')[0];
  const preps = t.kids[v]!.filter((k) => t.words[k]!.deprel.startsWith('obl')).flatMap((k) => {
    const c = kidsBy(t, k, 'case')[0];
    return c === undefined ? [] : [{ prep: lemma(c), words: phrase(k) }];
  });
  return { lemma: lemma(v), ...(prt !== undefined ? { particle: lemma(prt) } : {}), ...(obj !== undefined ? { object: phrase(obj) } : {}), preps };
}

/** The actors in one of PETRARCH's slots. */
function inSlot(t: Tree, v: number, slot: Slot, phrases: Phrases): Arg | undefined {
  if (slot === 'subject') return subjectOf(t, v);
  if (slot === 'object') return objectOf(t, v) ?? inObjectPhrase(t, v, phrases);
  return obliqueOf(t, v, new Set([slot.prep]));
}

/**
 * PETRARCH reads the target anywhere in the object's noun phrase: "restore full diplomatic ties
 * with Gondor" (pattern `* {diplomatic tie}`) targets Gondor. Here: an actor in a phrase hung on
 * the object by a `partner` preposition ("a proposal from", not "a conference in": a place).
 */
function inObjectPhrase(t: Tree, v: number, phrases: Phrases): Arg | undefined {
  for (const o of kidsBy(t, v, 'obj')) {
    // "filed a complaint with the EEOC": a grievance's "with"/"to" names the forum; "against", the party.
    const partner = phrases.forum.has(t.words[o]!.lemma.toLowerCase()) ? againstOnly : phrases.partner;
    // The object's head, or the noun its "of" phrase heads ("welcomed the resumption of ties with
    // Gondor"): the act the object is an event of.
    for (const h of [o, ...obliques(t, o, ofPhrase)]) {
      // Right after the head ("ties with Gondor"): further on, the parser often hangs a
      // deeper noun's phrase on it ("review the issue of arms provision to Ukraine").
      for (const k of obliques(t, h, partner).filter((k) => kidsBy(t, k, 'case').includes(h + 1))) {
        const a = actorsAt(t, k);
        if (a) return a;
      }
    }
  }
  return undefined;
}

/** The dictionary's reading of verb `v`, when both its source and target are actors. */
export function petrarchAt(t: Tree, v: number, dict: VerbDictionary, phrases: Phrases): Match | undefined {
  const { partner } = phrases;
  const w = t.words[v]!;
  if (!isVerbHead(t, v) || !dict.verbs.has(w.lemma.toLowerCase())) return undefined;
  const m = matchVerb(dict, clauseOf(t, v));
  if (!m) return undefined;
  // A bare code (no pattern of the verb's block matched), as PETRARCH codes it, only for a
  // specific verb whose other party sits in a partner phrase, and between states or bodies:
  // on BBC, bare codes with the object as target were mostly sport, business and speech
  // ("beat", "face", "leave", "claim"; 160 added relations, most wrong).
  const bare = !m.pattern.includes(':');
  if (bare && !specificVerb(dict, w.lemma.toLowerCase(), m.code)) return undefined;
  const source = inSlot(t, v, m.sourceIn ?? 'subject', phrases);
  const target = bare ? bareTarget(t, v, phrases) : inSlot(t, v, m.targetIn ?? 'object', phrases) ?? patternPhrase(t, v, m, partner);
  // Note: a person at either end of a bare reading was a contest or a film on BBC ("compete
  // against", "collaborated with director Spike Lee"), never a political act.
  if (!source || !target || (bare && (source.person || target.person))) return undefined;
  const frame = { pattern: `PETRARCH2 ${m.pattern} (${m.source})`, cameo: m.root as CameoCode, symmetric: false, verbal: true, extra: [], size: 0 };
  return { frame, head: v, source, target, words: [w.text] };
}

/** Roots whose blocks hold the field's generic verbs (statements, appeals, intents: "say", "ask", "plan"). */
const genericRoots: ReadonlySet<string> = new Set(['01', '02', '03']);

/**
 * Whether a verb's bare code (no pattern matched) may stand, as PETRARCH lets it: only a verb
 * listed in one block, whose root is not a generic one. Verbs in several blocks ("take", "make",
 * "hold") mean what their object says, and a bare reading of them guesses.
 */
function specificVerb(dict: VerbDictionary, lemma: string, code: string): boolean {
  const blocks = new Set((dict.verbs.get(lemma) ?? []).map((e) => e.block));
  return blocks.size === 1 && !genericRoots.has(code.slice(0, 2));
}

/**
 * A bare verb's target: a `partner` phrase on the verb ("departed from Gondor", "merge with
 * Gazprom"), never a passive's agent, or one right after its object ("contribute a million
 * francs to Gondor", "agreed a draft proposal with the IMF"). Not the object itself: what a
 * verb does to its object is what the patterns are for.
 */
function bareTarget(t: Tree, v: number, phrases: Phrases): Arg | undefined {
  // "GE bought Vivendi Universal, merging it with NBC", "combining them with EA's own brand": with a
  // party as object (an actor or a pronoun), the partner phrase is the object's partner, not the subject's.
  if (kidsBy(t, v, 'obj').some((o) => t.anchors.has(o) || t.words[o]!.upos === 'PRON')) return undefined;
  const onVerb = obliques(t, v, phrases.partner).filter((k) => t.words[k]!.deprel !== 'obl:agent').map((k) => actorsAt(t, k)).find((a) => a !== undefined);
  return onVerb ?? inObjectPhrase(t, v, phrases);
}

/**
 * A pattern that marks no target (`agree: * (with)`, `press: * charge (against)`) names the
 * other party, when the object holds none, in its own `partner` phrase: "agrees with Gondor",
 * "pressed charges against Rohan". Not a visit's (04): "came to Britain", "headed for Brazil"
 * name a destination, on BBC mostly a player's or a firm's, not a party met.
 */
function patternPhrase(t: Tree, v: number, m: VerbMatch, partner: ReadonlySet<string>): Arg | undefined {
  if (m.targetIn || m.root === '04') return undefined;
  const preps = (m.preps ?? []).filter((p) => partner.has(p));
  return preps.length ? obliqueOf(t, v, new Set(preps)) : undefined;
}

// Step 4, fallback: a verb no Dossier frame matched is looked up in
// PETRARCH2's CAMEO verb dictionary (src/lexicon/petrarch-verbs.tsv) with the
// clause the tree gives (lemma, particle, object, obliques); the entry says
// the CAMEO code and which slots hold the source and the target.
import type { Slot, VerbClause, VerbDictionary } from '../../lexicon/verb-dictionary.ts';
import { matchVerb } from '../../lexicon/verb-dictionary.ts';
import type { CameoCode } from '../../model/index.ts';
import type { Tree } from './1-anchors.ts';
import { actorsAt, kidsBy, objectOf, obliqueOf, obliques, subjectOf, type Arg } from './2-arguments.ts';
import { isVerbHead, type Match } from './4-match.ts';

const phraseRels = new Set(['amod', 'compound']);

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
function inSlot(t: Tree, v: number, slot: Slot, partner: ReadonlySet<string>): Arg | undefined {
  if (slot === 'subject') return subjectOf(t, v);
  if (slot === 'object') return objectOf(t, v) ?? inObjectPhrase(t, v, partner);
  return obliqueOf(t, v, new Set([slot.prep]));
}

/**
 * PETRARCH reads the target anywhere in the object's noun phrase: "restore full diplomatic ties
 * with Gondor" (pattern `* {diplomatic tie}`) targets Gondor. Here: an actor in a phrase hung on
 * the object by a `partner` preposition ("a proposal from", not "a conference in": a place).
 */
function inObjectPhrase(t: Tree, v: number, partner: ReadonlySet<string>): Arg | undefined {
  for (const o of kidsBy(t, v, 'obj')) {
    // Right after the object's head ("ties with Gondor"): further on, the parser often hangs a
    // deeper noun's phrase on it ("review the issue of arms provision to Ukraine").
    for (const k of obliques(t, o, partner).filter((k) => kidsBy(t, k, 'case').includes(o + 1))) {
      const a = actorsAt(t, k);
      if (a) return a;
    }
  }
  return undefined;
}

/** The dictionary's reading of verb `v`, when both its source and target are actors. */
export function petrarchAt(t: Tree, v: number, dict: VerbDictionary, partner: ReadonlySet<string>): Match | undefined {
  const w = t.words[v]!;
  if (!isVerbHead(t, v) || !dict.verbs.has(w.lemma.toLowerCase())) return undefined;
  const m = matchVerb(dict, clauseOf(t, v));
  // Note: only a matched pattern ("impose: * SANCTION on +"), not a verb's or block's bare code:
  // those are broad ("take", "make") and cost dev precision without adding a dev match.
  if (!m || !m.pattern.includes(':')) return undefined;
  const source = inSlot(t, v, m.sourceIn ?? 'subject', partner);
  const target = inSlot(t, v, m.targetIn ?? 'object', partner);
  if (!source || !target) return undefined;
  const frame = { pattern: `PETRARCH2 ${m.pattern} (${m.source})`, cameo: m.root as CameoCode, symmetric: false, verbal: true, extra: [], size: 0 };
  return { frame, head: v, source, target, words: [w.text] };
}

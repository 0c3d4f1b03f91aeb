// Step 6: modality. Whether a match states something that happened
// (asserted), someone's claim about it (reported: "Aragorn said Mordor
// attacked Rohan"), its denial (denied: "not", "never", "Mordor denied
// attacking"), or something not (yet) real (hypothetical: "would",
// "could", an "if" clause, "the idea that", "urged Rohan to attack").
import type { Modality } from '../../model/index.ts';
import type { Tree } from './1-anchors.ts';
import { kidsBy, ownerRels } from './2-arguments.ts';
import type { WordClass } from './verb-frames.ts';
import { deterred } from './2-arguments.ts';

/** The word classes of verbs.tsv this step reads. */
export type ModalityClasses = Pick<Record<WordClass, ReadonlySet<string>>, 'negation' | 'hypothetical' | 'condition' | 'report' | 'unreal' | 'claim' | 'light'>;

/** Relations by which a clause hangs under the clause that frames it. */
const embedding = new Set(['ccomp', 'xcomp', 'conj', 'parataxis', 'acl', 'advcl']);
/** Dependents that negate their head ("not", "never", "no talks"). */
const negators = new Set(['advmod', 'neg', 'det']);

/**
 * The modality of a match at head word `h` whose source is `source` (for "said" with
 * another subject). A nominal event takes the modality of the verb it is the argument of.
 */
export function modalityAt(t: Tree, h: number, classes: ModalityClasses, sourceActors: readonly string[], speakerOf: (v: number) => readonly string[] | undefined): Modality {
  const lower = (k: number) => t.words[k]!.text.toLowerCase();
  const has = (k: number, rels: ReadonlySet<string> | string, words: ReadonlySet<string>) =>
    t.kids[k]!.some((c) => (typeof rels === 'string' ? t.words[c]!.deprel === rels : rels.has(t.words[c]!.deprel)) && words.has(lower(c)));
  let reported = false;
  let hypothetical = false;
  // Walk from the head up through the clauses that embed it, nearest first; a nominal event
  // ("no talks", "held talks") first climbs to the verb it is an argument of.
  let own = true;
  for (let k = h, depth = 0; k >= 0 && depth < 8; depth++) {
    const w = t.words[k]!;
    // Note: only the head's own clause is negated by its "not": "did not meet but signed" signs.
    if (own && has(k, negators, classes.negation)) return 'denied';
    if (has(k, 'mark', classes.condition)) hypothetical = true;
    // "What the truce did not mean was that Gondor and Rohan had reached a deal": a pseudo-cleft's
    // negated "what" clause frames the clause it equates.
    if (negatedWhat(t, k, (c) => has(c, negators, classes.negation))) hypothetical = true;
    // "Lammy said the UK would provide £600m": under a report verb, "would" (or "will") is the reported
    // future (BBC: "Mr Brown said he would", "the firm said it would cut 1,000 jobs"), what the speaker
    // says, not a supposition; "could", "might" stay hypothetical. Without a report verb the future is.
    const future = (c: number) => t.words[c]!.deprel === 'aux' && futureAux.has(lower(c));
    const reportedWill = w.deprel === 'ccomp' && w.head >= 0 && classes.report.has(lower(w.head)) && t.kids[k]!.some(future);
    // "Jack Straw is to visit Thailand", "Boeing is to supply Japan Airlines": the newspaper's "be to" is
    // a scheduled future, not yet done (BBC: "is to hold membership talks with", "is to buy 10 A320
    // aircraft from Airbus", "is to send his toughest budget proposals to the US Congress").
    if (beTo(t, k)) hypothetical = true;
    if (has(k, 'aux', classes.hypothetical) && !(reportedWill && !t.kids[k]!.some((c) => t.words[c]!.deprel === 'aux' && !future(c) && classes.hypothetical.has(lower(c))))) hypothetical = true;
    const g = w.head;
    if (g < 0) break;
    const rel = w.deprel;
    const up = lower(g);
    const nominal = k === h && t.words[h]!.upos !== 'VERB';
    // "braces for potential strikes against Israel", "the planned talks": an event not (yet) real
    // (not "the on-going battle", whose "going" is glued by a hyphen).
    if (nominal && t.kids[k]!.some((c) => t.words[c]!.deprel === 'amod' && classes.unreal.has(lower(c)) && t.words[c - 1]?.text !== '-')) hypothetical = true;
    if (nominal && argumentRels.has(rel)) {
      // "seeks to stop Israeli strikes on Lebanon", "condemned Mordor's attacks": an event its own
      // owner does is a fact the clause above takes for granted; only a `light` verb ("plans to
      // launch strikes", "would carry out its own strikes") does the event, and frames it.
      if (owned(t, h) && !classes.light.has(t.words[g]!.lemma.toLowerCase())) break;
      k = g;
      continue;
    }
    // "Ebbers rejected allegations he pressured Sullivan", "investigated claims that TBWA was blaming
    // him": what a `claim` noun says is reported, denied when the claim is (the object of) a negation.
    // The parser may hang the clause on the verb whose object the claim is ("investigated reports that ...").
    const claimed = (rel === 'acl' || rel === 'acl:relcl') && classes.claim.has(up) ? g : rel === 'ccomp' ? claimObject(t, g, k, classes.claim) : undefined;
    if (claimed !== undefined) {
      const claim = t.words[claimed]!;
      if (claim.deprel === 'obj' && claim.head >= 0 && classes.negation.has(lower(claim.head))) return 'denied';
      reported = true;
      break;
    }
    if (!embedding.has(rel)) break;
    own = false;
    // "would be happy to meet", "prepared to head to Brussels to meet", "banned from suing": the parser
    // hangs an infinitive or a "from" gerund as an adverbial clause; it is the complement (or purpose)
    // of the word above, and framed by it.
    const toClause = rel === 'advcl' && marked(t, k, complementMarks);
    if ((rel === 'xcomp' || rel === 'ccomp' || toClause) && classes.negation.has(up)) return 'denied';
    // "does not allow its citizens to travel": a negated controller negates its complement.
    if (rel === 'xcomp' && has(g, negators, classes.negation)) return 'denied';
    // "did not mean that Israel and Hezbollah had reached an agreement": a clause a negated verb
    // frames is not stated (nor denied: "did not say that" leaves it open).
    if (rel === 'ccomp' && has(g, negators, classes.negation)) hypothetical = true;
    if ((rel === 'xcomp' || rel === 'ccomp' || rel === 'acl' || toClause) && classes.unreal.has(up)) hypothetical = true;
    // "accused Mordor of attacking Rohan": the accused act hangs on the report verb's object.
    const overObject = rel === 'acl' && w.deprel === 'acl' && t.words[g]!.deprel === 'obj' && t.words[g]!.head >= 0 && classes.report.has(lower(t.words[g]!.head));
    if (overObject) reported = true;
    // "Cherie Blair has been accused of criticising George W Bush's policies": under a passive report
    // verb the accused act hangs on the verb itself, an "of" gerund.
    if (rel === 'advcl' && classes.report.has(up) && marked(t, k, ofMark)) reported = true;
    if ((rel === 'ccomp' || rel === 'parataxis') && classes.report.has(up)) {
      const speaker = speakerOf(g);
      if (speaker && !speaker.some((s) => sourceActors.includes(s))) reported = true;
    }
    // "warned Rohan against attacking", "stopped Gondor from selling": not done.
    if (rel === 'advcl' && deterred(t, k)) hypothetical = true;
    // The main clause does not frame what its adverbial clause states ("after Mordor attacked, ...").
    if (rel === 'advcl' && !toClause) break;
    k = g;
  }
  return hypothetical ? 'hypothetical' : reported ? 'reported' : 'asserted';
}
const argumentRels = new Set(['obj', 'nsubj:pass', 'obl', 'nsubj']);

/** True when nominal event `n` names its doer in its own phrase: an actor owns it ("Mordor's", "Israeli"). */
function owned(t: Tree, n: number): boolean {
  return kidsBy(t, n, ownerRels).some((k) => t.anchors.has(k));
}
// The future's auxiliaries: a grammatical closed class, not a lexicon (the modals are verbs.tsv `hypothetical`).
const futureAux = new Set(['would', 'will', "'ll"]);

/**
 * A pseudo-cleft's negated "what" clause before clause `k`'s copula: the parser hangs it as
 * "what" with the clause under it ("what [the truce did not mean] was that") or as the clause
 * with "what" under it.
 */
function negatedWhat(t: Tree, k: number, negated: (c: number) => boolean): boolean {
  const cop = t.kids[k]!.find((c) => t.words[c]!.deprel === 'cop');
  if (cop === undefined) return false;
  const what = (c: number) => t.words[c]!.text.toLowerCase() === 'what';
  return t.kids[k]!.some((o) => o < cop && ((what(o) && t.kids[o]!.some((c) => c > o && negated(c))) || (negated(o) && t.kids[o]!.some((c) => c < o && what(c)))));
}

/**
 * True when verb `k` is the "be to" future: a finite "be" (the parser's `cop` or `aux`) and then the
 * infinitive's "to" before it ("is to visit"); not "to be" ("wants to be friends"), whose "be" is bare.
 */
function beTo(t: Tree, k: number): boolean {
  const kids = t.kids[k]!;
  const to = kids.find((c) => c < k && t.words[c]!.deprel === 'mark' && t.words[c]!.text.toLowerCase() === 'to');
  if (to === undefined) return false;
  return kids.some((c) => c < to && (t.words[c]!.deprel === 'cop' || t.words[c]!.deprel === 'aux') && t.words[c]!.lemma === 'be' && !bareBe.has(t.words[c]!.text.toLowerCase()));
}
// The non-finite forms of "be" (a closed grammatical class): "to be", "being", "been" frame no future.
const bareBe = new Set(['be', 'being', 'been']);

/** The `claim` object of verb `g` right before the clause `k` hung on the verb ("investigated reports that"). */
function claimObject(t: Tree, g: number, k: number, claim: ReadonlySet<string>): number | undefined {
  const first = Math.min(k, ...t.kids[k]!);
  return kidsBy(t, g, 'obj').find((o) => o === first - 1 && claim.has(t.words[o]!.text.toLowerCase()));
}

/** True when clause `k` is introduced by one of the words `marks` ("of criticising", "to meet", "from suing"). */
function marked(t: Tree, k: number, marks: ReadonlySet<string>): boolean {
  return t.kids[k]!.some((c) => t.words[c]!.deprel === 'mark' && marks.has(t.words[c]!.text.toLowerCase()));
}
/** A "to"-infinitive ("to meet Mr Allawi") or a "from" gerund ("from suing Parmalat"). */
const complementMarks = new Set(['to', 'from']);
const ofMark = new Set(['of']);

// Step 8 (run by the stance stage, after quotes): judgements inside a
// quotation. A speaker whose own quoted words judge an actor stands in a
// verbal relation to that actor: "Russia's aggression" or "Mordor's move is
// illegal" in Aragorn's quote is Aragorn's criticism of Russia or Mordor.
// Only a judging word (`disapproval` in verbs.tsv) said of an actor named in
// the same quotation counts; a quotation that merely names an actor states
// nothing between the two.
import type { Tree } from './1-anchors.ts';
import { actorsAt, kidsBy, negated, ownerRels, type Arg, type Reach } from './2-arguments.ts';

/** The word classes this step reads. */
export interface QuotedWords {
  disapproval: ReadonlySet<string>;
  report: ReadonlySet<string>;
  negation: ReadonlySet<string>;
}

/** An actor judged by word `word` of a quotation. */
export interface Judged {
  word: number;
  target: Arg;
}

const subjectRels = new Set(['nsubj', 'nsubj:pass']);
/** Prepositions by which an act names its doer: "aggression by Mordor", "interference of Mordor", "provocations from Mordor". */
const doerPreps = new Set(['by', 'of', 'from']);

/**
 * The actors judged in quoted words `inside` (word indexes of tree `t` between the quotation
 * marks): for each word of disapproval, the owner of what it names ("Mordor's aggression",
 * "Mordorian provocations", "the aggression of Mordor"), the owner of the noun it qualifies
 * ("Mordor's illegal move"), or the subject it is said of ("Mordor's actions are illegal",
 * "Mordor is hostile"). The judged actor must be named inside the quotation too.
 */
export function judgedInQuote(t: Tree, inside: ReadonlySet<number>, words: QuotedWords, reach: Reach): Judged[] {
  const out: Judged[] = [];
  for (const k of inside) {
    const w = t.words[k]!;
    if (!words.disapproval.has(w.text.toLowerCase())) continue;
    // "It is not illegal", "there was no aggression": a denied judgement judges no one.
    if (negated(t, k, words.negation) || reportedWithin(t, k, inside, words.report)) continue;
    const target = judgedBy(t, k, inside, reach);
    if (target) out.push({ word: k, target });
  }
  return out;
}

/** The actor word `k` (a word of disapproval) is said of, named inside the quotation. */
function judgedBy(t: Tree, k: number, inside: ReadonlySet<number>, reach: Reach): Arg | undefined {
  const named = (i: number) => (inside.has(i) ? actorsAt(t, i) : undefined);
  const ownerOf = (n: number) => kidsBy(t, n, ownerRels).map(named).find(Boolean) ?? doerOf(t, n, inside);
  // "Mordor's aggression", "Mordorian provocations", "the aggression of Mordor".
  const own = ownerOf(k);
  if (own) return own;
  const w = t.words[k]!;
  // "Mordor's illegal move": the owner of the act the word qualifies.
  if (w.deprel === 'amod' && w.head >= 0 && actOrStance(t, w.head, reach)) {
    const owner = ownerOf(w.head);
    if (owner) return owner;
  }
  // "Mordor's actions are illegal", "Mordor is hostile", "this is aggression by Mordor" (the last read above).
  const clause = w.deprel === 'amod' && w.head >= 0 ? w.head : k;
  for (const s of kidsBy(t, clause, subjectRels)) {
    const direct = named(s);
    if (direct) return direct;
    if (actOrStance(t, s, reach)) {
      const owner = ownerOf(s);
      if (owner) return owner;
    }
  }
  return undefined;
}

/** "the aggression of Mordor", "interference by Mordor": an actor in an of/by/from phrase under noun `n`. */
function doerOf(t: Tree, n: number, inside: ReadonlySet<number>): Arg | undefined {
  for (const c of kidsBy(t, n, 'nmod')) {
    if (!inside.has(c) || !t.kids[c]!.some((p) => t.words[p]!.deprel === 'case' && doerPreps.has(t.words[p]!.text.toLowerCase()))) continue;
    const a = actorsAt(t, c);
    if (a) return a;
  }
  return undefined;
}

function actOrStance(t: Tree, n: number, reach: Reach): boolean {
  const word = t.words[n]!.text.toLowerCase();
  return reach.act.has(word) || reach.stance.has(word);
}

/**
 * "Gondor says Mordor's move was illegal", inside Aragorn's quotation: a judgement under a report
 * verb whose subject is someone else is that someone's words. An unresolved pronoun subject
 * ("we said", "I think") is the speaker's own voice.
 */
function reportedWithin(t: Tree, k: number, inside: ReadonlySet<number>, report: ReadonlySet<string>): boolean {
  for (let h = t.words[k]!.head, depth = 0; h >= 0 && inside.has(h) && depth < 8; h = t.words[h]!.head, depth++) {
    if (!report.has(t.words[h]!.text.toLowerCase())) continue;
    if (kidsBy(t, h, subjectRels).some((s) => t.anchors.has(s) || t.words[s]!.upos !== 'PRON')) return true;
  }
  return false;
}

// Step 5: stance. A speaker who says, calls or describes what another actor
// did in words of disapproval stands in a verbal conflict with that actor
// (11): "Gondor called Mordor's move illegal", "Aragorn said Sauron's remarks
// were irresponsible", "Eomer described the Orcs' conduct as unacceptable";
// in words of approval, in verbal cooperation (05): "Elrond said Rohan was
// right to close the border".
import type { Tree } from './1-anchors.ts';
import { actorsAt, kidsBy, negated, ownerOf, ownerRels, subjectOf, type Arg, type Reach } from './2-arguments.ts';

/** The word classes this step reads: speech verbs, call verbs, words of disapproval and approval, negations. */
export interface StanceWords {
  report: ReadonlySet<string>;
  naming: ReadonlySet<string>;
  disapproval: ReadonlySet<string>;
  approval: ReadonlySet<string>;
  negation: ReadonlySet<string>;
}

/** A speaker's judgement of an actor, stated at speech verb `head`: disapproval (11) or approval (05). */
export interface Stance {
  head: number;
  cameo: '11' | '05';
  source: Arg;
  target: Arg;
  words: string[];
}

/** Relations by which what was said hangs under the speech verb. */
const saidRels = new Set(['ccomp', 'xcomp', 'obj', 'obl', 'parataxis']);
const subjectRels = new Set(['nsubj', 'nsubj:pass']);

/** The stance stated at word `h`, if it is a speech verb with a judging complement about an actor. */
export function stanceAt(t: Tree, h: number, words: StanceWords, reach: Reach): Stance | undefined {
  const verb = t.words[h]!.text.toLowerCase();
  if (t.words[h]!.upos !== 'VERB' || !(words.report.has(verb) || words.naming.has(verb) || t.words[h]!.lemma === 'describe')) return undefined;
  const source = subjectOf(t, h);
  if (!source) return undefined;
  const said = kidsBy(t, h, saidRels).flatMap((k) => subtree(t, k, 4));
  // Each judging word in turn: "said Mordor's failure to act was shameful" judges Mordor through "failure".
  for (const judged of said.filter((k) => words.disapproval.has(t.words[k]!.text.toLowerCase()) || approves(t, k, words.approval))) {
    // "said Mordor's sanctions were not illegal": a denied judgement judges no one.
    if (negated(t, judged, words.negation)) continue;
    const target = judgedActor(t, h, judged, said, reach, source);
    if (!target) continue;
    const cameo = words.disapproval.has(t.words[judged]!.text.toLowerCase()) ? '11' : '05';
    return { head: h, cameo, source, target, words: [t.words[h]!.text, t.words[judged]!.text] };
  }
  return undefined;
}

/**
 * True when word `k` is an adjective of approval said of the clause's subject: its predicate ("Labour
 * was right to reject", "he was proved right", "called the move welcome") or the predicate noun's ("was
 * a sensible thing to do"). Not a modifier elsewhere: "offered a hard right agenda", "makes the right
 * decisions", "promised the most positive campaign" praise no one (BBC: 5 such readings of 7 were
 * wrong); nor "the right to see".
 */
function approves(t: Tree, k: number, approval: ReadonlySet<string>): boolean {
  const w = t.words[k]!;
  if (w.upos !== 'ADJ' || !approval.has(w.text.toLowerCase())) return false;
  const predicate = (n: number) => kidsBy(t, n, 'cop').length > 0;
  return w.deprel === 'amod' ? w.head >= 0 && predicate(w.head) : w.deprel === 'xcomp' || predicate(k);
}

/** The actor that judging word `judged`, in what speech verb `h` says (`said`), is said of; never the speaker. */
function judgedActor(t: Tree, h: number, judged: number, said: readonly number[], reach: Reach, source: Arg): Arg | undefined {
  const other = (a: Arg | undefined) => (a && !a.actors.some((x) => source.actors.includes(x)) ? a : undefined);
  // "said Mordor's sanctions were terrorism": the subject of the judging clause, or its owner.
  const clause = t.words[judged]!.deprel === 'amod' ? t.words[judged]!.head : judged;
  // "Britain is heading in the wrong direction": a judging word in a verb's oblique says how, not what was done.
  if (t.words[clause]!.deprel === 'obl') return undefined;
  // "Sands says Goldsmith warned that the war was illegal": a clause that is another verb's complement
  // is that verb's subject's words, not a judgement of it.
  const above = t.words[clause]!.head;
  const reported = t.words[clause]!.deprel === 'ccomp' && above !== h;
  // The speech verb's own subjects are the speakers, never the judged: "Liberal Democrat home affairs
  // spokesman Mark Oaten said the plan was dangerous", parsed with two subjects, judges no Oaten.
  for (const k of [clause, ...(reported ? [] : [above])].filter((x) => x >= 0 && x !== h)) {
    // "Wang told Blinken the US holds a wrong perception", parsed with Blinken as a second subject of
    // "holds": a name right after a verb of telling, before the clause's own subject, is the one told.
    const subjects = kidsBy(t, k, subjectRels);
    for (const subj of subjects.length > 1 ? subjects.filter((x) => x !== h + 1) : subjects) {
      // The owner only of what an actor said or did: "the Iraq war could be illegal" judges a war, not Iraq.
      const target = other(actorsAt(t, subj) ?? ownedBy(t, subj, reach));
      if (target) return target;
    }
  }
  // The owner of what an actor said or did. Near the judging word (the word itself, the noun it
  // qualifies, the verb's object: "called the statement by Mordor false") any owner ("the accusations
  // by Mordor", "allegations made by Mordor"); deeper in the clause only a possessive or demonym ("said
  // Mordor's move was part of an illegal plan").
  const near = new Set([judged, clause, ...kidsBy(t, h, 'obj')]);
  for (const k of said) {
    const target = other(near.has(k) ? ownedBy(t, k, reach) : possessedBy(t, k, reach));
    if (target) return target;
  }
  return other(possessorOfJudged(t, judged));
}

/**
 * "Labour's failure", "Labour's arrogance": a judging noun judges its possessor or demonym. "wage his war
 * of aggression", "Mordor's campaign of terror": a judging word in a noun's "of" phrase judges the noun's
 * possessor, whatever the noun (not a compound: "the Iraq war of aggression").
 */
function possessorOfJudged(t: Tree, judged: number): Arg | undefined {
  const w = t.words[judged]!;
  const own = w.upos === 'NOUN' ? kidsBy(t, judged, possessiveRels).map((o) => actorsAt(t, o)).find(Boolean) : undefined;
  if (own) return own;
  if (w.deprel !== 'nmod' || w.head < 0 || !t.kids[judged]!.some((c) => t.words[c]!.deprel === 'case' && t.words[c]!.text.toLowerCase() === 'of')) return undefined;
  return kidsBy(t, w.head, possessiveRels).map((o) => actorsAt(t, o)).find(Boolean);
}
const possessiveRels = new Set(['nmod:poss', 'amod']);

/** The owner of stance, act or claim noun `k` ("Mordor's move", "allegations made by Mordor"), as an argument. */
function ownedBy(t: Tree, k: number, reach: Reach): Arg | undefined {
  const a = ownerOf(t, k, reach);
  return a ? { actors: a.actors, person: a.person, verbal: true, named: a.names ?? 1 } : undefined;
}

/** The possessor or demonym of stance or act noun `k` ("Mordor's move", "Mordorian strikes"). */
function possessedBy(t: Tree, k: number, reach: Reach): Arg | undefined {
  const noun = t.words[k]!.text.toLowerCase();
  if (!reach.stance.has(noun) && !reach.act.has(noun)) return undefined;
  return kidsBy(t, k, ownerRels).map((o) => actorsAt(t, o)).find(Boolean);
}

/** Word `k` and the words under it, down to `depth` levels. */
function subtree(t: Tree, k: number, depth: number): number[] {
  return depth ? [k, ...t.kids[k]!.flatMap((c) => subtree(t, c, depth - 1))] : [k];
}

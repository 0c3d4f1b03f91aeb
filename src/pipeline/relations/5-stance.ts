// Step 5: stance. A speaker who says, calls or describes what another actor
// did in words of disapproval stands in a verbal conflict with that actor:
// "Gondor called Mordor's move illegal", "Aragorn said Sauron's remarks were
// irresponsible", "Eomer described the Orcs' conduct as unacceptable".
import type { Tree } from './1-anchors.ts';
import { actorsAt, kidsBy, ownerRels, subjectOf, type Arg, type Reach } from './2-arguments.ts';

/** The word classes this step reads: speech verbs, call verbs and words of disapproval. */
export interface StanceWords {
  report: ReadonlySet<string>;
  naming: ReadonlySet<string>;
  disapproval: ReadonlySet<string>;
}

/** A speaker's disapproval of an actor, stated at speech verb `head`. */
export interface Stance {
  head: number;
  source: Arg;
  target: Arg;
  words: string[];
}

/** Relations by which what was said hangs under the speech verb. */
const saidRels = new Set(['ccomp', 'xcomp', 'obj', 'obl', 'parataxis']);
const subjectRels = new Set(['nsubj', 'nsubj:pass']);

/** The stance stated at word `h`, if it is a speech verb with a disapproving complement about an actor. */
export function stanceAt(t: Tree, h: number, words: StanceWords, reach: Reach): Stance | undefined {
  const verb = t.words[h]!.text.toLowerCase();
  if (t.words[h]!.upos !== 'VERB' || !(words.report.has(verb) || words.naming.has(verb) || t.words[h]!.lemma === 'describe')) return undefined;
  const source = subjectOf(t, h);
  if (!source) return undefined;
  const said = kidsBy(t, h, saidRels).flatMap((k) => subtree(t, k, 4));
  const judged = said.find((k) => words.disapproval.has(t.words[k]!.text.toLowerCase()));
  if (judged === undefined) return undefined;
  // "said Mordor's sanctions were terrorism": the subject of the judging clause, or its owner.
  const clause = t.words[judged]!.deprel === 'amod' ? t.words[judged]!.head : judged;
  // "Sands says Goldsmith warned that the war was illegal": a clause that is another verb's complement
  // is that verb's subject's words, not a judgement of it.
  const above = t.words[clause]!.head;
  const reported = t.words[clause]!.deprel === 'ccomp' && above !== h;
  // The speech verb's own subjects are the speakers, never the judged: "Liberal Democrat home affairs
  // spokesman Mark Oaten said the plan was dangerous", parsed with two subjects, judges no Oaten.
  for (const k of [clause, ...(reported ? [] : [above])].filter((x) => x >= 0 && x !== h)) {
    for (const subj of kidsBy(t, k, subjectRels)) {
      // The owner only of what an actor said or did: "the Iraq war could be illegal" judges a war, not Iraq.
      const noun = t.words[subj]!.text.toLowerCase();
      const owners = reach.stance.has(noun) || reach.act.has(noun) ? kidsBy(t, subj, ownerRels) : [];
      const target = actorsAt(t, subj) ?? owners.map((o) => actorsAt(t, o)).find(Boolean);
      if (target && !target.actors.some((a) => source.actors.includes(a))) return { head: h, source, target, words: [t.words[h]!.text, t.words[judged]!.text] };
    }
  }
  for (const k of said) {
    const w = t.words[k]!;
    // The actor judged: the owner of what it said or did ("Mordor's move"), or the subject of the judged clause.
    const owned = reach.stance.has(w.text.toLowerCase()) || reach.act.has(w.text.toLowerCase());
    const owners = owned ? kidsBy(t, k, ownerRels) : [];
    for (const o of owners) {
      const target = actorsAt(t, o);
      if (target && !target.actors.some((a) => source.actors.includes(a))) return { head: h, source, target, words: [t.words[h]!.text, t.words[judged]!.text] };
    }
  }
  return undefined;
}

/** Word `k` and the words under it, down to `depth` levels. */
function subtree(t: Tree, k: number, depth: number): number[] {
  return depth ? [k, ...t.kids[k]!.flatMap((c) => subtree(t, c, depth - 1))] : [k];
}

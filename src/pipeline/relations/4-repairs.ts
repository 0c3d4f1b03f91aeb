// Step 4, repairs: where the parser hangs a frame's phrase on the wrong word
// ("helping Russia in its war on Ukraine" with "on Ukraine" under "helping",
// "Gondor and Rohan's signing" under "Gondor", an opening "In a call with B,"
// taking the subject after it), the match reads it where it belongs.
import type { Tree } from './1-anchors.ts';
import { actorsAt, kidsBy, obliques, type Arg } from './2-arguments.ts';
import { nameEndingAt } from './4-glued.ts';

/**
 * "helping Russia in its war on Ukraine", parsed with "on Ukraine" under "helping": a phrase
 * right after a nominal event, hung on the event's own governor, is the event's. So it is after
 * an object ("seeks to stop Israeli strikes on Lebanon" with "on Lebanon" under "stop"); a verb
 * whose own frame names the noun with another code ("cut its ties with") is read by that frame
 * alone (4-match.ts spokenFor), and an event with no owner names no doer here.
 */
export function misattached(t: Tree, n: number, preps: ReadonlySet<string>): Arg | undefined {
  const g = t.words[n]!.head;
  const next = t.words[n + 1];
  if (g < 0 || !next || next.deprel !== 'case' || !preps.has(next.text.toLowerCase())) return undefined;
  const k = next.head;
  if (t.words[k]?.head !== g || k === n) return undefined;
  return obliques(t, g, preps).includes(k) ? actorsAt(t, k) : undefined;
}

/**
 * "Gondor and Rohan's signing of a pact", parsed with "signing" hanging on "Gondor": a noun
 * under an earlier actor that (or whose last conjunct) bears the possessive 's is owned by it.
 */
export function misreadOwner(t: Tree, n: number): Arg | undefined {
  const g = t.words[n]!.head;
  if (g < 0 || g > n || !t.anchors.has(g)) return undefined;
  const last = [g, ...kidsBy(t, g, 'conj')].filter((k) => k < n).at(-1)!;
  const owned = t.kids[last]!.some((k) => t.words[k]!.deprel === 'case' && /^['’]s?$/.test(t.words[k]!.text) && k === n - 1);
  return owned ? actorsAt(t, g) : undefined;
}

/** True when noun `n` heads a phrase that opens the sentence ("In a call with B, ...", "During his meeting with B, ..."). */
export function opening(t: Tree, n: number): boolean {
  const first = t.kids[n]!.find((k) => t.words[k]!.deprel === 'case');
  return first !== undefined && first === 0 && n <= 4;
}

/**
 * The subject of the clause an opening phrase leads into: the actor named right after the phrase's
 * comma (the parser often hangs it on the phrase: "In a phone call with Eomer, Aragorn spoke").
 */
export function openingSubject(t: Tree, n: number): Arg | undefined {
  const comma = t.words.findIndex((w, k) => k > n && w.text === ',');
  if (comma < 0) return undefined;
  let k = comma + 1;
  if (t.words[k]?.upos === 'DET') k++;
  const own = t.words[n]!.deprel === 'obl' ? kidsBy(t, t.words[n]!.head, 'nsubj')[0] : undefined;
  // With a clean parse the main verb's subject; else the name right after the comma.
  if (own !== undefined && own > comma) return actorsAt(t, own);
  return t.anchors.has(k) && t.words[k]!.upos !== 'PRON' ? actorsAt(t, k) : nameEndingAt(t, k + 1)?.arg;
}

// Step 4, sense: a verb read in another sense than its frame's. "Blair called
// him a 'giant' of the Labour movement" names Callaghan; it is no phone call
// (a consult verb with a noun or adjective complement after its object).
// "Brown will deliver his Budget to the House of Commons" speaks to MPs; it
// supplies nothing (a material verb whose object is something said). "The
// committee called for the National Audit Office to be given a free hand"
// appeals to others about the office (an appeal with a passive infinitive).
import type { Tree } from './1-anchors.ts';
import { isWord, kidsBy } from './2-arguments.ts';

/** Word classes of a predicate complement ("a giant", "a brilliant machine", "illegal"). */
const predicate = new Set(['NOUN', 'PROPN', 'ADJ']);

/** True when verb `h` has an object and a noun or adjective complement: "called Labour a brilliant machine". */
export function namesObject(t: Tree, h: number): boolean {
  return kidsBy(t, h, 'obj').length > 0 && kidsBy(t, h, 'xcomp').some((k) => predicate.has(t.words[k]!.upos));
}

/**
 * True when verb `h` has an object that is something said (`stance` in verbs.tsv): "deliver his
 * Budget to the House of Commons", "delivered a rousing speech to Labour's spring conference" is
 * speaking to them, not supplying them.
 */
export function givesWords(t: Tree, h: number, stance: ReadonlySet<string>): boolean {
  return kidsBy(t, h, 'obj').some((k) => isWord(t, k, stance));
}

/**
 * True when appeal verb `h` asks for something to be done to its target, a passive infinitive
 * under the verb or its oblique: "called for the National Audit Office to be given a free hand",
 * "calls for the agency to be scrapped" appeal to someone else, about the office or the agency.
 */
export function asksForPassive(t: Tree, h: number): boolean {
  const clauses = [h, ...kidsBy(t, h, 'obl')].flatMap((k) => kidsBy(t, k, infinitiveRels));
  // Note: a "to" infinitive only: "called on Mr Clarke to denounce the suggestion Britain's hospitality
  // was being tested" has a passive clause of its own under the verb.
  return clauses.some((k) => kidsBy(t, k, 'aux:pass').length > 0 && kidsBy(t, k, 'mark').some((m) => t.words[m]!.text.toLowerCase() === 'to'));
}
const infinitiveRels = new Set(['xcomp', 'advcl', 'acl']);

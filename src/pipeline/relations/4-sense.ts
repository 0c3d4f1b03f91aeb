// Step 4, sense: a verb read in another sense than its frame's. "Blair called
// him a 'giant' of the Labour movement" names Callaghan; it is no phone call
// (a consult verb with a noun or adjective complement after its object).
// "Brown will deliver his Budget to the House of Commons" speaks to MPs; it
// supplies nothing (a material verb whose object is something said).
import type { Tree } from './1-anchors.ts';
import { kidsBy } from './2-arguments.ts';

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
  return kidsBy(t, h, 'obj').some((k) => stance.has(t.words[k]!.text.toLowerCase()) || stance.has(t.words[k]!.lemma.toLowerCase()));
}

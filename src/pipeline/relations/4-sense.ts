// Step 4, sense: "Blair called him a 'giant' of the Labour movement" names
// Callaghan; it is no phone call. A consult verb with a noun or adjective
// complement after its object ("called B a X", "called B X") is a naming.
import type { Tree } from './1-anchors.ts';
import { kidsBy } from './2-arguments.ts';

/** Word classes of a predicate complement ("a giant", "a brilliant machine", "illegal"). */
const predicate = new Set(['NOUN', 'PROPN', 'ADJ']);

/** True when verb `h` has an object and a noun or adjective complement: "called Labour a brilliant machine". */
export function namesObject(t: Tree, h: number): boolean {
  return kidsBy(t, h, 'obj').length > 0 && kidsBy(t, h, 'xcomp').some((k) => predicate.has(t.words[k]!.upos));
}

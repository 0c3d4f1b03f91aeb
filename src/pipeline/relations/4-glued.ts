// Step 4, glued names: a name set beside its noun ("Mordor's proxy Orc Legion")
// or glued to a word by a hyphen ("Mordor-backed fighters", "the Arnor-Gondor
// relationship"), read on the words where the parser splits them every which way.
import type { Tree } from './1-anchors.ts';
import { actorsAt, kidsBy, type Arg } from './2-arguments.ts';

export const dashes = new Set(['-', '–', '—']);

/** "Mordor's proxy Orc Legion", "its ally, Rohan": a name apposed to the noun or after it in its phrase. */
export function besideArg(t: Tree, h: number): Arg | undefined {
  for (const k of kidsBy(t, h, besideRels)) {
    if (k < h) continue;
    const a = actorsAt(t, k);
    if (a) return a;
  }
  // "proxy" read as a compound of the name it describes.
  const w = t.words[h]!;
  if (w.deprel === 'compound' && w.head > h) return actorsAt(t, w.head);
  return saidOf(t, h);
}

/**
 * The name a noun is said of: "Rohan, a Gondorian ally," (apposed), "Rohan, which is a Gondorian
 * ally," (a relative clause), "Rohan is a Gondorian ally" (the predicate). BBC: "Alan Milburn - a key
 * ally of Tony Blair" (politics/204), "Mr Nevzlin, a close ally of the ex-Yukos boss"; dev: "Qatar,
 * which is a US ally".
 */
export function saidOf(t: Tree, h: number): Arg | undefined {
  const w = t.words[h]!;
  const cop = kidsBy(t, h, 'cop').length > 0;
  if (w.head >= 0 && w.head < h && (w.deprel === 'appos' || (cop && w.deprel === 'acl:relcl'))) return actorsAt(t, w.head);
  return cop ? kidsBy(t, h, 'nsubj').map((k) => actorsAt(t, k)).find(Boolean) : undefined;
}
const besideRels = new Set(['appos', 'flat', 'compound']);

/** "Mordor-backed Orc Legion fighters": the noun the participle describes (the parser may make it the object). */
export function describedArg(t: Tree, h: number): Arg | undefined {
  // Only that noun, not its conjuncts: "fighting between Iran-backed Hezbollah and Israel".
  const w = t.words[h]!;
  const noun = w.head > h && modifierRels.has(w.deprel) ? w.head : kidsBy(t, h, 'obj').find((k) => k > h);
  const a = noun === undefined ? undefined : t.anchors.get(noun);
  return a ? { actors: a.actors, person: a.person, verbal: false, named: 1 } : undefined;
}
const modifierRels = new Set(['amod', 'compound', 'acl']);

/**
 * A name glued to `h` by a hyphen, read on the words (the parser splits "Arnor-Gondor" every
 * which way): `near` ends right before `h`, `far` right before the hyphen before `near`'s name,
 * `glued` right before the hyphen before `h`.
 */
export function hyphenArg(t: Tree, h: number, at: 'near' | 'far' | 'glued'): Arg | undefined {
  if (at === 'glued') return dashes.has(t.words[h - 1]?.text ?? '') ? nameEndingAt(t, h - 2)?.arg : undefined;
  const near = nameEndingAt(t, h - 1);
  if (!near || at === 'near') return near?.arg;
  return dashes.has(t.words[near.start - 1]?.text ?? '') ? nameEndingAt(t, near.start - 2)?.arg : undefined;
}

/** The actor whose name ends at word `i` ("Orc Legion" ending at "Legion"), and where the name starts. */
export function nameEndingAt(t: Tree, i: number): { arg: Arg; start: number } | undefined {
  let start = i;
  // A name is at most a few capitalised words; its anchor is the one its span's head fell on.
  while (start > 0 && start > i - 3 && /^\p{Lu}/u.test(t.words[start - 1]!.text) && !dashes.has(t.words[start - 1]!.text)) start--;
  for (let k = i; k >= start; k--) {
    const a = t.anchors.get(k);
    if (a && /^\p{Lu}/u.test(t.words[k]!.text)) return { arg: { actors: a.actors, person: a.person, verbal: false, named: 1 }, start };
  }
  return undefined;
}

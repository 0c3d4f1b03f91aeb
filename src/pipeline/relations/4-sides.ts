// Step 4, sides: a list of subjects is one side when the sentence names the
// other party, even one the reader does not know as an actor ("Both Deutsche
// Boerse and rival Euronext held talks with the London market": the two
// talked to the market, not to each other).
import type { Tree } from './1-anchors.ts';
import { isWord, kidsBy, obliques } from './2-arguments.ts';
import type { TreeFrame } from './3-frames.ts';

/**
 * True when list frame `list` ("AB ~meet") at head `h` does not state that its subjects met each
 * other: another frame there finds a phrase in its target's place, an object ("A ~meet B": "met
 * supporters' representatives") or its preposition's phrase on the head or on the frame's noun
 * ("A ~hold * talks with B": "held talks with the London market"). A place ("met in Edoras",
 * `venue`) is no party, and an adverb of the list frame's own says they acted together
 * ("jointly called"); its own words are no party ("held talks"), nor is a `reciprocal` object
 * ("meet each other halfway").
 */
export function namesOtherSide(t: Tree, h: number, frames: readonly TreeFrame[], list: TreeFrame, words: { venue: ReadonlySet<string>; reciprocal: ReadonlySet<string> }): boolean {
  if (list.pairs?.kind !== 'subj' || list.target) return false;
  const own = (k: number) => list.extra.some((e) => isWord(t, k, e));
  // "meet each other halfway", "met one another": the list itself.
  const mutual = (k: number) => [k, ...t.kids[k]!].some((c) => words.reciprocal.has(t.words[c]!.text.toLowerCase()));
  if (kidsBy(t, h, 'advmod').some(own)) return false;
  return frames.some((f) => {
    const p = f.target;
    if (!p || f.verbal !== list.verbal) return false;
    // "accuse each other", "held talks": the list frame's own words are no other side.
    if (p.kind === 'obj') return kidsBy(t, h, 'obj').some((k) => !own(k) && !t.kids[k]!.some(own) && !mutual(k));
    if (p.kind !== 'prep' || [...p.preps].every((w) => words.venue.has(w))) return false;
    const at = p.nouns ? t.kids[h]!.filter((k) => isWord(t, k, p.nouns!)) : [h];
    return at.some((k) => obliques(t, k, p.preps).length > 0);
  });
}

/**
 * The sides of a list slot's actors ("talks between A and B"), as groups: a pair within one group is
 * no pair. The list's conjuncts are its sides, each with the names apposed to it: "talks between
 * Middle East producers and Asia's biggest energy consumers - China, India, Japan and South Korea"
 * has the four consumers on one side (and no actor on the other). A lone name with a list apposed
 * to it faces that list: "a row between Mr Kilroy-Silk, MEP Nigel Farage and party leader Roger
 * Knapman" (Farage and Knapman are one side); a lone noun's apposed list is the list itself ("talks
 * between the two leaders, Aragorn and Eomer").
 */
export function listSides(t: Tree, actors: readonly string[]): string[][] {
  // Note: an actor may be named twice ("talks in New Delhi between ... India"); the list is the root
  // most of the actors' words hang from.
  // A word that stands for several ("the prime ministers of Bulgaria, Albania and Macedonia") is no side.
  const words = (a: string) => [...t.anchors].filter(([, x]) => x.actors.length === 1 && x.actors[0] === a).map(([k]) => k);
  const roots = actors.flatMap((a) => [...new Set(words(a).map((k) => upList(t, k).at(-1)!))]);
  const root = roots.sort((x, y) => roots.filter((r) => r === y).length - roots.filter((r) => r === x).length || x - y)[0];
  const groups = new Map<string, string[]>();
  for (const a of actors) {
    const at = words(a).find((k) => upList(t, k).at(-1) === root);
    const key = at === undefined ? `actor ${a}` : sideOf(t, at);
    groups.set(key, [...(groups.get(key) ?? []), a]);
  }
  return [...groups.values()];
}

/** Word `k` and the words above it through coordination and apposition, up to its list's root. */
function upList(t: Tree, k: number): number[] {
  const path = [k];
  while (listRels.has(t.words[path.at(-1)!]!.deprel) && t.words[path.at(-1)!]!.head >= 0) path.push(t.words[path.at(-1)!]!.head);
  return path;
}

/** Word `k`'s side in its list: the list's root and the conjunct (or apposed list) above `k`. */
function sideOf(t: Tree, k: number): string {
  const path = upList(t, k);
  let r = path.at(-1)!;
  for (;;) {
    const tops = conjuncts(t, r);
    if (tops.length > 1) return `${r} ${path.find((w) => tops.includes(w))}`;
    const appos = kidsBy(t, r, 'appos').find((a) => path.includes(a));
    if (appos === undefined) return `${r}`;
    // A name is a side facing its apposed list; a description of the list ("the two kings") is not,
    // nor a stand-in ("the foreign ministers of France, the United Kingdom, and Germany").
    const own = t.anchors.get(r)?.actors;
    if (own?.length === 1 && isName(t, r) && !below(t, appos).some((k) => t.anchors.get(k)?.actors.includes(own[0]!))) return `${r} appos`;
    r = appos;
  }
}
const listRels = new Set(['conj', 'appos', 'list']);
const conjRels = new Set(['conj', 'list']);

/** True when word `k` is a name: a proper noun, or a noun with one glued before it ("Mr Kilroy-Silk"). */
function isName(t: Tree, k: number): boolean {
  const proper = (i: number) => t.words[i]!.upos === 'PROPN';
  return proper(k) || t.kids[k]!.some((c) => proper(c) && nameRels.has(t.words[c]!.deprel));
}
const nameRels = new Set(['compound', 'flat']);

/** Word `a` and the words coordinated with or apposed to it, at any depth. */
function below(t: Tree, a: number): number[] {
  const out = [a];
  for (let i = 0; i < out.length; i++) out.push(...kidsBy(t, out[i]!, listRels));
  return out;
}

/** Word `r` and the words coordinated with it, at any depth: "A, B and C". */
function conjuncts(t: Tree, r: number): number[] {
  const out = [r];
  for (let i = 0; i < out.length; i++) out.push(...kidsBy(t, out[i]!, conjRels));
  return out;
}

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

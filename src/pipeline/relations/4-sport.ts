// Step 4, sport: on BBC prose, sport and show business state acts between
// teams, not states. "Italy led 9-8 but Stringer's try gave Ireland a lead",
// "former champions Zambia will host Lesotho", "backed New Zealand to win the
// three-Test series against the Lions": a country named in a sports report is
// its national team (or its football association), never the state.
import type { Tree } from './1-anchors.ts';

/**
 * True when a word of `sport` in verbs.tsv (match, try, referee, rugby) stands in the sentence as a
 * noun or name, not a verb ("will match the offer", "will try to"): the sentence reports sport, and
 * a country in it is a team.
 */
export function sportsReport(t: Tree, sport: ReadonlySet<string>): boolean {
  // Note: a "verb" with an owner is a noun the parser mistagged: "Stringer's try gave Ireland a lead".
  const noun = (k: number) => !verbal.has(t.words[k]!.upos) || t.kids[k]!.some((c) => t.words[c]!.deprel === 'nmod:poss');
  return t.words.some((w, k) => (sport.has(w.text.toLowerCase()) || sport.has(w.lemma.toLowerCase())) && noun(k));
}
const verbal = new Set(['VERB', 'AUX']);

/** True when a word of `fixture` (match, game, cup) hangs under head `h` or one of its dependents: the clause is about a contest. */
export function contest(t: Tree, h: number, fixture: ReadonlySet<string>): boolean {
  // Note: a head noun only: "met representatives ... to arrange the fixture schedule" is a meeting about contests.
  const is = (k: number) => t.words[k]!.deprel !== 'compound' && (fixture.has(t.words[k]!.lemma.toLowerCase()) || fixture.has(t.words[k]!.text.toLowerCase()));
  return t.kids[h]!.some((k) => is(k) || t.kids[k]!.some((c) => is(c) || t.kids[c]!.some(is)));
}

// The old frame matcher's emit: turns a frame match into Relation records, one per
// source-target pair (repeats are dropped by 7-emit.ts's dedupe).
import { cameoNames, quadOf, type ActorId, type Relation } from '../../model/index.ts';
import type { Binding } from './match-frame.ts';
import type { ActorInfo } from './units.ts';
import type { Frame } from './verb-frames.ts';

/** The sentence a relation comes from: its index and its whole text. */
export interface Where {
  sentence: number;
  text: string;
}

/** The relations a binding states: pairs of A x B, or every pair within AB. */
export function emit(frame: Frame, b: Binding, actors: ReadonlyMap<string, ActorInfo>, where: Where): Relation[] {
  const pairs: [string, string][] = [];
  // "Kerry attacked Bush", "attacked Labour's plans": between people, or on words, an attack is
  // criticism; "called Putin's remarks concerning" too.
  const people = (b.A?.person && b.B?.person) ?? false;
  if ((frame.cameo === '19' && people) || b.verbal) frame = { ...frame, cameo: '11', symmetric: false };
  if (b.AB) b.AB.actors.forEach((s, i) => b.AB!.actors.slice(i + 1).forEach((t) => pairs.push([s, t])));
  else for (const s of b.A?.actors ?? []) for (const t of b.B?.actors ?? []) pairs.push([s, t]);
  const symmetric = frame.symmetric || Boolean(b.AB);
  return pairs
    .filter(([s, t]) => s !== t && !affiliated(s, t, actors))
    // Note: a symmetric pair is written in id order, so either wording gives the same record.
    .map(([s, t]) => (symmetric && t < s ? [t, s] : [s, t]))
    .map(([s, t]) => ({
      source: s as ActorId, target: t as ActorId, type: cameoNames[frame.cameo], verb: verbText(b.words),
      cameo: frame.cameo, quad: quadOf(frame.cameo), symmetric,
      // Note: the frame matcher drops negated, conditional and hypothetical matches, so what it emits is stated.
      modality: 'asserted' as const, evidence: { sentence: where.sentence, text: where.text },
    }));
}

/**
 * "The US, Qatar and Egypt urged ...": two to four actors who appeal or announce together
 * (a `joint` verb of verbs.tsv) consult each other; longer lists are coalitions, not partners.
 */
export function jointRelations(frame: Frame, b: Binding, actors: ReadonlyMap<string, ActorInfo>, where: Where, verb: string, joint: ReadonlySet<string>): Relation[] {
  const n = b.A?.actors.length ?? 0;
  if (n < 2 || n > 4 || !joint.has(verb)) return [];
  return emit({ ...frame, cameo: '04', symmetric: true }, { ...b, AB: b.A }, actors, where);
}

/** The frame's own words, punctuation and articles dropped ("meeting with", not "a meeting with ,"). */
function verbText(words: string[]): string {
  return words.filter((w) => /^[\p{L}\p{N}]/u.test(w) && !/^(?:the|a|an)$/i.test(w)).join(' ') || words.join(' ');
}

/** A person and the state or body they belong to: that is a role, not a relation. */
function affiliated(s: string, t: string, actors: ReadonlyMap<string, ActorInfo>): boolean {
  return actors.get(s)?.affiliation === t || actors.get(t)?.affiliation === s;
}

// Rewrites one briefing's local actor ids to the corpus's ids, so that a
// briefing's links and its actor pages agree. Two local actors that turn out
// to be one (a surname and a full name) become one actor.
import type { ActorId, BriefingActor, BriefingData } from '../model/index.ts';

/** The briefing with every actor id passed through `canonical`. */
export function canonicalize(data: BriefingData, canonical: (id: string) => ActorId): BriefingData {
  const merged = new Map<string, BriefingActor>();
  for (const a of data.actors) {
    const id = canonical(a.id);
    const prev = merged.get(id);
    const affiliation = a.affiliation ? canonical(a.affiliation) : undefined;
    const next: BriefingActor = prev
      ? { ...prev, aliases: [...new Set([...prev.aliases, a.name, ...a.aliases])].filter((x) => x !== prev.name).sort(), mentions: prev.mentions + a.mentions }
      : { ...a, id, ...(affiliation && affiliation !== id ? { affiliation } : {}) };
    if (!next.role && a.role) next.role = a.role;
    merged.set(id, next);
  }
  const relations = data.relations
    .map((r) => ({ ...r, source: canonical(r.source), target: canonical(r.target) }))
    .filter((r) => r.source !== r.target);
  const quotes = data.quotes.map((q) => (q.speakerIsActor ? { ...q, speaker: canonical(q.speaker) } : q));
  return { ...data, actors: [...merged.values()], relations, quotes };
}

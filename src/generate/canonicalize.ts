// Rewrites one briefing's local actor ids to the corpus's ids, so that a
// briefing's links and its actor pages agree. Two local actors that turn out
// to be one (a surname and a full name) become one actor.
import type { ActorId, BriefingActor, BriefingData } from '../model/index.ts';

/** The briefing with every actor id passed through `canonical`; the same object when no id changes. */
export function canonicalize(data: BriefingData, canonical: (id: string) => ActorId): BriefingData {
  // Note: most briefings of a corpus keep their ids; returning them as they are spares a corpus run copying them all.
  return unchanged(data, canonical) ? data : rewriteIds(data, canonical);
}

/** The rewrite itself, without canonicalize's shortcut (exported so a test can show the two agree). */
export function rewriteIds(data: BriefingData, canonical: (id: string) => ActorId): BriefingData {
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

/** True when `canonical` keeps every id of the briefing and the rewrite below would copy it as it is. */
function unchanged(data: BriefingData, canonical: (id: string) => ActorId): boolean {
  return new Set(data.actors.map((a) => a.id)).size === data.actors.length
    && data.actors.every((a) => canonical(a.id) === a.id && (!a.affiliation || (canonical(a.affiliation) === a.affiliation && a.affiliation !== a.id)))
    && data.relations.every((r) => canonical(r.source) === r.source && canonical(r.target) === r.target && r.source !== r.target)
    && data.quotes.every((q) => !q.speakerIsActor || canonical(q.speaker) === q.speaker);
}

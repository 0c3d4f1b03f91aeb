// The corpus stages, run once over all briefings after the per-seed
// pipeline. The only list of them, in order, is `corpusStages` below; each
// is a pure function whose type says what it adds, like the per-article
// stages of src/pipeline/index.ts.
import { bareNames as bareNameIds, dropActors } from '../corpus/bare-names.ts';
import { type ActorMerge, canonicalActor, mergeActors, prepareMerge } from '../corpus/merge-actors.ts';
import { network as networkTies } from '../corpus/network.ts';
import { corpusTimeline } from '../corpus/timeline.ts';
import type { Lexicon } from '../lexicon/load.ts';
import type { ActorPageData, NetworkData } from '../model/index.ts';
import type { CorpusTimelineData } from '../model/index.ts';
import type { Briefing } from '../pipeline/types.ts';
import type { DiagramActor } from '../render/mermaid.ts';
import type { CuratorNote } from '../render/report.ts';
import { type ActorLookups, actorPageData } from './actor-pages.ts';
import { canonicalize as canonicalizeBriefing } from './canonicalize.ts';
import type { Refusal, SeedOutcome } from './seed-outcomes.ts';
import { uniqueSlugs } from './slugs.ts';

/** What the corpus stages start from: the published briefings in seed order, and what was not published. */
export interface Published {
  briefings: Briefing[];
  /** Seeds refused (unreadable ones first, then those the pipeline refused). */
  refused: Refusal[];
  /** Exact duplicates: [duplicate seed, the seed it repeats]. */
  duplicates: [string, string][];
}

export type Slugged = Published;
export type Merged = Slugged & { merge: ActorMerge };
export type Canonical = Merged & {
  /**
   * By slug, what a briefing's canonical form depends on besides its
   * per-seed briefing and its slug: the [local id, corpus id] pairs it
   * looked up, as JSON. A render memo keys a briefing page on these.
   */
  identity: Map<string, string>;
};
export type WithPages = Canonical & {
  pages: ActorPageData[];
  /** What an actor page's rendering looks up: display names and types by actor id, titles by slug. */
  lookups: ActorLookups;
};
export type WithNetwork = WithPages & { network: NetworkData; networkActors: DiagramActor[] };
export type WithTimeline = WithNetwork & { timeline: CorpusTimelineData };
export type Corpus = WithTimeline & { report: { refused: Refusal[]; notes: CuratorNote[] } };

/** Ties the network diagram draws at most (the heaviest); the page's table lists them all. */
const diagramEdges = 20;

/** Unique, stable slugs: the same title twice is told apart by its seed. */
export function slugs(c: Published): Slugged {
  const bySeed = uniqueSlugs(c.briefings.map((b) => ({ seed: b.data.seed, base: b.data.slug })));
  return { ...c, briefings: c.briefings.map((b) => ({ ...b, data: { ...b.data, slug: bySeed.get(b.data.seed)! } })) };
}

/** One actor across briefings: which local ids are the same actor (curated merges, names, surnames). */
export function merge(c: Slugged, lex: Lexicon): Merged {
  return { ...c, merge: mergeActors(c.briefings.map((b) => b.data), lex.curated, prepareMerge(lex)) };
}

/** Each briefing's actor ids rewritten to the corpus's, recording the ids it looked up. */
export function canonicalize(c: Merged): Canonical {
  const identity = new Map<string, string>();
  const briefings = c.briefings.map((b) => {
    const used: [string, string][] = [];
    const data = canonicalizeBriefing(b.data, (id) => {
      const corpusId = canonicalActor(c.merge, id);
      used.push([id, corpusId]);
      return corpusId;
    });
    identity.set(b.data.slug, JSON.stringify(used));
    return { ...b, data };
  });
  return { ...c, briefings, identity };
}

/**
 * Persons the whole corpus names by one word only (a surname or nickname the
 * merge could not tie to a full name) leave their briefings: no page of their
 * own, reported as unresolved names (corpus/bare-names.ts).
 */
export function bareNames(c: Canonical, lex: Lexicon): Canonical {
  // Note: whether an actor is bare follows from the corpus ids canonicalize looked up, so `identity` still keys the briefing page.
  const bare = bareNameIds(c.briefings.map((b) => b.data), lex);
  return bare.size ? { ...c, briefings: c.briefings.map((b) => ({ ...b, data: dropActors(b.data, bare) })) } : c;
}

/** Page data for every actor, and the lookups its rendering needs. */
export function actorPages(c: Canonical, lex: Lexicon): WithPages {
  return { ...c, ...actorPageData(c.briefings.map((b) => b.data), lex) };
}

/** Every directed tie over the corpus, and the names, types and weights (mentions) the diagram draws its actors with. */
export function network(c: WithPages): WithNetwork {
  // Note: ids are already the corpus's, so no merge is applied again.
  const ties = networkTies(c.briefings.map((b) => b.data), { byId: new Map() });
  const tied = new Set<string>(ties.flatMap((t) => [t.source, t.target]));
  // Note: an actor page names every actor of the corpus; a briefing's own name is only a fallback.
  const actors = new Map<string, DiagramActor>();
  for (const b of c.briefings) for (const a of b.data.actors) if (tied.has(a.id)) actors.set(a.id, { id: a.id, name: a.name, type: a.type, weight: a.mentions });
  for (const p of c.pages) if (tied.has(p.id)) actors.set(p.id, { id: p.id, name: p.name, type: p.type, weight: p.mentions });
  return { ...c, network: { title: 'Strongest relations across all briefings', diagramEdges, ties }, networkActors: [...actors.values()] };
}

/** Every briefing's dated events in one list, in date order, for the corpus timeline page. */
export function timeline(c: WithNetwork): WithTimeline {
  const briefings = c.briefings.map((b) => b.data);
  return { ...c, timeline: { title: 'Dated events across all briefings', briefings: briefings.length, events: corpusTimeline(briefings) } };
}

/** What a curator may want to act on: refused seeds and each briefing's warnings. */
export function report(c: WithTimeline): Corpus {
  const notes = c.briefings.flatMap((b) => b.data.warnings.map((text) => ({ seed: b.data.seed, text })));
  return { ...c, report: { refused: c.refused, notes } };
}

/** The corpus stages in run order, for timings. */
export const corpusStageNames = ['slugs', 'merge', 'canonicalize', 'bareNames', 'actorPages', 'network', 'timeline', 'report'] as const;

/** Runs the corpus stages in order; `onStage`, when given, hears each stage's milliseconds. */
export function corpusStages(start: Published, lex: Lexicon, onStage?: (stage: (typeof corpusStageNames)[number], ms: number) => void): Corpus {
  let last = performance.now();
  const lap = <T>(stage: (typeof corpusStageNames)[number], value: T): T => {
    const now = performance.now();
    onStage?.(stage, now - last);
    last = now;
    return value;
  };
  const slugged = lap('slugs', slugs(start));
  const merged = lap('merge', merge(slugged, lex));
  const canonical = lap('canonicalize', canonicalize(merged));
  const named = lap('bareNames', bareNames(canonical, lex));
  const withPages = lap('actorPages', actorPages(named, lex));
  const withNetwork = lap('network', network(withPages));
  const withTimeline = lap('timeline', timeline(withNetwork));
  return lap('report', report(withTimeline));
}

/** The corpus stages' input from per-seed outcomes, taken in the order of `names`; `unread` are seeds refused before the pipeline. */
export function published(names: readonly string[], outcomes: ReadonlyMap<string, SeedOutcome>, duplicates: [string, string][], unread: readonly Refusal[] = []): Published {
  const refused: Refusal[] = [...unread];
  const briefings: Briefing[] = [];
  for (const name of names) {
    const o = outcomes.get(name);
    if (!o) throw new Error(`corpus stages: no outcome for seed ${name}`);
    if ('briefing' in o) briefings.push(o.briefing);
    else refused.push({ seed: name, reason: o.refused });
  }
  return { briefings, refused, duplicates };
}

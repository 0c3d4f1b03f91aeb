// The collections, read once per build and shared by every page. Only
// lookups over what content/ holds: anything computed across briefings
// (actor identity, the network) is computed by the generator.
import { getCollection, type CollectionEntry } from 'astro:content';
import type { NetworkTie } from '../model/index.ts';
import type { Facts } from './actor-profile.ts';
import { newestFirst } from './newest-first.ts';
import { type Related, relatedBriefings } from './related.ts';

/** Everything pages need from content/, with lookups built once. */
export interface Corpus {
  briefings: CollectionEntry<'briefings'>[];
  actors: CollectionEntry<'actors'>[];
  actorById: Map<string, CollectionEntry<'actors'>>;
  briefingBySlug: Map<string, CollectionEntry<'briefings'>>;
  /** content/network.md, when the content has one. */
  network: CollectionEntry<'network'> | undefined;
  /** Every directed tie of the corpus (source, CAMEO event, target), strongest first, from content/network.md. */
  ties: NetworkTie[];
  /** Display names by actor id: the actor page's name, else the name a briefing gave. */
  names: Map<string, string>;
  /** Ids of actors that have a page. */
  known: Set<string>;
  /** The briefings most related to one (shared actors, rarer counting more), best first. */
  related: (slug: string) => Related[];
}

let cached: Promise<Corpus> | undefined;

/** Reads the collections and derives lookups; later calls return the same promise. */
async function readCorpus(): Promise<Corpus> {
  const briefings = newestFirst(await getCollection('briefings'));
  const actors = await getCollection('actors');
  const network = (await getCollection('network'))[0];
  return {
    briefings,
    actors,
    actorById: new Map(actors.map((a) => [a.id, a])),
    briefingBySlug: new Map(briefings.map((b) => [b.id, b])),
    network,
    ties: network?.data.ties ?? [],
    names: new Map([...briefings.flatMap((b) => b.data.actors.map((a) => [a.id, a.name] as const)), ...actors.map((a) => [a.id, a.data.name] as const)]),
    known: new Set(actors.map((a) => a.id)),
    related: relatedBriefings(briefings.map((b) => ({ slug: b.id, published: b.data.published, actors: b.data.actors }))),
  };
}

/** An actor's display name, or its id when no briefing names it. */
export function nameIn(corpus: Corpus): (id: string) => string {
  return (id) => corpus.names.get(id) ?? id;
}

/** A briefing's title by slug, or the slug when there is no such briefing. */
export function titleIn(corpus: Corpus): (slug: string) => string {
  return (slug) => corpus.briefingBySlug.get(slug)?.data.title ?? slug;
}

/** What the actor pages need of a briefing, by slug. */
export function factsIn(corpus: Corpus): Facts {
  return (slug) => {
    const b = corpus.briefingBySlug.get(slug)?.data;
    return b && { slug: b.slug, title: b.title, published: b.published, outlet: b.outlet, url: b.url, summary: b.summary, timeline: b.timeline };
  };
}

/** The corpus of this build (cached: collections are read once, not once per page). */
export function loadCorpus(): Promise<Corpus> {
  cached ??= readCorpus();
  return cached;
}

// The collections, read once per build and shared by every page.
import { getCollection, type CollectionEntry } from 'astro:content';
import type { ActorType } from '../model/index.ts';
import { newestFirst } from './newest-first.ts';
import { network, type NetworkEdge } from '../corpus/network.ts';

/** Everything pages need from content/, with lookups built once. */
export interface Corpus {
  briefings: CollectionEntry<'briefings'>[];
  actors: CollectionEntry<'actors'>[];
  actorById: Map<string, CollectionEntry<'actors'>>;
  briefingBySlug: Map<string, CollectionEntry<'briefings'>>;
  /** Every tie of the corpus (pair and quad class), strongest first. */
  edges: NetworkEdge[];
  /** Display names by actor id: the actor page's name, else the name a briefing gave. */
  names: Map<string, string>;
  /** Ids of actors that have a page. */
  known: Set<string>;
}

let cached: Promise<Corpus> | undefined;

/** Reads both collections and derives lookups; later calls return the same promise. */
async function readCorpus(): Promise<Corpus> {
  const briefings = newestFirst(await getCollection('briefings'));
  const actors = await getCollection('actors');
  return {
    briefings,
    actors,
    actorById: new Map(actors.map((a) => [a.id, a])),
    briefingBySlug: new Map(briefings.map((b) => [b.id, b])),
    // Note: front matter ids are already the corpus's merged ids, so no merge is applied here.
    edges: network(briefings.map((b) => b.data), { byId: new Map() }, Infinity),
    names: new Map([...briefings.flatMap((b) => b.data.actors.map((a) => [a.id, a.name] as const)), ...actors.map((a) => [a.id, a.data.name] as const)]),
    known: new Set(actors.map((a) => a.id)),
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

/** Every actor as diagrams draw it: id, display name and type. */
export function diagramActors(corpus: Corpus): { id: string; name: string; type: ActorType }[] {
  const fromBriefings = corpus.briefings.flatMap((b) => b.data.actors.map((a) => [a.id, { id: a.id, name: a.name, type: a.type }] as const));
  const fromPages = corpus.actors.map((a) => [a.id, { id: a.id, name: a.data.name, type: a.data.type }] as const);
  return [...new Map([...fromBriefings, ...fromPages]).values()];
}

/** The corpus of this build (cached: collections are read once, not once per page). */
export function loadCorpus(): Promise<Corpus> {
  cached ??= readCorpus();
  return cached;
}

// Remembers, between runs, what each page rendered to: the hash of its text,
// not the text. A briefing page depends on its Briefing alone; an actor page
// on its page data plus the few names, titles and types it looks up, which
// are recorded while it renders and checked on reuse. A reused page is an
// OutputFile whose text is rendered only if the writer needs it, which it
// does only when the file on disk differs: an incremental run renders the
// pages that changed and nothing else.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { ActorPageData } from '../../model/index.ts';
import type { Briefing } from '../../pipeline/types.ts';
import type { ActorPageRenderOptions } from '../../render/actor-page.ts';
import { lazyOutput, type OutputFile, textOutput } from '../output.ts';
import type { MemoStore } from './memo-store.ts';

/** One lookup an actor page made: which map (0 names, 1 titles, 2 types), the key, and what it found. */
export type Lookup = [map: 0 | 1 | 2, key: string, value: string | null];

/** The memo as stored between runs: content hashes by render key (briefings and other whole pages under `briefings`). */
export interface RenderMemoData {
  version: string;
  briefings: Record<string, string>;
  actors: Record<string, { lookups: Lookup[]; hash: string }>;
}

/** Where the memo is kept between runs, for renderer code `version` (see memo-store.ts). */
export interface RenderMemoStore extends MemoStore<Omit<RenderMemoData, 'version'>> {
  version: string;
}

const Hash = z.string().regex(/^[0-9a-f]{64}$/);
const ActorEntry = z.object({ lookups: z.array(z.tuple([z.union([z.literal(0), z.literal(1), z.literal(2)]), z.string(), z.string().nullable()])), hash: Hash });

/** The name of the stored format: a memo written in another is dropped. */
export const renderMemoFormat = 'render/1';

/** True when `value`, read from the stored map `map` (`briefings` or `actors`), is a well-formed memo entry. */
export function isMemoEntry(map: string, value: unknown): boolean {
  return (map === 'briefings' ? Hash : map === 'actors' ? ActorEntry : z.never()).safeParse(value).success;
}

/** Renderings made elsewhere (a worker thread), by render key, to be absorbed by a run's memo. */
export interface Rendered {
  briefings: Record<string, string>;
  actors: Record<string, { lookups: Lookup[]; text: string }>;
}

type RenderActor = (page: ActorPageData, names: ReadonlyMap<string, string>, opts: ActorPageRenderOptions) => string;
type ActorOpts = Required<Pick<ActorPageRenderOptions, 'titles' | 'types'>>;

export interface RenderMemo {
  /** The renderer code version it was made for. */
  version: string;
  /** The briefing's page: rendered now, or known by its hash from last time and rendered only if asked; `key` defaults to jsonKey(b). */
  briefing(b: Briefing, render: (b: Briefing) => string, key?: string): OutputFile;
  /** Any other page (the network, the report), known by a key its caller makes from everything it depends on. */
  page(key: string, render: () => string): OutputFile;
  /** The actor's page, reused when the page data and every lookup it made are unchanged. */
  actorPage(page: ActorPageData, names: ReadonlyMap<string, string>, opts: ActorOpts, render: RenderActor): OutputFile;
  /** The briefings (with their keys) and pages it holds no reusable rendering for: the work worth spreading over threads. */
  unrendered<B, P extends ActorPageData>(briefings: readonly (readonly [key: string, B])[], pages: readonly P[], maps: Maps): { briefings: [string, B][]; pages: P[] };
  /** Adds renderings made elsewhere; the memo then returns them without rendering. */
  absorb(more: Rendered): void;
  /** What this run rendered itself (not what it reused or absorbed): a worker's answer. */
  rendered(): Rendered;
  /** The entries this run used (older ones are dropped), to store for the next run. */
  dump(): RenderMemoData;
  stats: { reused: number; rendered: number };
}

/** sha256 of a value's JSON: the memo key of a render input. */
export function jsonKey(value: object): string {
  // Note: remembered per object, since a run asks twice (which pages to render on threads, then the memo); inputs are never mutated.
  const known = keys.get(value);
  if (known) return known;
  const key = createHash('sha256').update(JSON.stringify(value)).digest('hex');
  keys.set(value, key);
  return key;
}
const keys = new WeakMap<object, string>();

/** A memo for renderer code `version`, seeded with last run's data when its version matches. */
export function createRenderMemo(version: string, previous?: RenderMemoData): RenderMemo {
  const old = previous?.version === version ? previous : { version, briefings: {}, actors: {} };
  const next: RenderMemoData = { version, briefings: Object.create(null), actors: Object.create(null) };
  const made: Rendered = { briefings: Object.create(null), actors: Object.create(null) };
  const absorbed: Rendered = { briefings: Object.create(null), actors: Object.create(null) };
  const stats = { reused: 0, rendered: 0 };
  // Note: a run asks twice whether a page is reusable (unrendered, then actorPage); the answer is kept for the same maps.
  const hits = new WeakMap<object, { maps: Maps; hit: RenderMemoData['actors'][string] | undefined }>();
  const hitFor = (page: ActorPageData, maps: Maps) => {
    const known = hits.get(page);
    if (known && known.maps.every((m, i) => m === maps[i])) return known.hit;
    const hit = actorHit(old, jsonKey(page), maps);
    hits.set(page, { maps, hit });
    return hit;
  };
  const page = (key: string, render: () => string): OutputFile => {
    const given = own(absorbed.briefings, key);
    const known = given === undefined ? own(old.briefings, key) : undefined;
    if (known !== undefined) {
      stats.reused++;
      next.briefings[key] = known;
      return lazyOutput(known, render);
    }
    stats.rendered++;
    const out = textOutput(given ?? (made.briefings[key] = render()));
    next.briefings[key] = out.hash;
    return out;
  };
  return {
    version,
    stats,
    page,
    briefing: (b, render, key = jsonKey(b)) => page(key, () => render(b)),
    actorPage(page, names, opts, render) {
      const key = jsonKey(page);
      const given = own(absorbed.actors, key);
      const hit = given ? undefined : hitFor(page, [names, opts.titles, opts.types]);
      if (hit) {
        stats.reused++;
        next.actors[key] = hit;
        return lazyOutput(hit.hash, () => render(page, names, opts));
      }
      stats.rendered++;
      const lookups: Lookup[] = [];
      const text = given?.text ?? render(page, recording(names, 0, lookups), { ...opts, titles: recording(opts.titles, 1, lookups), types: recording(opts.types, 2, lookups) });
      if (!given) made.actors[key] = { lookups, text };
      const out = textOutput(text);
      next.actors[key] = { lookups: given?.lookups ?? lookups, hash: out.hash };
      return out;
    },
    unrendered(briefings, pages, maps) {
      return {
        briefings: briefings.filter(([key]) => own(old.briefings, key) === undefined).map(([key, b]) => [key, b]),
        pages: pages.filter((p) => hitFor(p, maps) === undefined),
      };
    },
    absorb(more) {
      Object.assign(absorbed.briefings, more.briefings);
      Object.assign(absorbed.actors, more.actors);
    },
    rendered: () => made,
    dump: () => next,
  };
}

type Maps = readonly [ReadonlyMap<string, string>, ReadonlyMap<string, string>, ReadonlyMap<string, string>];

function own<V>(record: Record<string, V>, key: string): V | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** The stored actor page entry for `key`, when every lookup it made still finds the same value. */
function actorHit(data: RenderMemoData, key: string, maps: Maps): RenderMemoData['actors'][string] | undefined {
  const hit = own(data.actors, key);
  return hit?.lookups.every(([m, k, v]) => (maps[m].get(k) ?? null) === v) ? hit : undefined;
}

/** A read-only view of `map` that records each get/has; any other use throws, since it could not be checked on reuse. */
function recording<V extends string>(map: ReadonlyMap<string, V>, index: Lookup[0], lookups: Lookup[]): ReadonlyMap<string, V> {
  const refuse = (): never => {
    throw new Error('render-memo: an actor page renderer may only call get() and has() on its maps, or the memo cannot check its reuse');
  };
  const get = (key: string) => {
    const value = map.get(key);
    lookups.push([index, key, value ?? null]);
    return value;
  };
  return {
    get,
    has: (key: string) => get(key) !== undefined,
    forEach: refuse, keys: refuse, values: refuse, entries: refuse, [Symbol.iterator]: refuse,
    get size(): number {
      return refuse();
    },
  };
}

// Remembers renderings between runs, so an incremental run re-renders only
// the pages whose input changed. A briefing page depends on its Briefing
// alone; an actor page on its page data plus the few names, titles and types
// it looks up, which are recorded while it renders and checked on reuse.
import { createHash } from 'node:crypto';
import type { ActorPageData } from '../../model/index.ts';
import type { Briefing } from '../../pipeline/types.ts';
import type { ActorPageRenderOptions } from '../../render/actor-page.ts';

/** One lookup an actor page made: which map (0 names, 1 titles, 2 types), the key, and what it found. */
export type Lookup = [map: 0 | 1 | 2, key: string, value: string | null];

/** The memo as stored between runs. */
export interface RenderMemoData {
  version: string;
  briefings: Record<string, string>;
  actors: Record<string, { lookups: Lookup[]; text: string }>;
}

type RenderActor = (page: ActorPageData, names: ReadonlyMap<string, string>, opts: ActorPageRenderOptions) => string;

export interface RenderMemo {
  /** `render(b)`, or the text it gave last time for the same input. */
  briefing(b: Briefing, render: (b: Briefing) => string): string;
  /** `render(page, names, opts)`, or last time's text when the page and every lookup it made are unchanged. */
  actorPage(page: ActorPageData, names: ReadonlyMap<string, string>, opts: Required<Pick<ActorPageRenderOptions, 'titles' | 'types'>>, render: RenderActor): string;
  /** The entries this run used (older ones are dropped), and how many were reused and rendered. */
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
  const stats = { reused: 0, rendered: 0 };
  return {
    stats,
    briefing(b, render) {
      const key = jsonKey(b);
      const hit = briefingHit(old, key);
      stats[hit === undefined ? 'rendered' : 'reused']++;
      return (next.briefings[key] = hit ?? render(b));
    },
    actorPage(page, names, opts, render) {
      const key = jsonKey(page);
      const hit = actorHit(old, key, [names, opts.titles, opts.types]);
      if (hit) {
        stats.reused++;
        return (next.actors[key] = hit).text;
      }
      const lookups: Lookup[] = [];
      const text = render(page, recording(names, 0, lookups), { ...opts, titles: recording(opts.titles, 1, lookups), types: recording(opts.types, 2, lookups) });
      stats.rendered++;
      next.actors[key] = { lookups, text };
      return text;
    },
    dump: () => next,
  };
}

type Maps = readonly [ReadonlyMap<string, string>, ReadonlyMap<string, string>, ReadonlyMap<string, string>];

function briefingHit(data: RenderMemoData, key: string): string | undefined {
  return Object.hasOwn(data.briefings, key) ? data.briefings[key] : undefined;
}

/** The stored actor page rendering for `key`, when every lookup it made still finds the same value. */
function actorHit(data: RenderMemoData, key: string, maps: Maps): RenderMemoData['actors'][string] | undefined {
  const hit = Object.hasOwn(data.actors, key) ? data.actors[key] : undefined;
  return hit?.lookups.every(([m, k, v]) => (maps[m].get(k) ?? null) === v) ? hit : undefined;
}

/** The briefings and pages that `data` holds no reusable rendering for: the work worth spreading over threads. */
export function unrendered<B extends object, P extends object>(data: RenderMemoData, briefings: readonly B[], pages: readonly P[], maps: Maps): { briefings: B[]; pages: P[] } {
  return {
    briefings: briefings.filter((b) => briefingHit(data, jsonKey(b)) === undefined),
    pages: pages.filter((p) => actorHit(data, jsonKey(p), maps) === undefined),
  };
}

/** Adds renderings made elsewhere (worker threads) to `data`. */
export function absorb(data: RenderMemoData, more: Pick<RenderMemoData, 'briefings' | 'actors'>): void {
  Object.assign(data.briefings, more.briefings);
  Object.assign(data.actors, more.actors);
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

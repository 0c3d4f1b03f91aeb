// The corpus network explorer's data (/explorer/graph.json): every actor and
// the relations between them, aggregated by source, target and quad class,
// in a compact form of arrays so ~7,000 actors stay a small download.
// Built from the collections at build time; positions come from layout.ts.
import { ActorType, Quad, type Relation } from '../../model/index.ts';
import { countedModalities } from '../modality.ts';
import { byString } from '../../util/order.ts';

/** What the explorer needs of a briefing. */
export interface ExplorerBriefing {
  published?: string | undefined;
  relations: readonly Pick<Relation, 'source' | 'target' | 'quad' | 'modality'>[];
}

/** What the explorer needs of an actor. */
export interface ExplorerActor {
  id: string;
  name: string;
  type: ActorType;
  /** Has an actor page to click through to. */
  page: boolean;
}

/** `[id, label, type index, x, y, page 1|0, weight]`: weight is the actor's relation count. */
export type GraphNode = [string, string, number, number, number, 0 | 1, number];
/**
 * `[source index, target index, quad index, count, date indexes]`: the dates (indexes into the graph's `dates`,
 * ascending, each once) its relations' briefings were published on; empty when none is dated.
 */
export type GraphEdge = [number, number, number, number, number[]];

export interface ExplorerGraph {
  types: readonly string[];
  quads: readonly string[];
  /** Every date an edge carries, sorted, each once: edges name a date by its index, so each date string is downloaded once. */
  dates: string[];
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** The explorer's graph without positions (x, y = 0): actors sorted by id, edges by source, target, quad. */
export function explorerGraph(actors: readonly ExplorerActor[], briefings: readonly ExplorerBriefing[]): ExplorerGraph {
  const byId = new Map(actors.map((a) => [a.id, a]));
  const edges = new Map<string, { s: string; t: string; q: number; count: number; dates: Set<string> }>();
  for (const b of briefings) {
    for (const r of b.relations) {
      if (!countedModalities.has(r.modality) || r.source === r.target) continue;
      const q = Quad.options.indexOf(r.quad);
      const key = `${r.source}\u0000${r.target}\u0000${q}`;
      const e = edges.get(key) ?? { s: r.source, t: r.target, q, count: 0, dates: new Set<string>() };
      e.count += 1;
      if (b.published) e.dates.add(b.published);
      edges.set(key, e);
    }
  }
  const ids = [...new Set([...byId.keys(), ...[...edges.values()].flatMap((e) => [e.s, e.t])])].sort(byString);
  const index = new Map(ids.map((id, i) => [id, i]));
  const weight = new Map<string, number>();
  for (const e of edges.values()) for (const id of [e.s, e.t]) weight.set(id, (weight.get(id) ?? 0) + e.count);
  const nodes = ids.map((id): GraphNode => {
    const a = byId.get(id);
    return [id, a?.name ?? id, ActorType.options.indexOf(a?.type ?? 'organization'), 0, 0, a?.page ? 1 : 0, weight.get(id) ?? 0];
  });
  const dates = [...new Set([...edges.values()].flatMap((e) => [...e.dates]))].sort(byString);
  const dateIndex = new Map(dates.map((d, i) => [d, i]));
  const list = [...edges.values()]
    .map((e): GraphEdge => [index.get(e.s)!, index.get(e.t)!, e.q, e.count, [...e.dates].map((d) => dateIndex.get(d)!).sort((a, b) => a - b)])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
  return { types: ActorType.options, quads: Quad.options, dates, nodes, edges: list };
}

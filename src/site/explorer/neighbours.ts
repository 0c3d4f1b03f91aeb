// Questions the explorer asks of its graph, shared by the page's table
// fallback (at build) and its script (in the browser): which edges pass the
// filters, who an actor's neighbours are, who is most connected.
import type { ExplorerGraph, GraphEdge } from './graph-data.ts';

/** What the reader narrowed to: quad and type indexes allowed, and an ISO date range (either end open). */
export interface ExplorerFilter {
  quads: ReadonlySet<number>;
  types: ReadonlySet<number>;
  from?: string | undefined;
  to?: string | undefined;
}

/** Every quad class and actor type, no dates: what the page starts with. */
export function openFilter(graph: ExplorerGraph): ExplorerFilter {
  return { quads: new Set(graph.quads.keys()), types: new Set(graph.types.keys()) };
}

/** Whether `date` lies in `from`..`to` (either end open). */
function inRange(date: string, f: ExplorerFilter): boolean {
  // Note: a date may be a month or year only; comparing the common prefix keeps "2024-03" inside 2024-03-01..2024-03-31.
  const cut = (a: string, b: string) => a.slice(0, Math.min(a.length, b.length));
  return (!f.to || cut(date, f.to) <= cut(f.to, date)) && (!f.from || cut(date, f.from) >= cut(f.from, date));
}

/**
 * Whether an edge passes: its quad allowed, both actors of an allowed type, and, when a date range is set,
 * one of the dates its relations occurred on inside it (a range lying between two such dates does not count).
 */
export function edgePasses(graph: ExplorerGraph, edge: GraphEdge, f: ExplorerFilter): boolean {
  const [s, t, q, , dates] = edge;
  if (!f.quads.has(q) || !f.types.has(graph.nodes[s]![2]) || !f.types.has(graph.nodes[t]![2])) return false;
  if (!f.from && !f.to) return true;
  return dates.some((d) => inRange(graph.dates[d]!, f));
}

/** One neighbour of an actor: its node index, relations counted both ways, and per quad index. */
export interface Neighbour {
  node: number;
  count: number;
  byQuad: number[];
}

/** The neighbours of `node` through edges that pass `f`, most relations first, then by node order. */
export function neighbours(graph: ExplorerGraph, node: number, f: ExplorerFilter): Neighbour[] {
  const found = new Map<number, Neighbour>();
  for (const e of graph.edges) {
    const other = e[0] === node ? e[1] : e[1] === node ? e[0] : -1;
    if (other < 0 || !edgePasses(graph, e, f)) continue;
    const n = found.get(other) ?? { node: other, count: 0, byQuad: graph.quads.map(() => 0) };
    n.count += e[3];
    n.byQuad[e[2]]! += e[3];
    found.set(other, n);
  }
  return [...found.values()].sort((a, b) => b.count - a.count || a.node - b.node);
}

/** The `max` actors with the most relations, heaviest first (ties by node order): the table without JavaScript. */
export function mostConnected(graph: ExplorerGraph, max: number): number[] {
  return [...graph.nodes.keys()].filter((i) => graph.nodes[i]![6] > 0).sort((a, b) => graph.nodes[b]![6] - graph.nodes[a]![6] || a - b).slice(0, max);
}

/** Actors whose name contains every word of `query` (case-insensitive), names starting with it first, then heaviest. */
export function searchActors(graph: ExplorerGraph, query: string, max = 12): number[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  const q = words.join(' ');
  const hits: number[] = [];
  graph.nodes.forEach((n, i) => {
    const label = n[1].toLowerCase();
    if (words.every((w) => label.includes(w))) hits.push(i);
  });
  const starts = (i: number) => (graph.nodes[i]![1].toLowerCase().startsWith(q) ? 0 : 1);
  return hits.sort((a, b) => starts(a) - starts(b) || graph.nodes[b]![6] - graph.nodes[a]![6] || a - b).slice(0, max);
}

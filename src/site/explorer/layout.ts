// Positions for the explorer, computed once at build: seeded starting points,
// then a fixed number of ForceAtlas2 iterations (Barnes-Hut), so the same
// graph always gets the same picture and the browser does no layout at all.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { ExplorerGraph } from './graph-data.ts';
import { prng } from '../../util/seeded.ts';

/**
 * The graph with x, y filled in (rounded to 0.1). Actors with ties: `iterations` of ForceAtlas2
 * from seeded random starts; actors without: a sunflower ring around them, in id order.
 * Note: isolated actors are most of a large corpus (6,446 of 6,814 on BBC); left to ForceAtlas2
 * they only repel each other, and cost 90% of its time.
 */
export function laidOut(data: ExplorerGraph, iterations = 100, seed = 13): ExplorerGraph {
  const graph = new Graph({ type: 'undirected', multi: false });
  const random = prng(seed);
  const tied = new Set(data.edges.flatMap(([s, t]) => [s, t]));
  const spread = Math.sqrt(tied.size) * 10;
  for (const i of [...tied].sort((a, b) => a - b)) graph.addNode(String(i), { x: (random() - 0.5) * spread, y: (random() - 0.5) * spread });
  for (const [s, t, , count] of data.edges) {
    const [a, b] = [String(s), String(t)];
    if (graph.hasEdge(a, b)) graph.updateEdgeAttribute(a, b, 'weight', (w: number | undefined) => (w ?? 0) + count);
    else graph.addEdge(a, b, { weight: count });
  }
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: data.nodes.length > 500, edgeWeightInfluence: 0.5 };
  const positions = forceAtlas2(graph, { iterations, settings, getEdgeWeight: 'weight' });
  const round = (v: number) => Math.round(v * 10) / 10;
  const placed = new Map(Object.entries(positions).map(([i, p]) => [Number(i), p]));
  const radius = Math.max(1, ...[...placed.values()].map((p) => Math.hypot(p.x, p.y)));
  let k = 0;
  for (const i of data.nodes.keys()) if (!placed.has(i)) placed.set(i, sunflower(k++, radius));
  return { ...data, nodes: data.nodes.map((n, i) => [n[0], n[1], n[2], round(placed.get(i)!.x), round(placed.get(i)!.y), n[5], n[6]]) };
}

/** The `k`th point of a sunflower (golden-angle) ring starting outside `inner`: evenly spread, no randomness. */
function sunflower(k: number, inner: number): { x: number; y: number } {
  const r = inner * 1.15 + Math.sqrt(k + 1) * inner * 0.03;
  const angle = k * 2.399963229728653;
  return { x: r * Math.cos(angle), y: r * Math.sin(angle) };
}

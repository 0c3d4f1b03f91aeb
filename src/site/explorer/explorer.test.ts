// The explorer's graph, its questions and its layout, on a small fictional corpus.
import { describe, expect, it } from 'vitest';
import type { Modality, Quad } from '../../model/index.ts';
import { explorerGraph } from './graph-data.ts';
import { laidOut } from './layout.ts';
import { edgePasses, mostConnected, neighbours, openFilter, searchActors } from './neighbours.ts';

const r = (source: string, target: string, quad: Quad, modality: Modality = 'asserted') => ({ source: source as never, target: target as never, quad, modality });
const actors = [
  { id: 'gondor', name: 'Gondor', type: 'country' as const, page: true },
  { id: 'rohan', name: 'Rohan', type: 'country' as const, page: true },
  { id: 'mordor', name: 'Mordor', type: 'country' as const, page: true },
  { id: 'gandalf', name: 'Gandalf the Grey', type: 'person' as const, page: true },
  { id: 'shire', name: 'The Shire', type: 'country' as const, page: true },
];
const briefings = [
  { published: '3019-03-10', relations: [r('rohan', 'gondor', 'material-cooperation'), r('gondor', 'mordor', 'material-conflict', 'denied'), r('mordor', 'gondor', 'material-conflict', 'reported')] },
  { published: '3019-03-12', relations: [r('rohan', 'gondor', 'material-cooperation'), r('gandalf', 'rohan', 'verbal-cooperation', 'hypothetical'), r('gandalf', 'gondor', 'verbal-cooperation')] },
  { relations: [r('gandalf', 'gondor', 'verbal-cooperation'), r('ents' , 'ents', 'material-conflict')] },
];
const graph = explorerGraph(actors, briefings);
const id = (i: number) => graph.nodes[i]![0];
const index = (name: string) => graph.nodes.findIndex((n) => n[0] === name);

describe('explorerGraph', () => {
  it('has every actor once, sorted by id, and edges by source, target and quad of asserted and reported relations only', () => {
    expect(graph.nodes.map((n) => n[0])).toEqual(['gandalf', 'gondor', 'mordor', 'rohan', 'shire']);
    expect(graph.dates).toEqual(['3019-03-10', '3019-03-12']);
    expect(graph.edges.map(([s, t, q, n, dates]) => [id(s), id(t), graph.quads[q], n, dates.map((d) => graph.dates[d])])).toEqual([
      ['gandalf', 'gondor', 'verbal-cooperation', 2, ['3019-03-12']],
      ['mordor', 'gondor', 'material-conflict', 1, ['3019-03-10']],
      ['rohan', 'gondor', 'material-cooperation', 2, ['3019-03-10', '3019-03-12']],
    ]);
    // Weight: relations counted; the Shire has none.
    expect(graph.nodes.map((n) => n[6])).toEqual([2, 5, 1, 2, 0]);
  });
});

describe('neighbours', () => {
  const all = openFilter(graph);
  it('lists an actor\'s neighbours both ways, most relations first, with counts by quad', () => {
    expect(neighbours(graph, index('gondor'), all).map((n) => [id(n.node), n.count, n.byQuad])).toEqual([
      ['gandalf', 2, [2, 0, 0, 0]],
      ['rohan', 2, [0, 2, 0, 0]],
      ['mordor', 1, [0, 0, 0, 1]],
    ]);
  });

  it('applies quad, type and date filters', () => {
    const conflict = { ...all, quads: new Set([graph.quads.indexOf('material-conflict')]) };
    expect(neighbours(graph, index('gondor'), conflict).map((n) => id(n.node))).toEqual(['mordor']);
    const countries = { ...all, types: new Set([graph.types.indexOf('country')]) };
    expect(neighbours(graph, index('gondor'), countries).map((n) => id(n.node))).toEqual(['rohan', 'mordor']);
    const edge = graph.edges.find((e) => id(e[0]) === 'rohan')!;
    const passes = (from: string, to: string) => edgePasses(graph, edge, { ...all, from, to });
    expect([['3019-03-12', '3019-03-12'], ['3019-03-13', ''], ['', '3019-03-09'], ['', '3019-03-10'], ['3019-03', '3019-03']].map(([from, to]) => passes(from!, to!))).toEqual([true, false, false, true, true]);
    // Rohan aided Gondor on the 10th and the 12th, not on the 11th: a range lying between its dates does not match.
    expect(passes('3019-03-11', '3019-03-11')).toBe(false);
    expect(neighbours(graph, index('gondor'), { ...all, from: '3019-03-11', to: '3019-03-11' })).toEqual([]);
    // Undated relations never pass a date filter.
    const undated = explorerGraph(actors, [briefings[2]!]);
    expect(edgePasses(undated, undated.edges[0]!, { ...all, from: '3019' })).toBe(false);
  });

  it('ranks the most connected, leaving out actors without ties', () => {
    expect(mostConnected(graph, 10).map(id)).toEqual(['gondor', 'gandalf', 'rohan', 'mordor']);
  });

  it('finds actors by the words of their name, names starting with the query first, then most relations', () => {
    expect(searchActors(graph, 'grey gandalf').map(id)).toEqual(['gandalf']);
    expect(searchActors(graph, 'r').map(id)).toEqual(['rohan', 'gondor', 'gandalf', 'mordor', 'shire']);
    expect(searchActors(graph, '  ')).toEqual([]);
  });
});

describe('laidOut', () => {
  it('gives the same finite positions every time, and puts actors without ties outside the others', () => {
    const a = laidOut(graph);
    expect(laidOut(graph)).toEqual(a);
    for (const n of a.nodes) expect(Number.isFinite(n[3]) && Number.isFinite(n[4])).toBe(true);
    const radius = (name: string) => Math.hypot(a.nodes[index(name)]![3], a.nodes[index(name)]![4]);
    expect(radius('shire')).toBeGreaterThan(Math.max(radius('gondor'), radius('rohan'), radius('mordor'), radius('gandalf')));
  });
});

// The one module that writes Mermaid. Diagrams are built as a typed model
// (nodes, edges), then serialised by `serializeDiagram`, the only place that
// joins Mermaid source. Labels are escaped by mermaid-label.ts, which only
// this module uses.
import type { Code } from 'mdast';
import { type ActorRelation, type ActorType, cameoShortLabels, type Quad } from '../model/index.ts';
import { maxEdgeLabel, maxNodeLabel, mermaidLabel, mermaidPlainText } from './mermaid-label.ts';
import { byString } from '../util/order.ts';

export { mermaidLabel, mermaidPlainText } from './mermaid-label.ts';

/** An actor as a diagram draws it. */
export interface DiagramActor {
  id: string;
  name: string;
  type?: ActorType;
}

/** An edge to draw; relations from `src/model/relation.ts` fit this shape. */
export interface DiagramRelation {
  source: string;
  target: string;
  type: string;
  quad: Quad;
  symmetric: boolean;
  /** How many relations this edge stands for; 1 when absent. */
  count?: number;
}

export interface DiagramOptions {
  /** Read by screen readers (`accTitle`); seed text is reduced to plain words. */
  title: string;
  /** `accDescr`; a count of actors and relations when absent. */
  description?: string;
  /** Keep only the strongest edges (by count), so big diagrams stay readable. */
  maxEdges?: number;
  /** An actor id drawn as the centre (ego diagrams). */
  center?: string;
}

interface Node {
  key: string;
  actor: string;
  label: string;
  type?: ActorType;
}

interface Edge {
  from: string;
  to: string;
  type: string;
  quad: Quad;
  symmetric: boolean;
  count: number;
}

/** A flowchart as data: what `serializeDiagram` turns into Mermaid source. */
export interface Diagram {
  title: string;
  description: string;
  nodes: Node[];
  edges: Edge[];
  center?: string;
}

/** Code-unit order, independent of locale. */

/** Merges edges with the same source, target, type and symmetry, summing counts; symmetric pairs are ordered. */
function dedupeEdges(relations: readonly DiagramRelation[]): Edge[] {
  const byKey = new Map<string, Edge>();
  for (const r of relations) {
    const [from, to] = r.symmetric && byString(r.target, r.source) < 0 ? [r.target, r.source] : [r.source, r.target];
    const key = [from, to, r.type, r.symmetric].join('\0');
    const old = byKey.get(key);
    if (old) old.count += r.count ?? 1;
    else byKey.set(key, { from, to, type: r.type, quad: r.quad, symmetric: r.symmetric, count: r.count ?? 1 });
  }
  return [...byKey.values()].sort(compareEdges);
}

function compareEdges(a: Edge, b: Edge): number {
  return byString(a.from, b.from) || byString(a.to, b.to) || byString(a.type, b.type) || Number(a.symmetric) - Number(b.symmetric);
}

/** The `max` edges with the highest counts, ties broken by endpoints and type. */
function strongest(edges: Edge[], max: number): Edge[] {
  if (edges.length <= max) return edges;
  const kept = [...edges].sort((a, b) => b.count - a.count || compareEdges(a, b)).slice(0, max);
  return kept.sort(compareEdges);
}

/** Builds the diagram model; undefined when there is no edge to draw. */
export function buildDiagram(actors: readonly DiagramActor[], relations: readonly DiagramRelation[], opts: DiagramOptions): Diagram | undefined {
  const edges = strongest(dedupeEdges(relations.filter((r) => r.source !== r.target)), opts.maxEdges ?? Infinity);
  if (edges.length === 0) return undefined;
  const byId = new Map(actors.map((a) => [a.id, a]));
  const used = [...new Set(edges.flatMap((e) => [e.from, e.to]))].sort(byString);
  const nodes = used.map((id, i): Node => {
    const a = byId.get(id);
    return { key: `n${i}`, actor: id, label: a?.name ?? id, ...(a?.type ? { type: a.type } : {}) };
  });
  const description = opts.description ?? `${nodes.length} actors and ${edges.length} relations.`;
  return { title: opts.title, description, nodes, edges, ...(opts.center ? { center: opts.center } : {}) };
}

// Verbal interactions are dotted, material ones thick; symmetric edges point both ways.
const arrows: Record<'verbal' | 'material', [directed: string, symmetric: string]> = {
  verbal: ['-.->', '<-.->'],
  material: ['==>', '<==>'],
};

// Cooperation green, conflict red; material edges wider.
const quadStyles: Record<Quad, string> = {
  'verbal-cooperation': 'stroke:#2e7d32,color:#1b5e20',
  'material-cooperation': 'stroke:#2e7d32,stroke-width:3px,color:#1b5e20',
  'verbal-conflict': 'stroke:#c62828,color:#b71c1c',
  'material-conflict': 'stroke:#c62828,stroke-width:3px,color:#b71c1c',
};

const typeStyles: Record<ActorType | 'center', string> = {
  person: 'fill:#fff8e1,stroke:#8d6e63',
  country: 'fill:#e3f2fd,stroke:#1565c0',
  organization: 'fill:#f3e5f5,stroke:#6a1b9a',
  group: 'fill:#fbe9e7,stroke:#bf360c',
  media: 'fill:#eceff1,stroke:#455a64',
  center: 'stroke-width:4px',
};

function nodeLine(n: Node): string {
  const label = mermaidLabel(n.label, maxNodeLabel);
  return n.type === 'person' ? `  ${n.key}("${label}")` : `  ${n.key}["${label}"]`;
}

function edgeLine(e: Edge, keys: Map<string, string>): string {
  const [directed, symmetric] = arrows[e.quad.startsWith('verbal') ? 'verbal' : 'material'];
  // Note: CAMEO root names are long ("engage in diplomatic cooperation"); diagrams show the short label.
  const label = cameoShortLabels[e.type] ?? e.type;
  const text = e.count > 1 ? `${label} ×${e.count}` : label;
  return `  ${keys.get(e.from)} ${e.symmetric ? symmetric : directed}|"${mermaidLabel(text, maxEdgeLabel)}"| ${keys.get(e.to)}`;
}

/** `linkStyle` lines, one per quad class present, listing edge indices. */
function linkStyleLines(edges: Edge[]): string[] {
  return Object.entries(quadStyles).flatMap(([quad, style]) => {
    const indices = edges.flatMap((e, i) => (e.quad === quad ? [i] : []));
    return indices.length ? [`  linkStyle ${indices.join(',')} ${style}`] : [];
  });
}

/** `classDef` and `class` lines for actor types and the centre node. */
function classLines(d: Diagram): string[] {
  return (Object.keys(typeStyles) as (ActorType | 'center')[]).flatMap((cls) => {
    const keys = d.nodes.filter((n) => (cls === 'center' ? n.actor === d.center : n.type === cls)).map((n) => n.key);
    return keys.length ? [`  classDef ${cls} ${typeStyles[cls]}`, `  class ${keys.join(',')} ${cls}`] : [];
  });
}

/** Mermaid source for a diagram model. */
export function serializeDiagram(d: Diagram): string {
  const keys = new Map(d.nodes.map((n) => [n.actor, n.key]));
  return [
    'flowchart LR',
    `  accTitle: ${mermaidPlainText(d.title)}`,
    `  accDescr: ${mermaidPlainText(d.description, 400)}`,
    ...d.nodes.map(nodeLine),
    ...d.edges.map((e) => edgeLine(e, keys)),
    ...linkStyleLines(d.edges),
    ...classLines(d),
  ].join('\n');
}

/** A `mermaid` code node for an mdast tree. */
function codeNode(value: string): Code {
  return { type: 'code', lang: 'mermaid', value };
}

/** A relation diagram (flowchart LR) of the given actors; undefined when no relation joins two actors. */
export function relationDiagram(actors: readonly DiagramActor[], relations: readonly DiagramRelation[], opts: DiagramOptions): Code | undefined {
  const d = buildDiagram(actors, relations, opts);
  return d && codeNode(serializeDiagram(d));
}

/** Default edge cap of ego diagrams on actor pages. */
export const maxEgoEdges = 15;

/** An actor's ego network from its aggregated page relations, the strongest `maxEdges` (15) only. */
export function egoDiagram(
  center: DiagramActor,
  others: readonly DiagramActor[],
  relations: readonly ActorRelation[],
  opts: Omit<DiagramOptions, 'center'>,
): Code | undefined {
  const edges = relations.map((r): DiagramRelation => {
    const [source, target] = r.direction === 'in' ? [r.other, center.id] : [center.id, r.other];
    return { source, target, type: r.type, quad: r.quad, symmetric: r.direction === 'both', count: r.count };
  });
  return relationDiagram([center, ...others], edges, { maxEdges: maxEgoEdges, ...opts, center: center.id });
}

/** An undirected tie between two actors, as `src/corpus/network.ts` counts them. */
export interface DiagramTie {
  a: string;
  b: string;
  quad: Quad;
  count: number;
}

/** The corpus network: one undirected edge per pair and quad class, labelled with the quad and count. */
export function networkDiagram(actors: readonly DiagramActor[], ties: readonly DiagramTie[], opts: DiagramOptions): Code | undefined {
  const edges = ties.map((t): DiagramRelation => ({ source: t.a, target: t.b, type: t.quad.replace('-', ' '), quad: t.quad, symmetric: true, count: t.count }));
  return relationDiagram(actors, edges, opts);
}

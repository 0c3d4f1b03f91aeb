// The one module that writes Mermaid. Diagrams are built as a typed model
// (nodes, edges), then serialised by `serializeDiagram`, the only place that
// joins Mermaid source. Labels are escaped by mermaid-label.ts, which only
// this module uses.
import type { Code } from 'mdast';
import { type ActorRelation, type ActorType, cameoShortLabels, countedModalities, type Modality, type Quad } from '../model/index.ts';
import { maxEdgeLabel, maxNodeLabel, mermaidLabel, mermaidPlainText } from './mermaid-label.ts';
import { byString } from '../util/order.ts';

export { mermaidLabel, mermaidPlainText } from './mermaid-label.ts';

/** An actor as a diagram draws it. */
export interface DiagramActor {
  id: string;
  name: string;
  type?: ActorType;
  /** How prominent the actor is (mentions); among edges of equal count, those between prominent actors are kept. */
  weight?: number;
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
  /** Where the relation is stated (its sentence); among otherwise equal edges the earliest is kept. */
  order?: number;
  /** How the article states it; `asserted` when absent (corpus ties are asserted or reported already). */
  modality?: Modality;
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
  order: number;
  /** Someone's claim: its own edge, labelled so, never merged into the same edge stated as fact. */
  reported: boolean;
}

/** How much of the relations a diagram draws: edges (merged relations) and the relations they stand for. */
export interface Coverage {
  edges: number;
  relations: number;
}

/** A flowchart as data: what `serializeDiagram` turns into Mermaid source. */
export interface Diagram {
  title: string;
  description: string;
  nodes: Node[];
  edges: Edge[];
  center?: string;
  drawn: Coverage;
  /** Every relation between two actors (self-relations excluded), before the `maxEdges` cap and with the ones left undrawn for their modality. */
  total: Coverage;
  /** Relations not drawn because the article denies them or states them as hypothetical; counted in `total`. */
  notTies: number;
}

/** Code-unit order, independent of locale. */

/** Merges edges with the same source, target, type and symmetry, summing counts; symmetric pairs are ordered. */
function dedupeEdges(relations: readonly DiagramRelation[]): Edge[] {
  const byKey = new Map<string, Edge>();
  for (const r of relations) {
    const [from, to] = r.symmetric && byString(r.target, r.source) < 0 ? [r.target, r.source] : [r.source, r.target];
    const reported = r.modality === 'reported';
    const key = [from, to, r.type, r.symmetric, reported].join('\0');
    const old = byKey.get(key);
    const order = r.order ?? Infinity;
    if (old) {
      old.count += r.count ?? 1;
      old.order = Math.min(old.order, order);
    } else byKey.set(key, { from, to, type: r.type, quad: r.quad, symmetric: r.symmetric, count: r.count ?? 1, order, reported });
  }
  return [...byKey.values()].sort(compareEdges);
}

function compareEdges(a: Edge, b: Edge): number {
  return byString(a.from, b.from) || byString(a.to, b.to) || byString(a.type, b.type) || Number(a.symmetric) - Number(b.symmetric) || Number(a.reported) - Number(b.reported);
}

/** How an edge ranks among edges of equal count: its endpoints' weights (the lesser, then the sum), then their degrees (relations they take part in). */
function prominence(actors: ReadonlyMap<string, DiagramActor>, edges: readonly Edge[]): (e: Edge) => number[] {
  const degree = new Map<string, number>();
  for (const e of edges) for (const id of [e.from, e.to]) degree.set(id, (degree.get(id) ?? 0) + e.count);
  const weight = (id: string) => actors.get(id)?.weight ?? 0;
  return (e) => {
    const [wa, wb] = [weight(e.from), weight(e.to)];
    return [Math.min(wa, wb), wa + wb, (degree.get(e.from) ?? 0) + (degree.get(e.to) ?? 0)];
  };
}

/** Higher first, element by element. */
function byRank(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return b[i]! - a[i]!;
  return 0;
}

/**
 * The `max` edges with the highest counts. Equal counts are ranked by weight,
 * never by name: an edge between two prominent actors (by the lesser of their
 * weights, so one very prominent actor does not carry every edge it touches)
 * first, then the sum, then degrees, then the earliest sentence; names only
 * order edges equal in all of these.
 */
function strongest(edges: Edge[], max: number, actors: ReadonlyMap<string, DiagramActor>): Edge[] {
  if (edges.length <= max) return edges;
  const rank = prominence(actors, edges);
  const ranked = edges.map((e) => ({ e, r: rank(e) }));
  ranked.sort((a, b) => b.e.count - a.e.count || byRank(a.r, b.r) || a.e.order - b.e.order || compareEdges(a.e, b.e));
  return ranked.slice(0, max).map((x) => x.e).sort(compareEdges);
}

const coverage = (edges: readonly Edge[]): Coverage => ({ edges: edges.length, relations: edges.reduce((n, e) => n + e.count, 0) });

/**
 * Builds the diagram model; undefined when there is no edge to draw.
 * Only ties are drawn (`countedModalities`: asserted and reported). An edge in a picture reads as a
 * fact whatever its style, and line style already says verbal (dotted) or material (thick), so denied
 * and hypothetical relations are left out, counted in `notTies` for the note above the diagram, and
 * reported ones say "(reported)" in their label.
 */
export function buildDiagram(actors: readonly DiagramActor[], relations: readonly DiagramRelation[], opts: DiagramOptions): Diagram | undefined {
  const byId = new Map(actors.map((a) => [a.id, a]));
  const between = relations.filter((r) => r.source !== r.target);
  const ties = between.filter((r) => countedModalities.has(r.modality ?? 'asserted'));
  const others = dedupeEdges(between.filter((r) => !countedModalities.has(r.modality ?? 'asserted')));
  const all = dedupeEdges(ties);
  const edges = strongest(all, opts.maxEdges ?? Infinity, byId);
  if (edges.length === 0) return undefined;
  const used = [...new Set(edges.flatMap((e) => [e.from, e.to]))].sort(byString);
  const nodes = used.map((id, i): Node => {
    const a = byId.get(id);
    return { key: `n${i}`, actor: id, label: a?.name ?? id, ...(a?.type ? { type: a.type } : {}) };
  });
  const description = opts.description ?? `${nodes.length} actors and ${edges.length} relations.`;
  const total = coverage([...all, ...others]);
  return { title: opts.title, description, nodes, edges, ...(opts.center ? { center: opts.center } : {}), drawn: coverage(edges), total, notTies: coverage(others).relations };
}

// Verbal interactions are dotted, material ones thick; a symmetric edge is a plain link, since neither actor acted on the other.
const arrows: Record<'verbal' | 'material', [directed: string, symmetric: string]> = {
  verbal: ['-.->', '-.-'],
  material: ['==>', '==='],
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
  const text = `${e.count > 1 ? `${label} ×${e.count}` : label}${e.reported ? ' (reported)' : ''}`;
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

/** A diagram's code node and how much of the relations it draws, so pages can say "12 of 27 shown". */
export interface DiagramFigure {
  code: Code;
  drawn: Coverage;
  total: Coverage;
  notTies: number;
}

/** A relation diagram with its coverage; undefined when no relation joins two actors. */
export function relationFigure(actors: readonly DiagramActor[], relations: readonly DiagramRelation[], opts: DiagramOptions): DiagramFigure | undefined {
  const d = buildDiagram(actors, relations, opts);
  return d && { code: codeNode(serializeDiagram(d)), drawn: d.drawn, total: d.total, notTies: d.notTies };
}

/** A relation diagram (flowchart LR) of the given actors; undefined when no relation joins two actors. */
export function relationDiagram(actors: readonly DiagramActor[], relations: readonly DiagramRelation[], opts: DiagramOptions): Code | undefined {
  return relationFigure(actors, relations, opts)?.code;
}

/** Default edge cap of ego diagrams on actor pages. */
export const maxEgoEdges = 15;

/** An actor's ego network from its aggregated page relations, the strongest `maxEdges` (15) only, with its coverage. */
export function egoFigure(
  center: DiagramActor,
  others: readonly DiagramActor[],
  relations: readonly ActorRelation[],
  opts: Omit<DiagramOptions, 'center'>,
): DiagramFigure | undefined {
  const edges = relations.map((r, i): DiagramRelation => {
    const [source, target] = r.direction === 'in' ? [r.other, center.id] : [center.id, r.other];
    // Note: page relations come strongest first, so their position is the last, stable tie-break.
    return { source, target, type: r.type, quad: r.quad, symmetric: r.direction === 'both', count: r.count, order: i, modality: r.modality };
  });
  return relationFigure([center, ...others], edges, { maxEdges: maxEgoEdges, ...opts, center: center.id });
}

/** An actor's ego network as a code node (see `egoFigure`). */
export function egoDiagram(center: DiagramActor, others: readonly DiagramActor[], relations: readonly ActorRelation[], opts: Omit<DiagramOptions, 'center'>): Code | undefined {
  return egoFigure(center, others, relations, opts)?.code;
}

/** A directed tie of the corpus, as `src/corpus/network.ts` counts them (`NetworkTie` fits this shape). */
export interface DiagramTie {
  source: string;
  target: string;
  event: string;
  quad: Quad;
  symmetric: boolean;
  count: number;
  /** How many of `count` are reported. */
  reported: number;
}

/** The corpus network: the heaviest `maxEdges` of the ties, directed ties as arrows, symmetric ones as plain links, with its coverage. */
export function networkFigure(actors: readonly DiagramActor[], ties: readonly DiagramTie[], opts: DiagramOptions): DiagramFigure | undefined {
  // Note: ties come strongest first, so their position is the last, stable tie-break. A tie's reported
  // relations become their own edge, labelled so, as in briefing and actor diagrams.
  const edges = ties.flatMap((t, i): DiagramRelation[] => {
    const edge = { source: t.source, target: t.target, type: t.event, quad: t.quad, symmetric: t.symmetric, order: i };
    const stated = t.count - t.reported;
    return [...(stated > 0 ? [{ ...edge, count: stated }] : []), ...(t.reported > 0 ? [{ ...edge, count: t.reported, modality: 'reported' as const }] : [])];
  });
  return relationFigure(actors, edges, opts);
}

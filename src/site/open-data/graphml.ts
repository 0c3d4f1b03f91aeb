// data/network.graphml: the corpus's actors and relations for Gephi, Cytoscape
// or networkx. One node per actor, one edge per source, target and CAMEO root
// code, weighted by how many relations it stands for. Edges are ties, as on the
// site's network: asserted and reported relations only (`countedModalities`),
// each edge saying how many of its relations are reported; denied and
// hypothetical relations are rows of events.csv, never edges of a graph.
import { type ActorPageData, type ActorType, type BriefingData, cameoNames, type CameoCode, countedModalities, quadOf } from '../../model/index.ts';
import { byString } from '../../util/order.ts';

interface Node {
  id: string;
  label: string;
  /** Empty for an id no briefing or page describes (should not happen: relations name briefing actors). */
  type: ActorType | '';
  briefings: number;
  mentions: number;
}

interface Edge {
  source: string;
  target: string;
  symmetric: boolean;
  cameo: CameoCode;
  weight: number;
  /** How many of `weight` are someone's claim (`reported`). */
  reported: number;
  briefings: string[];
}

/** Escapes text for XML content and double-quoted attributes; drops characters XML 1.0 forbids. */
export function xmlText(value: string): string {
  return value
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

/** Code-unit order, independent of locale. */

/** Nodes: actors with a page (their corpus totals), then actors only briefings name (summed over them). */
function nodes(briefings: readonly BriefingData[], actors: readonly ActorPageData[]): Map<string, Node> {
  const out = new Map<string, Node>(actors.map((a) => [a.id, { id: a.id, label: a.name, type: a.type, briefings: a.briefings.length, mentions: a.mentions }]));
  const paged = new Set(out.keys());
  for (const b of briefings) {
    for (const a of b.actors) {
      if (paged.has(a.id)) continue;
      const seen = out.get(a.id);
      if (seen) {
        seen.briefings += 1;
        seen.mentions += a.mentions;
      } else out.set(a.id, { id: a.id, label: a.name, type: a.type, briefings: 1, mentions: a.mentions });
    }
  }
  return out;
}

/** Ties (asserted and reported relations) summed by source, target, code and symmetry; symmetric pairs in id order so both directions meet. */
function edges(briefings: readonly BriefingData[]): Edge[] {
  const byKey = new Map<string, Edge>();
  for (const b of briefings) {
    for (const r of b.relations) {
      if (!countedModalities.has(r.modality)) continue;
      const [source, target] = r.symmetric && byString(r.target, r.source) < 0 ? [r.target, r.source] : [r.source, r.target];
      const key = [source, target, r.cameo, r.symmetric].join('\0');
      const edge = byKey.get(key) ?? { source, target, symmetric: r.symmetric, cameo: r.cameo, weight: 0, reported: 0, briefings: [] };
      edge.weight += 1;
      if (r.modality === 'reported') edge.reported += 1;
      if (!edge.briefings.includes(b.slug)) edge.briefings.push(b.slug);
      byKey.set(key, edge);
    }
  }
  return [...byKey.values()].sort((x, y) => byString(x.source, y.source) || byString(x.target, y.target) || byString(x.cameo, y.cameo) || Number(x.symmetric) - Number(y.symmetric));
}

/** GraphML keys: the attributes a node or an edge carries. */
const keys = [
  ['label', 'node', 'string'], ['type', 'node', 'string'], ['briefings', 'node', 'int'], ['mentions', 'node', 'int'],
  ['label', 'edge', 'string'], ['cameo', 'edge', 'string'], ['quad', 'edge', 'string'], ['weight', 'edge', 'double'], ['reported', 'edge', 'int'], ['briefings', 'edge', 'string'],
] as const;

const data = (key: string, value: string | number) => `<data key="${key}">${xmlText(String(value))}</data>`;

function nodeXml(n: Node): string {
  return `    <node id="${xmlText(n.id)}">${data('n_label', n.label)}${data('n_type', n.type)}${data('n_briefings', n.briefings)}${data('n_mentions', n.mentions)}</node>`;
}

function edgeXml(e: Edge, i: number): string {
  const attrs = `id="e${i}" source="${xmlText(e.source)}" target="${xmlText(e.target)}" directed="${!e.symmetric}"`;
  return `    <edge ${attrs}>${data('e_label', cameoNames[e.cameo])}${data('e_cameo', e.cameo)}${data('e_quad', quadOf(e.cameo))}${data('e_weight', e.weight)}${data('e_reported', e.reported)}${data('e_briefings', e.briefings.join(' '))}</edge>`;
}

/** The network as GraphML 1.0; nodes are every actor that takes part in a relation. */
export function networkGraphml(briefings: readonly BriefingData[], actors: readonly ActorPageData[]): string {
  const es = edges(briefings);
  const all = nodes(briefings, actors);
  const used = [...new Set(es.flatMap((e) => [e.source, e.target]))].sort(byString).map((id) => all.get(id) ?? { id, label: id, type: '' as const, briefings: 0, mentions: 0 });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys.map(([name, on, type]) => `  <key id="${on[0]}_${name}" for="${on}" attr.name="${name}" attr.type="${type}"/>`),
    '  <graph id="dossier" edgedefault="directed">',
    ...used.map(nodeXml),
    ...es.map(edgeXml),
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}

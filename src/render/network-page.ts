// content/network.md: the corpus's ties as front matter (the site's tables)
// and the strongest of them as a Mermaid diagram (the page's body).
import { NetworkData } from '../model/index.ts';
import { page, plainData } from './markdown.ts';
import { type DiagramActor, networkDiagram } from './mermaid.ts';

/** The network page's Markdown; `actors` gives the names and types the diagram draws. */
export function renderNetworkPage(network: NetworkData, actors: readonly DiagramActor[]): string {
  const data = NetworkData.parse(network);
  const top = data.edges.slice(0, data.diagramEdges);
  const diagram = networkDiagram(actors, top, { title: data.title, maxEdges: data.diagramEdges });
  return page(plainData(data), { type: 'root', children: diagram ? [diagram] : [] });
}

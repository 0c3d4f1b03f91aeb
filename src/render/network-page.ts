// content/network.md: the corpus's directed ties as front matter (the site's
// tie tables) and the heaviest of them as a Mermaid diagram (the page's body),
// with a note saying how many are drawn.
import { NetworkData } from '../model/index.ts';
import { diagramNote } from './diagram-note.ts';
import { page, plainData } from './markdown.ts';
import { type DiagramActor, networkFigure } from './mermaid.ts';

/** The id of the network page's tie table, which the diagram note links to (the site renders the table). */
export const networkTableId = 'ties-table';

/** The network page's Markdown; `actors` gives the names, types and weights the diagram draws. */
export function renderNetworkPage(network: NetworkData, actors: readonly DiagramActor[]): string {
  const data = NetworkData.parse(network);
  const figure = networkFigure(actors, data.ties, { title: data.title, maxEdges: data.diagramEdges });
  return page(plainData(data), { type: 'root', children: figure ? [...diagramNote(figure, networkTableId), figure.code] : [] });
}

// The line above a capped diagram: how much it shows and where the rest is.
import type { RootContent } from 'mdast';
import { link, paragraph, text } from './markdown.ts';
import type { DiagramFigure } from './mermaid.ts';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "Diagram: 12 of 20 links shown (17 of 27 relations), the strongest by count; see the full table." Nothing when all are drawn. */
export function diagramNote(figure: Pick<DiagramFigure, 'drawn' | 'total'>, tableId: string): RootContent[] {
  const { drawn, total } = figure;
  if (drawn.edges >= total.edges) return [];
  const counts = `Diagram: ${drawn.edges} of ${plural(total.edges, 'link')} shown (${drawn.relations} of ${plural(total.relations, 'relation')}), the strongest by count; `;
  return [paragraph(text(counts), text('see '), link(`#${tableId}`, text('the full table')), text('.'))];
}

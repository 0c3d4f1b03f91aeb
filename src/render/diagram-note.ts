// The line above a diagram that does not draw every relation: how much it
// shows, why the rest is left out, and where it is.
import type { RootContent } from 'mdast';
import { countedModalities, type Modality } from '../model/index.ts';
import { link, paragraph, text } from './markdown.ts';
import type { DiagramFigure } from './mermaid.ts';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * "Diagram: 12 of 20 links shown (17 of 27 relations), the strongest by count; denied and hypothetical
 * relations (2) are not drawn; see the full table." Nothing when all are drawn.
 */
export function diagramNote(figure: Pick<DiagramFigure, 'drawn' | 'total' | 'notTies'>, tableId: string): RootContent[] {
  const { drawn, total, notTies } = figure;
  if (drawn.edges >= total.edges) return [];
  const capped = drawn.relations + notTies < total.relations;
  const why = [
    ...(capped ? ['the strongest by count'] : []),
    ...(notTies ? [`denied and hypothetical relations (${notTies}) are not drawn`] : []),
  ].join('; ');
  const counts = `Diagram: ${drawn.edges} of ${plural(total.edges, 'link')} shown (${drawn.relations} of ${plural(total.relations, 'relation')}), ${why}; `;
  return [paragraph(text(counts), text('see '), link(`#${tableId}`, text('the full table')), text('.'))];
}

/**
 * A diagram and its note, or, when nothing could be drawn because every relation is denied or
 * hypothetical, a line saying so (a page with relations and no diagram would otherwise look like an error).
 */
export function diagramBlock(figure: DiagramFigure | undefined, relations: readonly { modality: Modality }[], tableId: string): RootContent[] {
  if (figure) return [...diagramNote(figure, tableId), figure.code];
  const notTies = relations.filter((r) => !countedModalities.has(r.modality)).length;
  if (notTies === 0) return [];
  return [paragraph(text(`No diagram: denied and hypothetical relations (${notTies}) are not drawn; see `), link(`#${tableId}`, text('the full table')), text('.'))];
}

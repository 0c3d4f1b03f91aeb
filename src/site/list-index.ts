// The filters' index (list-index.json), built from the collections: one row a
// briefing (newest first, as the archive lists them) and one a dated event.
import type { BriefingData, CorpusEvent } from '../model/index.ts';
import { byString } from '../util/order.ts';
import type { BriefingRow, EventRow, ListIndex } from './list-filter.ts';
import { tieQuads } from './modality.ts';

/** Briefings in the order given; events in the order given, each pointing at its briefing's row. */
export function listIndex(briefings: readonly BriefingData[], events: readonly CorpusEvent[]): ListIndex {
  const rows = briefings.map((b): BriefingRow => [b.slug, b.title, b.published ?? '', b.outlet ?? '', [...new Set(b.actors.map((a) => a.name))], tieQuads(b.relations)]);
  const at = new Map(briefings.map((b, i) => [b.slug as string, i]));
  return { briefings: rows, events: events.flatMap((e): EventRow[] => (at.has(e.briefing) ? [[e.date, e.text, at.get(e.briefing)!, e.sentence, e.when]] : [])) };
}

/** The outlets of the briefings, each once, in code-unit order: the filter's choices. */
export function outletsOf(briefings: readonly Pick<BriefingData, 'outlet'>[]): string[] {
  return [...new Set(briefings.flatMap((b) => b.outlet ?? []))].sort(byString);
}

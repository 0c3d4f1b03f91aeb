// data/events.csv: one row per relation (columns documented on /data/).
import { eventsCsv } from '../../site/open-data/index.ts';
import { openData } from '../../site/open-data/collections.ts';

export async function GET(): Promise<Response> {
  const { briefings } = await openData();
  return new Response(eventsCsv(briefings), { headers: { 'content-type': 'text/csv; charset=utf-8; header=present' } });
}

// data/briefings.jsonl: every briefing's front matter, one JSON object a line, newest first.
import { jsonl } from '../../site/open-data/index.ts';
import { openData } from '../../site/open-data/collections.ts';

export async function GET(): Promise<Response> {
  const { briefings } = await openData();
  return new Response(jsonl(briefings), { headers: { 'content-type': 'application/x-ndjson; charset=utf-8' } });
}

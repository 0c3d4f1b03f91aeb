// data/actors.jsonl: every actor page's front matter, one JSON object a line, by id.
import { jsonl } from '../../site/open-data/index.ts';
import { openData } from '../../site/open-data/collections.ts';

export async function GET(): Promise<Response> {
  const { actors } = await openData();
  return new Response(jsonl(actors), { headers: { 'content-type': 'application/x-ndjson; charset=utf-8' } });
}

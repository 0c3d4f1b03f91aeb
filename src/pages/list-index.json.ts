// list-index.json: what the filters of the home, archive and timeline pages search (src/site/list-filter.ts).
import { loadCorpus } from '../site/corpus.ts';
import { listIndex } from '../site/list-index.ts';
import { newestEventsFirst } from '../site/newest-first.ts';
import { getCollection } from 'astro:content';

export async function GET(): Promise<Response> {
  const { briefings } = await loadCorpus();
  const events = (await getCollection('timeline'))[0]?.data.events ?? [];
  return new Response(JSON.stringify(listIndex(briefings.map((b) => b.data), newestEventsFirst(events))), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}

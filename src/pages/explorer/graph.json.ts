// explorer/graph.json: the corpus network explorer's data (src/site/explorer/), fetched by /explorer/ only.
import { loadCorpus } from '../../site/corpus.ts';
import { corpusGraph } from '../../site/explorer/from-corpus.ts';

export async function GET(): Promise<Response> {
  return new Response(JSON.stringify(corpusGraph(await loadCorpus())), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}

// data/network.graphml: actors and relations for Gephi.
import { networkGraphml } from '../../site/open-data/index.ts';
import { openData } from '../../site/open-data/collections.ts';

export async function GET(): Promise<Response> {
  const { briefings, actors } = await openData();
  return new Response(networkGraphml(briefings, actors), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
}

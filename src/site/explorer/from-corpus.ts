// The explorer's graph for this build: the collections turned into explorer
// input, laid out once (the JSON endpoint and the page's fallback table share it).
import { type Corpus } from '../corpus.ts';
import { explorerGraph, type ExplorerGraph } from './graph-data.ts';
import { laidOut } from './layout.ts';

let cached: ExplorerGraph | undefined;

/** The laid-out explorer graph of the corpus (computed once per build). */
export function corpusGraph(corpus: Corpus): ExplorerGraph {
  if (cached) return cached;
  const actors = new Map(corpus.briefings.flatMap((b) => b.data.actors.map((a) => [a.id as string, { id: a.id as string, name: a.name, type: a.type, page: false }])));
  for (const a of corpus.actors) actors.set(a.id, { id: a.id, name: a.data.name, type: a.data.type, page: true });
  cached = laidOut(explorerGraph([...actors.values()], corpus.briefings.map((b) => b.data)));
  return cached;
}

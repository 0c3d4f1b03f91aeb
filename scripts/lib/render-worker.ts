// A worker thread that renders briefings and actor pages through a fresh
// render memo, and answers with what it rendered (texts, and for actor
// pages the lookups they made), for the main thread's memo to absorb.
import { parentPort, workerData } from 'node:worker_threads';
import type { ActorLookups } from '../../src/generate/actor-pages.ts';
import { createRenderMemo } from '../../src/generate/cache/render-memo.ts';
import type { ActorPageData } from '../../src/model/index.ts';
import type { Briefing } from '../../src/pipeline/types.ts';
import { renderActorPage } from '../../src/render/actor-page.ts';
import { renderBriefing } from '../../src/render/briefing.ts';

const { version, lookups } = workerData as { version: string; lookups: ActorLookups };

parentPort!.on('message', (chunk: { briefings: [string, Briefing][]; pages: ActorPageData[] }) => {
  const memo = createRenderMemo(version);
  for (const [key, b] of chunk.briefings) memo.briefing(b, renderBriefing, key);
  for (const p of chunk.pages) memo.actorPage(p, lookups.names, { titles: lookups.titles, types: lookups.types }, renderActorPage);
  parentPort!.postMessage(memo.rendered());
});

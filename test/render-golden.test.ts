// Golden files for the render and corpus stages, from hand-made briefing data:
// fixtures/<case>/briefing.json (a Briefing: data and sentences) → expected.md
// (the briefing page) and expected-actors/<id>.md (each actor's page). They
// cover what the pipeline may not produce yet (denied, reported and
// hypothetical relations). Update with `-u` and review the diff.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildActorPages } from '../src/corpus/actor-pages.ts';
import { type Briefing, BriefingData, type Sentence } from '../src/model/index.ts';
import { renderActorPage } from '../src/render/actor-page.ts';
import { renderBriefing } from '../src/render/briefing.ts';

const root = new URL('../fixtures/', import.meta.url);
const cases = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(new URL(`${d.name}/briefing.json`, root))).map((d) => d.name).sort();

function load(name: string): Briefing {
  const raw = JSON.parse(readFileSync(new URL(`${name}/briefing.json`, root), 'utf8')) as { data: unknown; sentences: Sentence[] };
  return { data: BriefingData.parse(raw.data), sentences: raw.sentences };
}

describe('golden rendered briefings and actor pages', () => {
  it.each(cases)('%s', async (name) => {
    const b = load(name);
    await expect(renderBriefing(b)).toMatchFileSnapshot(`../fixtures/${name}/expected.md`);
    const pages = buildActorPages([b.data]);
    const names = new Map(pages.map((p) => [p.id as string, p.name]));
    const titles = new Map([[b.data.slug as string, b.data.title]]);
    const types = new Map(pages.map((p) => [p.id as string, p.type]));
    for (const p of pages) await expect(renderActorPage(p, names, { titles, types })).toMatchFileSnapshot(`../fixtures/${name}/expected-actors/${p.id}.md`);
  });
});

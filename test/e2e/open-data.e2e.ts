// The open data files of the built site: linked from every page's footer, they parse,
// validate against the front matter schemas and say what content/ says.
import { ActorPageData, BriefingData, cameoNames, countedModalities } from '../../src/model/index.ts';
import { eventColumns } from '../../src/site/open-data/events.ts';
import { parseCsv } from '../parse-csv.ts';
import { describe, expect, it } from 'vitest';
import { builtSite, frontMatter } from './built-site.ts';
import { at } from './site-paths.ts';

const site = builtSite();

async function fetchText(path: string): Promise<string> {
  const response = await fetch(site.origin + at(path));
  expect(response.status, path).toBe(200);
  return response.text();
}

/** Parses JSON Lines: every line one value, the file ending with a newline. */
function lines(text: string): unknown[] {
  expect(text.endsWith('\n')).toBe(true);
  return text.slice(0, -1).split('\n').map((l) => JSON.parse(l));
}

describe('open data', () => {
  const briefings = frontMatter('briefings', BriefingData);
  const actors = frontMatter('actors', ActorPageData);

  it('links each file from the footer and documents every events.csv column on /data/', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.origin + at(''));
    const hrefs = await page.locator('.site-footer a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    for (const file of ['data/', 'data/events.csv', 'data/briefings.jsonl', 'data/actors.jsonl', 'data/network.graphml']) expect(hrefs).toContain(at(file));
    await page.locator('.site-footer a', { hasText: 'Open data' }).click();
    await page.waitForURL((url) => url.pathname === at('data/'));
    const documented = await page.locator('#events-csv + .table-wrap td:first-child').allTextContents();
    expect(documented).toEqual(eventColumns.map((c) => c.name));
    await page.close();
  });

  it('briefings.jsonl holds every briefing\'s front matter, schema-valid', async () => {
    const published = lines(await fetchText('data/briefings.jsonl')).map((v) => BriefingData.parse(v));
    expect(new Map(published.map((b) => [b.slug, b]))).toEqual(briefings);
  });

  it('actors.jsonl holds every actor page\'s front matter, schema-valid', async () => {
    const published = lines(await fetchText('data/actors.jsonl')).map((v) => ActorPageData.parse(v));
    expect(new Map(published.map((a) => [a.id, a]))).toEqual(actors);
  });

  it('events.csv has one row per relation, matching the briefings', async () => {
    const [header, ...rows] = parseCsv(await fetchText('data/events.csv'));
    expect(header).toEqual(eventColumns.map((c) => c.name));
    const col = (name: string) => header!.indexOf(name);
    const expected = [...briefings.values()].flatMap((b) => b.relations.map((r) => [b.published ?? '', r.source, r.target, r.cameo, cameoNames[r.cameo], r.quad, b.slug, String(r.evidence.sentence), r.evidence.text].join('|')));
    const got = rows.map((r) => ['date', 'source', 'target', 'cameo_code', 'cameo_event', 'quad', 'briefing', 'sentence', 'evidence'].map((n) => r[col(n)]).join('|'));
    expect(expected.length).toBeGreaterThan(0);
    expect(got.sort()).toEqual(expected.sort());
  });

  it('network.graphml parses in the browser, with an edge weight per tie (asserted or reported relation)', async () => {
    const xml = await fetchText('data/network.graphml');
    const page = await site.browser.newPage();
    const parsed = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      const weights = [...doc.querySelectorAll('edge')].map((e) => Number(e.querySelector('data[key="e_weight"]')?.textContent));
      const ids = new Set([...doc.querySelectorAll('node')].map((n) => n.id));
      const dangling = [...doc.querySelectorAll('edge')].filter((e) => !ids.has(e.getAttribute('source')!) || !ids.has(e.getAttribute('target')!)).length;
      return { error: doc.querySelector('parsererror')?.textContent ?? null, root: doc.documentElement.localName, total: weights.reduce((a, b) => a + b, 0), dangling };
    }, xml);
    await page.close();
    const relations = [...briefings.values()].reduce((n, b) => n + b.relations.filter((r) => r.source !== r.target && countedModalities.has(r.modality)).length, 0);
    expect(parsed).toEqual({ error: null, root: 'graphml', total: relations, dangling: 0 });
  });
});

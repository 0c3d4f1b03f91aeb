// A small fictional site (test/e2e/fixtures/fictional-site/: four dated briefings from three outlets,
// relations of every modality) built into a temporary folder: list filters, related briefings,
// modality badges and counts, the open data and explorer data that follow from them, timeline
// paging (built with two events a page) and the explorer's colours under the theme toggle.
// The briefings are hand-made; actors/*.md and network.md are what buildActorPages, network,
// renderActorPage and renderNetworkPage make of them (rebuild them so when those change).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExplorerGraph } from '../../src/site/explorer/graph-data.ts';
import { parseCsv } from '../parse-csv.ts';
import { launch } from './browser.ts';
import { serve } from './serve.ts';

const content = path.resolve('test/e2e/fixtures/fictional-site');
const root = mkdtempSync(path.join(tmpdir(), 'dossier-fictional-'));
let server: Server | undefined;
let browser: Browser;
let origin = '';

beforeAll(() => {
  const result = spawnSync(path.resolve('node_modules/.bin/node'), ['node_modules/.bin/astro', 'build', '--outDir', path.join(root, 'dist')], {
    encoding: 'utf8',
    // Note: two events a page gives the fixture's three events a second timeline page; four entries
    // an actor page and a page of its timeline give Gondor's five a paged timeline of its own.
    env: { ...process.env, DOSSIER_CONTENT: content, DOSSIER_TIMELINE_PAGE_SIZE: '2', DOSSIER_ACTOR_TIMELINE_SIZE: '4', NODE_ENV: 'production' },
  });
  if (result.status !== 0) throw new Error(`astro build of the fixture failed:\n${(result.stdout + result.stderr).slice(-3000)}`);
  return (async () => {
    let url: string;
    ({ server, url } = await serve(path.join(root, 'dist'), '/'));
    origin = url;
    browser = await launch();
  })();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
  rmSync(root, { recursive: true, force: true });
});

async function open(p: string, javaScriptEnabled = true): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, javaScriptEnabled });
  await page.goto(`${origin}/${p}`);
  return page;
}

/** Sets a filter field and returns the titles the filter then lists (waiting for the count line). */
async function filtered(page: Page, set: (page: Page) => Promise<unknown>): Promise<string[]> {
  await page.locator('.list-filter button[type=reset]').click();
  await set(page);
  await page.waitForFunction(() => document.querySelector('.list-filter')?.getAttribute('data-filtered') === 'true' && document.querySelector('.filter-count')?.textContent);
  // Note: setting two fields filters twice, the first time while the index may still be loading;
  // read the list once it has stopped changing, not after the first pass.
  let last = '';
  for (let same = 0; same < 3; ) {
    await page.waitForTimeout(50);
    const now = (await page.locator('.filtered li a').allTextContents()).join('\n');
    same = now === last ? same + 1 : 0;
    last = now;
  }
  return page.locator('.filtered li a').allTextContents();
}

describe('list filters', () => {
  it('on the home page, narrow by outlet, actor, quad class and date, and clear back to the latest briefings', async () => {
    const page = await open('');
    expect(await filtered(page, (p) => p.selectOption('.list-filter select[name=outlet]', 'Edoras Courier'))).toEqual(['Rohan musters its riders', 'Isengard falls to the Ents']);
    expect(await page.locator('.home-list').isVisible()).toBe(false);
    expect(await filtered(page, async (p) => { await p.fill('.list-filter input[name=actor]', 'rohan'); await p.selectOption('.list-filter select[name=quad]', 'material-conflict'); })).toEqual(['Gondor denies attacking Mordor']);
    expect(await filtered(page, async (p) => { await p.fill('.list-filter input[name=from]', '3019-03-06'); await p.fill('.list-filter input[name=to]', '3019-03-11'); })).toEqual(['Gondor denies attacking Mordor']);
    await page.locator('.list-filter button[type=reset]').click();
    await page.waitForFunction(() => document.querySelector('.list-filter')?.getAttribute('data-filtered') === 'false');
    expect(await page.locator('.home-list .card').count()).toBe(4);
    expect(await page.locator('.filtered').isVisible()).toBe(false);
    await page.close();
  });

  it('on the timeline and the archive, filter over every page', async () => {
    const page = await open('timeline/');
    expect(await page.locator('.timeline-page .events li').count()).toBe(2);
    expect(await filtered(page, (p) => p.fill('.list-filter input[name=actor]', 'ents'))).toEqual(['The Ents fought Isengard on Thursday.']);
    expect(await filtered(page, (p) => p.fill('.list-filter input[name=from]', '3019-09-01'))).toEqual(['The Shire held its fair on 22 September.']);
    await page.goto(`${origin}/archive/`);
    expect(await filtered(page, (p) => p.selectOption('.list-filter select[name=outlet]', 'Shire Post'))).toEqual(['A fair in the Shire']);
    await page.close();
  });

  it('without JavaScript, hide the filters and list everything', async () => {
    const page = await open('', false);
    expect(await page.locator('.list-filter').isVisible()).toBe(false);
    expect(await page.locator('.home-list .card').count()).toBe(4);
    await page.close();
  });
});

describe('timeline paging', () => {
  it('goes to earlier events and back, page 2 holding events older than page 1', async () => {
    const page = await open('timeline/', false);
    const dates = () => page.locator('.timeline-page .events time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
    const first = await dates();
    expect(first).toEqual(['3019-09-22', '3019-03-09']);
    expect(await page.locator('.pager .meta').textContent()).toBe('Page 1 of 2');
    expect(await page.locator('.pager a[rel=prev]').count()).toBe(0);
    await page.click('.pager a[rel=next]');
    await page.waitForURL(/\/timeline\/2\/?$/);
    const second = await dates();
    expect(second).toEqual(['3019-03-03']);
    expect(second.every((d) => first.every((f) => d < f))).toBe(true);
    expect(await page.locator('h1').textContent()).toBe('Timeline, page 2');
    expect(await page.locator('.pager a[rel=next]').count()).toBe(0);
    await page.click('.pager a[rel=prev]');
    await page.waitForURL(/\/timeline\/?$/);
    expect(await dates()).toEqual(first);
    await page.close();
  });
});

describe('explorer theme', () => {
  /** The colour sigma draws actor labels in: the most frequent fully opaque colour of its label layer. */
  const labelColour = (page: Page) =>
    page.evaluate(() => {
      const c = document.querySelector<HTMLCanvasElement>('#explorer-canvas canvas.sigma-labels')!;
      const px = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      const counts = new Map<string, number>();
      for (let i = 0; i < px.length; i += 4) {
        if (px[i + 3] !== 255) continue;
        const hex = `#${[px[i]!, px[i + 1]!, px[i + 2]!].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
        counts.set(hex, (counts.get(hex) ?? 0) + 1);
      }
      return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
    });
  const fg = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--fg').trim().toLowerCase());

  it('draws labels in the theme\'s text colour, and redraws them when the theme toggles', async () => {
    const page = await open('explorer/#actor=gondor');
    await page.waitForSelector('#explorer[data-ready="true"]');
    const theme = () => page.evaluate(() => document.documentElement.dataset.theme ?? 'light');
    const before = await theme();
    // Note: selecting an actor moves the camera for 300 ms; read the labels once it has settled.
    await page.waitForTimeout(500);
    const first = await labelColour(page);
    expect(first).toBe(await fg(page));
    await page.click('.theme-toggle');
    expect(await theme()).not.toBe(before);
    await page.waitForTimeout(300);
    const second = await labelColour(page);
    expect(second).toBe(await fg(page));
    expect(second).not.toBe(first);
    await page.close();
  });
});

describe('related briefings', () => {
  it('lists the briefings that share actors, with the actors shared', async () => {
    const page = await open('briefings/gondor-denies-attack/');
    expect(await page.locator('#related + ol li a').allTextContents()).toEqual(['Rohan musters its riders']);
    expect(await page.locator('#related + ol li .meta').textContent()).toContain('shares Gondor, Rohan');
    await page.goto(`${origin}/briefings/shire-fair/`);
    expect(await page.locator('#related').count()).toBe(0);
    await page.close();
  });
});

describe('actor timeline paging', () => {
  it('shows the latest entries on the actor page and every entry, newest first, on its timeline pages', async () => {
    const page = await open('actors/gondor/');
    const dates = () => page.locator('.actor-timeline li time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
    const onActorPage = await dates();
    expect(onActorPage).toHaveLength(4);
    await page.locator('.timeline-more a').click();
    await page.waitForURL(/actors\/gondor\/timeline\/$/);
    const first = await dates();
    expect(first).toEqual(onActorPage);
    await page.locator('.pager a[rel=next]').click();
    await page.waitForURL(/actors\/gondor\/timeline\/2\/$/);
    const second = await dates();
    expect(second.length).toBeGreaterThan(0);
    // Newest first across pages: page 2 holds nothing newer than page 1's oldest entry.
    expect(second.every((d) => d <= first.at(-1)!)).toBe(true);
    expect(await page.locator('.page-head .kicker a').getAttribute('href')).toMatch(/actors\/gondor\/$/);
    // An actor whose page shows its whole timeline has no timeline pages.
    await page.goto(`${origin}/actors/mordor/`);
    expect(await page.locator('.timeline-more').count()).toBe(0);
    await page.close();
  });
});

describe('modality', () => {
  it('marks non-asserted ties in the actor timeline, and leaves denied and hypothetical ones out of strongest partners', async () => {
    // Gondor's whole timeline spans two pages in this build (see DOSSIER_ACTOR_TIMELINE_SIZE above).
    const page = await open('actors/gondor/timeline/');
    const entries = async () => page.locator('.actor-timeline li').evaluateAll((lis) => lis.map((li) => [li.textContent ?? '', [...li.querySelectorAll('.modality')].map((m) => m.textContent)] as const));
    const all = await entries();
    await page.goto(`${origin}/actors/gondor/timeline/2/`);
    all.push(...(await entries()));
    const badge = (text: string) => all.filter(([t]) => t.includes(text)).flatMap(([, badges]) => badges);
    expect(badge('Gondor denied attacking Mordor.')).toEqual(['denied']);
    expect(badge('Rohan said Mordor attacked Gondor.')).toEqual(['reported']);
    expect(badge('Gondor may consult Rohan next week.')).toEqual(['hypothetical']);
    expect(all.some(([t]) => t.includes('Rohan sent aid to Gondor.'))).toBe(true);
    expect(badge('Rohan sent aid to Gondor.')).toEqual([]);
    await page.goto(`${origin}/actors/gondor/`);
    const partners = await page.locator('.partners dl > div').evaluateAll((ds) => ds.map((d) => `${d.querySelector('dt')?.textContent}: ${d.querySelector('dd')?.textContent}`));
    // The reported assault by Mordor counts, the denied fight does not; of the two consults with Rohan, the hypothetical one does not.
    expect(partners).toEqual(['verbal cooperation: Rohan ×1', 'material cooperation: Rohan ×1', 'material conflict: Mordor ×1']);
    await page.close();
  });

  it('lists a briefing\'s relations not stated as fact, each with its badge and sentence', async () => {
    const page = await open('briefings/gondor-denies-attack/');
    const items = await page.locator('.modality-notes li').evaluateAll((lis) => lis.map((li) => [li.querySelector('.tie')?.textContent, li.querySelector('.modality')?.textContent, li.querySelector('a')?.getAttribute('href')]));
    expect(items).toEqual([
      ['Gondor → fight → Mordor', 'denied', '#s-1'],
      ['Mordor → assault → Gondor', 'reported', '#s-2'],
      ['Gondor ↔ consult ↔ Rohan', 'hypothetical', '#s-3'],
    ]);
    await page.goto(`${origin}/briefings/rohan-musters/`);
    expect(await page.locator('.modality-notes').count()).toBe(0);
    await page.close();
  });

  it('marks each relation of the generated actor table with how it is stated, and draws no denied or hypothetical edge', async () => {
    const page = await open('actors/gondor/');
    const rows = await page.locator('#relations-table').locator('xpath=ancestor::table').locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].slice(0, 3).map((td) => td.textContent?.trim())));
    expect(rows).toEqual([
      ['Mordor', 'reported: assault', 'Gondor'],
      ['Gondor', 'consult, mutual', 'Rohan'],
      ['Rohan', 'provide aid', 'Gondor'],
      ['Gondor', 'denied: fight', 'Mordor'],
      ['Gondor', 'hypothetical: consult, mutual', 'Rohan'],
    ]);
    expect(await page.locator('p', { hasText: 'Diagram:' }).textContent()).toContain('denied and hypothetical relations (2) are not drawn');
    await page.close();
  });

  it('counts only asserted and reported relations as network ties, saying which are reported, in the tie table and network.graphml', async () => {
    const page = await open('network/');
    const rows = await page.locator('#ties-table tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].slice(0, 5).map((td) => td.textContent?.trim())));
    expect(rows).toEqual([
      ['Gondor', 'consult (mutual)', 'Rohan', 'verbal cooperation', '1'],
      ['Rohan', 'provide aid', 'Gondor', 'material cooperation', '1'],
      ['Mordor', 'assault', 'Gondor', 'material conflict', '1 (all reported)'],
      ['Ents', 'fight', 'Isengard', 'material conflict', '1'],
    ]);
    await page.close();
    const xml = new JSDOM(await (await fetch(`${origin}/data/network.graphml`)).text(), { contentType: 'application/xml' }).window.document;
    const attr = (e: Element, key: string) => [...e.getElementsByTagName('data')].find((d) => d.getAttribute('key') === key)?.textContent;
    const edges = [...xml.getElementsByTagName('edge')].map((e) => `${e.getAttribute('source')}>${e.getAttribute('target')} ${attr(e, 'e_label')} ${attr(e, 'e_weight')} reported ${attr(e, 'e_reported')}`);
    expect(edges).toEqual(['ents>isengard fight 1 reported 0', 'gondor>rohan consult 1 reported 0', 'mordor>gondor assault 1 reported 1', 'rohan>gondor provide aid 1 reported 0']);
  });

  it('gives events.csv a modality column, and keeps denied and hypothetical relations out of the explorer', async () => {
    const csv = parseCsv(await (await fetch(`${origin}/data/events.csv`)).text());
    const col = (name: string) => csv.slice(1).map((r) => r[csv[0]!.indexOf(name)]);
    expect(col('modality').slice(0, 4)).toEqual(['asserted', 'asserted', 'denied', 'reported']);
    expect(col('modality')).toContain('hypothetical');
    const graph = (await (await fetch(`${origin}/explorer/graph.json`)).json()) as ExplorerGraph;
    const edges = graph.edges.map(([s, t, q, n]) => `${graph.nodes[s]![0]}>${graph.nodes[t]![0]} ${graph.quads[q]} ${n}`);
    expect(edges.sort()).toEqual(['ents>isengard material-conflict 1', 'mordor>gondor material-conflict 1', 'rohan>gondor material-cooperation 1', 'rohan>gondor verbal-cooperation 1']);
  });
});

// The built site in Chromium, as a reader uses it.
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from './browser.ts';
import { contrastRatio } from './contrast.ts';
import { crawl, isPagePath, type PageReport } from './crawl.ts';
import { serve } from './serve.ts';
import { at, basePath, distDir } from './site-paths.ts';

/** The name searched for; the seed corpus has Abbas Araghchi. Set E2E_SEARCH_TERM for other content. */
const searchTerm = process.env.E2E_SEARCH_TERM ?? 'Araghchi';
/** Pages the crawl visits at most (E2E_MAX_PAGES); links to pages beyond it are not checked. */
const maxPages = Number(process.env.E2E_MAX_PAGES ?? 5000);

let server: Server;
let origin: string;
let browser: Browser;
let reports: Map<string, PageReport>;

beforeAll(async () => {
  ({ server, url: origin } = await serve(distDir, basePath));
  browser = await launch();
  const page = await browser.newPage();
  reports = await crawl(page, origin, at(''), maxPages);
  await page.close();
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

/** A fresh page in a context with the given colour scheme. */
async function open(path: string, colorScheme: 'light' | 'dark' = 'light', width = 1280): Promise<Page> {
  const context = await browser.newContext({ colorScheme, viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.goto(origin + path);
  return page;
}

/** The first crawled page whose path starts with `prefix` and that has a diagram. */
function pageWithDiagram(prefix: string): string {
  const found = [...reports.values()].find((r) => r.path.startsWith(prefix) && r.path !== prefix && r.diagrams.length > 0);
  if (!found) throw new Error(`No page under ${prefix} has a diagram; crawled ${reports.size} pages`);
  return found.path;
}

describe('every page', () => {
  it('reaches briefings, actors and the fixed pages', () => {
    const paths = [...reports.keys()];
    for (const p of ['', 'actors/', 'network/', 'timeline/', 'search/']) expect(paths).toContain(at(p));
    expect(paths.some((p) => p.startsWith(at('briefings/')))).toBe(true);
    expect(paths.some((p) => p.startsWith(at('actors/')) && p !== at('actors/'))).toBe(true);
  });

  it('loads without console errors or failed requests', () => {
    const failures = [...reports.values()].filter((r) => r.status !== 200 || r.errors.length > 0).map((r) => `${r.path} (${r.status}): ${r.errors.join('; ')}`);
    expect(failures).toEqual([]);
  });

  it('draws every Mermaid diagram as an SVG, never the error picture', () => {
    const diagrams = [...reports.values()].flatMap((r) => r.diagrams.map((d) => ({ path: r.path, ...d })));
    expect(diagrams.length).toBeGreaterThan(0);
    const bad = diagrams.filter((d) => d.rendered !== 'true' || !d.svg || d.mermaidError);
    expect(bad).toEqual([]);
  });

  it('loads Mermaid only on pages with a diagram, and bundled scripts only there and on the explorer', () => {
    const all = [...reports.values()];
    const withMermaid = all.filter((r) => r.scripts.some((s) => /mermaid/i.test(s))).map((r) => r.path);
    expect(withMermaid).toEqual(all.filter((r) => r.diagrams.length > 0).map((r) => r.path));
    // Note: the explorer's bundle (sigma, graphology) is the one other script file, on its page only.
    const bundled = all.filter((r) => r.diagrams.length === 0 && r.scripts.some((s) => s.includes('/_astro/'))).map((r) => r.path);
    expect(bundled).toEqual([at('explorer/')]);
  });

  it('links only to pages and anchors that exist', async () => {
    const broken: string[] = [];
    for (const r of reports.values()) {
      for (const link of new Set(r.links)) {
        const [path = '', hash] = link.split('#');
        const target = reports.get(path);
        if (isPagePath(path) && !target) {
          if (reports.size < maxPages) broken.push(`${r.path} → ${link} (not crawled)`);
        } else if (target && target.status !== 200) broken.push(`${r.path} → ${link} (HTTP ${target.status})`);
        else if (!isPagePath(path) && (await fetch(origin + path)).status !== 200) broken.push(`${r.path} → ${link}`);
        else if (hash && target && !target.ids.includes(decodeURIComponent(hash))) broken.push(`${r.path} → ${link} (no #${hash})`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('answers an unknown path with the 404 page', async () => {
    const response = await fetch(origin + at('no-such-page/'));
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Page not found');
  });
});

describe('search', () => {
  it(`finds "${searchTerm}" and leads to the actor page`, async () => {
    const page = await open(at('search/'));
    await page.locator('.pagefind-ui__search-input').fill(searchTerm);
    const actorResult = page.locator('a.pagefind-ui__result-link[href*="/actors/"]').first();
    await actorResult.waitFor({ timeout: 15_000 });
    await actorResult.click();
    await page.waitForURL((url) => url.pathname.startsWith(at('actors/')) && url.pathname !== at('actors/'));
    expect(await page.locator('h1').textContent()).toContain(searchTerm);
    await page.context().close();
  });
});

describe('diagram readability', () => {
  /** Label text and background colour pairs of every diagram on the page. */
  function labelColours(page: Page) {
    return page.evaluate(() => {
      const page = getComputedStyle(document.body).backgroundColor;
      const opaque = (c: string) => c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent' && c !== 'none';
      return [...document.querySelectorAll<HTMLElement>('figure.diagram .nodeLabel, figure.diagram .edgeLabel')].filter((el) => el.textContent?.trim()).map((el) => {
        const shape = el.closest('g.node')?.querySelector('rect, polygon, circle, path');
        const box = el.closest('.labelBkg') ?? el;
        const candidates = [getComputedStyle(el).backgroundColor, getComputedStyle(box).backgroundColor, shape ? getComputedStyle(shape).fill : 'none', page];
        return { text: el.textContent ?? '', color: getComputedStyle(el).color, background: candidates.find(opaque) ?? page };
      });
    });
  }

  /** One crawled page with a diagram per kind: briefing, actor, network. */
  function diagramPages(): string[] {
    return [...new Set([at('briefings/'), at('actors/'), at('network/')].flatMap((prefix) => [...reports.values()].filter((r) => r.path.startsWith(prefix) && r.diagrams.length > 0).slice(0, 1).map((r) => r.path)))];
  }

  it.each(['dark', 'light'] as const)('keeps every label readable (contrast at least 4.5:1) on a %s system', async (scheme) => {
    const paths = diagramPages();
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      const page = await open(path, scheme);
      await page.waitForSelector('figure.diagram[data-rendered="true"] svg');
      const labels = await labelColours(page);
      expect(labels.length, path).toBeGreaterThan(0);
      const poor = labels.filter((l) => !(contrastRatio(l.color, l.background) >= 4.5));
      expect(poor, path).toEqual([]);
      await page.context().close();
    }
  });

  it('redraws diagrams in the dark theme when the toggle is pressed', async () => {
    const page = await open(pageWithDiagram(at('briefings/')), 'light');
    await page.waitForSelector('figure.diagram[data-rendered="true"] svg');
    const before = await page.locator('figure.diagram svg').first().getAttribute('id');
    await page.locator('.theme-toggle').click();
    await page.waitForFunction((id) => document.querySelector('figure.diagram svg')?.id !== id, before);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    const poor = (await labelColours(page)).filter((l) => !(contrastRatio(l.color, l.background) >= 4.5));
    expect(poor).toEqual([]);
    await page.context().close();
  });
});

describe('without JavaScript', () => {
  it('shows every relation table and no Mermaid source', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(origin + pageWithDiagram(at('briefings/')));
    expect(await page.locator('.part-relations table').count()).toBeGreaterThan(0);
    expect(await page.locator('.part-relations table').first().isVisible()).toBe(true);
    expect(await page.locator('code.language-mermaid').first().isVisible()).toBe(false);
    await context.close();
  });
});

describe('actors index', () => {
  it('filters the list as you type', async () => {
    const page = await open(at('actors/'));
    const items = page.locator('[data-names]');
    const total = await items.count();
    const query = ((await items.last().locator('a').textContent()) ?? '').slice(0, 5).toLowerCase();
    await page.locator('#actor-filter').fill(query);
    const visible = page.locator('[data-names]:visible');
    expect(await visible.count()).toBeGreaterThan(0);
    for (const names of await visible.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.names ?? ''))) expect(names).toContain(query);
    await page.locator('#actor-filter').fill('zzzz-no-such-actor');
    expect(await visible.count()).toBe(0);
    await expect.poll(() => page.locator('.filter-status').textContent()).toContain(`0 of ${total}`);
    await page.locator('#actor-filter').fill('');
    expect(await visible.count()).toBe(total);
    await page.context().close();
  });
});

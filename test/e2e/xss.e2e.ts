// A site built from hostile seeds (script tags, event handlers, script links,
// Mermaid directives, brackets, hostile front matter), crawled in Chromium:
// no dialog fires, no element is injected, every diagram still renders.
// Note: it builds its own site into a temporary folder (DOSSIER_CONTENT and
// --outDir), so the main dist/ and content/ are left as they are.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attacks, hostileFrontMatterSeed, hostileSeed } from '../property/hostile-seeds.ts';
import { launch } from './browser.ts';
import { crawl, type PageReport } from './crawl.ts';
import { serve } from './serve.ts';

const node = path.resolve('node_modules/.bin/node');
let root = '';
let server: Server;
let origin: string;
let browser: Browser;
let reports: Map<string, PageReport>;
const dialogs: string[] = [];
const injected: string[] = [];
let hovered = 0;

/** Elements and attributes no seed may put on a page: inline handlers, script links, scripts that say alert. */
function findInjections(): string[] {
  const found: string[] = [];
  for (const el of document.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      if (/^on/i.test(attr.name)) found.push(`${el.tagName} ${attr.name}`);
      if (/^(?:href|src|xlink:href|action|formaction)$/i.test(attr.name) && /^\s*(?:javascript|data|vbscript):/i.test(attr.value)) found.push(`${el.tagName} ${attr.name}=${attr.value}`);
    }
  }
  for (const s of document.querySelectorAll('script')) if (/alert/.test(s.textContent ?? '')) found.push('script with alert');
  for (const img of document.querySelectorAll('img[src="x"]')) found.push(`injected ${img.tagName}`);
  return found;
}

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'dossier-xss-'));
  const seeds = path.join(root, 'seeds');
  mkdirSync(seeds);
  for (const seed of [...attacks.map(hostileSeed), hostileFrontMatterSeed()]) writeFileSync(path.join(seeds, seed.name), seed.bytes);
  execFileSync(node, ['scripts/generate.ts', '--no-cache', '--seeds', seeds, '--out', path.join(root, 'content')], { stdio: 'inherit' });
  execFileSync(node, ['node_modules/.bin/astro', 'build', '--outDir', path.join(root, 'dist')], {
    stdio: 'inherit',
    // Note: Vitest sets NODE_ENV=test, which makes Vite build in dev mode; the site is built as CI builds it.
    env: { ...process.env, NODE_ENV: 'production', DOSSIER_CONTENT: path.join(root, 'content'), DOSSIER_BASE: '/' },
  });
  ({ server, url: origin } = await serve(path.join(root, 'dist'), '/'));
  browser = await launch();
  const page = await browser.newPage();
  page.on('dialog', (d) => { dialogs.push(`${page.url()}: ${d.type()} ${d.message()}`); void d.dismiss(); });
  page.on('load', () => { void page.evaluate(findInjections).then((f) => injected.push(...f.map((x) => `${page.url()}: ${x}`)), () => undefined); });
  reports = await crawl(page, origin, '/', 500);
  // Hover and click everything a reader might, so handlers on any element would fire.
  for (const p of [...reports.keys()].filter((k) => k.startsWith('/briefings/'))) {
    await page.goto(origin + p);
    for (const el of await page.$$('main a, main figure.diagram svg .node')) await el.hover().catch(() => undefined);
    injected.push(...(await page.evaluate(findInjections)).map((x) => `${p}: ${x}`));
    hovered++;
  }
  await page.close();
});

afterAll(async () => {
  await browser?.close();
  server?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('a site built from hostile seeds', () => {
  it('publishes a page for every hostile seed', () => {
    expect([...reports.keys()].filter((p) => p.startsWith('/briefings/') && p !== '/briefings/').length).toBe(attacks.length + 1);
  });

  it('fires no dialog', () => {
    expect(dialogs).toEqual([]);
  });

  it('has no injected element, handler or script link', () => {
    expect(hovered).toBe(attacks.length + 1);
    expect([...new Set(injected)]).toEqual([]);
  });

  it('shows the attacks as text', async () => {
    const page = await browser.newPage();
    const briefing = [...reports.keys()].find((p) => p.startsWith('/briefings/') && p !== '/briefings/')!;
    await page.goto(origin + briefing);
    expect(await page.locator('main').innerText()).toMatch(/alert|securityLevel|click|subgraph|classDef/);
    await page.close();
  });

  it('draws every diagram as an SVG, never the error picture', () => {
    const diagrams = [...reports.values()].flatMap((r) => r.diagrams.map((d) => ({ path: r.path, ...d })));
    expect(diagrams.length).toBeGreaterThan(0);
    expect(diagrams.filter((d) => d.rendered !== 'true' || !d.svg || d.mermaidError)).toEqual([]);
  });
});

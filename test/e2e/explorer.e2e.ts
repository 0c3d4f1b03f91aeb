// The network explorer (/explorer/): search an actor, see its neighbourhood,
// filter it, click through to the actor page; without JavaScript a table.
import { BriefingData, countedModalities } from '../../src/model/index.ts';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { builtSite, frontMatter } from './built-site.ts';
import { at } from './site-paths.ts';

const site = builtSite();
const briefings = [...frontMatter('briefings', BriefingData).values()];
/** The actor with the most partners through counted relations, and those partners' names. */
const partners = new Map<string, Set<string>>();
const names = new Map(briefings.flatMap((b) => b.actors.map((a) => [a.id as string, a.name] as const)));
for (const r of briefings.flatMap((b) => b.relations)) {
  if (!countedModalities.has(r.modality) || r.source === r.target) continue;
  for (const [a, b] of [[r.source, r.target], [r.target, r.source]] as const) partners.set(a, (partners.get(a) ?? new Set()).add(names.get(b) ?? b));
}
const [hub, hubPartners] = [...partners].sort((a, b) => b[1].size - a[1].size || (a[0] < b[0] ? -1 : 1))[0]!;

async function open(path: string, javaScriptEnabled = true): Promise<Page> {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 }, javaScriptEnabled });
  await page.goto(site.origin + at(path));
  return page;
}

describe('network explorer', () => {
  it('finds an actor by name, lists its neighbourhood, and links to its page', async () => {
    const page = await open('explorer/');
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.waitForSelector('#explorer[data-ready="true"]');
    await page.fill('#explorer-search', names.get(hub)!.slice(0, 5));
    await page.locator('#explorer-suggestions button', { hasText: names.get(hub)! }).first().click();
    const shown = await page.locator('#explorer-panel table.neighbours tbody tr td:first-child').allTextContents();
    expect(new Set(shown)).toEqual(hubPartners);
    expect(page.url()).toContain(`#actor=${hub}`);
    await page.click('#explorer-panel a.actor-page-link');
    await page.waitForURL(`**${at(`actors/${hub}/`)}`);
    expect(await page.locator('h1').textContent()).toBe(names.get(hub));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('narrows the neighbourhood by quad class', async () => {
    const page = await open(`explorer/#actor=${hub}`);
    await page.waitForSelector('#explorer[data-ready="true"]');
    const all = await page.locator('#explorer-panel table.neighbours tbody tr').count();
    expect(all).toBe(hubPartners.size);
    // Untick every quad class but verbal cooperation: each row left has verbal-cooperation relations only.
    for (const q of ['material-cooperation', 'verbal-conflict', 'material-conflict']) await page.locator(`input[name=quad]:has(+ .quad-${q})`).uncheck();
    const left = await page.locator('#explorer-panel table.neighbours tbody tr td:last-child').allTextContents();
    expect(left.length).toBeLessThanOrEqual(all);
    for (const cell of left) expect(cell).toMatch(/^\d+ \(verbal cooperation \d+\)$/);
    await page.close();
  });

  it('without JavaScript, shows the most connected actors as a table with links', async () => {
    const page = await open('explorer/', false);
    expect(await page.locator('.explorer-controls').isVisible()).toBe(false);
    // Note: the hub has the most partners, not always the most relations, so it is somewhere in the table.
    expect(await page.locator('.explorer-fallback tbody td:first-child').allTextContents()).toContain(names.get(hub));
    expect(await page.locator('.explorer-fallback tbody a').first().getAttribute('href')).toMatch(/\/actors\/[^/]+\/$/);
    await page.close();
  });
});

// What a reader checks on the built site: ties read source → relation → target,
// capped diagrams say how much they show, actor pages answer "what has X been doing?".
import { ActorPageData, BriefingData, cameoNames, NetworkData } from '../../src/model/index.ts';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { builtSite, frontMatter, frontMatterOf } from './built-site.ts';
import { at } from './site-paths.ts';

const site = builtSite();

const briefings = [...frontMatter('briefings', BriefingData).values()];
const actors = [...frontMatter('actors', ActorPageData).values()];
const network = frontMatterOf('network.md', NetworkData);
const nameOf = new Map([...briefings.flatMap((b) => b.actors.map((a) => [a.id as string, a.name] as const)), ...actors.map((a) => [a.id as string, a.name] as const)]);

async function open(path: string): Promise<Page> {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(site.origin + at(path));
  return page;
}

/** Each body row of the first table matching `selector`, as cell texts. */
function rows(page: Page, selector: string): Promise<string[][]> {
  return page.locator(`${selector} tbody tr`).evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '')));
}

describe('ties read source, relation, target', () => {
  /** "source|event|target" of every relation stated in content, in the direction stated. */
  const stated = new Set(briefings.flatMap((b) => b.relations.flatMap((r) => {
    const one = `${nameOf.get(r.source)}|${cameoNames[r.cameo]}|${nameOf.get(r.target)}`;
    return r.symmetric ? [one, `${nameOf.get(r.target)}|${cameoNames[r.cameo]}|${nameOf.get(r.source)}`] : [one];
  })));

  it('on the home page, every row is a relation in the direction the article states, with its CAMEO event name', async () => {
    const page = await open('');
    const table = await rows(page, '.strongest table');
    expect(table.length).toBeGreaterThan(0);
    const wrong = table.map(([source, event, target]) => `${source}|${event!.replace(/ \(mutual\)$/, '')}|${target}`).filter((t) => !stated.has(t));
    expect(wrong).toEqual([]);
    await page.close();
  });

  /** A tie as a table row reads it: source, event (" (mutual)" when symmetric), target. */
  const rowOf = (t: NetworkData['ties'][number]) => [nameOf.get(t.source), `${t.event}${t.symmetric ? ' (mutual)' : ''}`, nameOf.get(t.target)];

  it('on the network page, the table lists every tie of content/network.md as Source → event → Target, strongest first', async () => {
    const page = await open('network/');
    expect(await page.locator('#ties-table thead th').allTextContents()).toEqual(['Source', 'Relation', 'Target', 'Quad class', 'Count', 'Briefings']);
    const table = await rows(page, '#ties-table');
    expect(table.map((r) => r.slice(0, 3))).toEqual(network.ties.map(rowOf));
    expect(table.map((r) => r.slice(0, 3).join('|').replace(/ \(mutual\)/, '')).filter((t) => !stated.has(t))).toEqual([]);
    // Note: the diagram draws the heaviest ties up to its cap, and says so (linking to the table) only when capped.
    const drawn = Math.min(network.diagramEdges, network.ties.length);
    await page.waitForSelector('figure.diagram[data-rendered="true"] svg');
    expect(await page.locator('figure.diagram svg g.edgeLabel').evaluateAll((els) => els.filter((e) => e.textContent?.trim()).length)).toBe(drawn);
    const note = page.locator('p', { hasText: 'Diagram:' });
    if (drawn < network.ties.length) expect(await note.locator('a').getAttribute('href')).toBe('#ties-table');
    else expect(await note.count()).toBe(0);
    await page.close();
  });

  it('on the home page, the strongest ties are the first of the network page, in the same order', async () => {
    const page = await open('');
    expect((await rows(page, '.strongest table')).map((r) => r.slice(0, 3))).toEqual(network.ties.slice(0, 10).map(rowOf));
    await page.close();
  });

  it('on a briefing page, the relations table agrees with the front matter, row by row', async () => {
    const b = briefings.find((x) => x.relations.some((r) => !r.symmetric))!;
    const page = await open(`briefings/${b.slug}/`);
    const table = await rows(page, '.part-relations table');
    // A relation not stated as fact reads "denied: provide aid" (src/render/modality.ts).
    const event = (r: (typeof b.relations)[number]) => `${r.modality === 'asserted' ? '' : `${r.modality}: `}${cameoNames[r.cameo]}`;
    expect(table.map((r) => [r[0], r[1]!.replace(/(, mutual)? \(.*\)$/, ''), r[2]])).toEqual(b.relations.map((r) => [nameOf.get(r.source), event(r), nameOf.get(r.target)]));
    expect(table.filter((r) => r[1]!.includes(', mutual')).length).toBe(b.relations.filter((r) => r.symmetric).length);
    await page.close();
  });
});

describe('capped diagrams', () => {
  it('say how many links they show, draw that many, and link to the full table', async () => {
    const b = [...briefings].sort((x, y) => y.relations.length - x.relations.length)[0]!;
    const page = await open(`briefings/${b.slug}/`);
    const note = page.locator('.part-relations p', { hasText: 'Diagram:' });
    const [, shown, total] = /Diagram: (\d+) of (\d+) links shown/.exec((await note.textContent()) ?? '') ?? [];
    expect(Number(shown)).toBeLessThan(Number(total));
    await page.waitForSelector('figure.diagram[data-rendered="true"] svg');
    expect(await page.locator('figure.diagram svg g.edgeLabel').evaluateAll((els) => els.filter((e) => e.textContent?.trim()).length)).toBe(Number(shown));
    await note.locator('a').click();
    await page.waitForURL((u) => u.hash === '#relations-table');
    expect(await page.locator('#relations-table').evaluate((el) => el.closest('table') !== null)).toBe(true);
    await page.close();
  });
});

describe('actor pages', () => {
  const busiest = [...actors].sort((x, y) => y.relations.length + y.quotes.length - (x.relations.length + x.quotes.length))[0]!;

  it('open with a summary line: type, roles once each with dates, first and last seen, briefing count', async () => {
    const page = await open(`actors/${busiest.id}/`);
    const line = (await page.locator('.actor-summary').textContent()) ?? '';
    expect(line).toContain(`${busiest.briefings.length} briefing`);
    expect(line.toLowerCase()).toContain(busiest.type);
    for (const role of new Set(busiest.roles.map((r) => r.role))) expect(line.split(role).length - 1).toBe(1);
    expect(line).toMatch(/Seen \d{1,2} \w+ \d{4}|Dates unknown/);
    await page.close();
  });

  it('show the diagram before the timeline, and a timeline of dated relations and quotes, newest first', async () => {
    const page = await open(`actors/${busiest.id}/`);
    const order = await page.evaluate(() => ['.part-relations', '#timeline', '#briefings'].map((s) => document.querySelector(s)?.getBoundingClientRect().top ?? -1));
    expect(order[0]).toBeGreaterThan(0);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    const dates = await page.locator('.actor-timeline time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
    // Note: an entry is dated by its briefing's publication date; a briefing whose date no source states says "Date unknown".
    const dated = busiest.briefings.some((slug) => briefings.find((b) => b.slug === slug)?.published);
    if (dated) expect(dates.length).toBeGreaterThan(0);
    else expect(await page.locator('.actor-timeline li', { hasText: 'Date unknown' }).count()).toBeGreaterThan(0);
    expect(dates).toEqual([...dates].sort().reverse());
    const entries = await page.locator('.actor-timeline li').count();
    const sentences = new Set([...busiest.relations.flatMap((r) => r.evidence.map((e) => `${e.briefing}#${e.sentence}`))]).size + busiest.quotes.length;
    expect(entries).toBe(Math.min(30, sentences));
    await page.close();
  });

  it('list their briefings with date, outlet and summary', async () => {
    const page = await open(`actors/${busiest.id}/`);
    const first = briefings.find((b) => b.slug === busiest.briefings[0])!;
    const item = page.locator('.actor-briefings li').first();
    expect(await item.locator('a').textContent()).toBe(first.title);
    const text = (await item.textContent()) ?? '';
    if (first.outlet) expect(text).toContain(first.outlet);
    if (first.published) expect(text).toContain(first.published.slice(0, 4));
    await page.close();
  });
});

describe('smaller things a reader trips on', () => {
  it('keeps notes for curators off briefing pages and lists them on /curators/', async () => {
    const noted = briefings.find((b) => b.warnings.length > 0);
    if (!noted) return;
    const page = await open(`briefings/${noted.slug}/`);
    expect(await page.locator('main').textContent()).not.toMatch(/for curators/i);
    await page.locator('.site-footer a', { hasText: 'For curators' }).click();
    await page.waitForURL((u) => u.pathname === at('curators/'));
    const text = (await page.locator('main').textContent()) ?? '';
    for (const w of noted.warnings) expect(text).toContain(w);
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
    await page.close();
  });

  it('gives search excerpts without table headers', async () => {
    const page = await open('search/');
    await page.locator('.pagefind-ui__search-input').fill(busiestName());
    await page.locator('.pagefind-ui__result-excerpt').first().waitFor({ timeout: 15_000 });
    const excerpts = await page.locator('.pagefind-ui__result-excerpt').allTextContents();
    expect(excerpts.filter((e) => /Source Relation Target|Name Type Role/.test(e))).toEqual([]);
    await page.goto(site.origin + at(`briefings/${briefings[0]!.slug}/`));
    expect(await page.locator('thead').count()).toBeGreaterThan(0);
    expect(await page.locator('thead:not([data-pagefind-ignore])').count()).toBe(0);
    await page.close();
  });

  it('says on a phone that a wide table scrolls sideways', async () => {
    const b = briefings.find((x) => x.relations.length > 0)!;
    const page = await site.browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(site.origin + at(`briefings/${b.slug}/`));
    const table = page.locator('.part-relations table').first();
    expect(await table.evaluate((t) => getComputedStyle(t, '::before').content)).toContain('Scroll sideways');
    expect(await table.evaluate((t) => t.scrollWidth > t.clientWidth)).toBe(true);
    await page.close();
  });
});

/** The name of the actor with the most briefings: a search term every build has. */
function busiestName(): string {
  return [...actors].sort((x, y) => y.briefings.length - x.briefings.length || y.mentions - x.mentions)[0]!.name;
}

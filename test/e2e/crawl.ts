// Visits every page reachable from the home page and records what a reader would hit:
// console errors, failed requests, diagrams, links and anchor ids.
import type { Page } from 'playwright-core';

/** What one page showed. */
export interface PageReport {
  path: string;
  status: number;
  errors: string[];
  diagrams: { rendered: string | null; svg: boolean; mermaidError: boolean }[];
  /** Same-origin link targets, as path + hash. */
  links: string[];
  ids: string[];
  /** Paths of the scripts the page requested (bundled, lazy and Pagefind's). */
  scripts: string[];
}

/** True when a path names an HTML page rather than a file (feed, sitemap, icon). */
export function isPagePath(path: string): boolean {
  return path.endsWith('/') || path.endsWith('.html');
}

/** Waits until every diagram on the page has finished drawing (or failed). */
async function diagramsSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll('figure.diagram[aria-busy]').length === 0, undefined, { timeout: 30_000 });
}

/** Reads diagrams, links and ids from the loaded page. */
function inspect(page: Page, origin: string) {
  return page.evaluate((origin) => ({
    diagrams: [...document.querySelectorAll<HTMLElement>('figure.diagram')].map((f) => ({
      rendered: f.dataset.rendered ?? null,
      svg: f.querySelector('svg') !== null,
      // Mermaid's error picture carries an .error-icon and "Syntax error" text.
      mermaidError: f.querySelector('.error-icon, .error-text') !== null || /Syntax error/i.test(f.textContent ?? ''),
    })),
    links: [...document.querySelectorAll<HTMLAnchorElement>('a[href]')]
      .map((a) => new URL(a.href, location.href))
      .filter((u) => u.origin === origin)
      .map((u) => u.pathname + u.hash),
    ids: [...document.querySelectorAll('[id]')].map((e) => e.id),
  }), origin);
}

/** Loads one page and reports on it; `errors` collects console errors, page errors and failed requests. */
export async function visit(page: Page, origin: string, path: string): Promise<PageReport> {
  const errors: string[] = [];
  const scripts: string[] = [];
  const onRequest = (r: { resourceType(): string; url(): string }) => { if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname); };
  const onConsole = (m: { type(): string; text(): string }) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); };
  const onError = (e: Error) => errors.push(`pageerror: ${e.message}`);
  const onResponse = (r: { status(): number; url(): string }) => { if (r.status() >= 400 && r.url().startsWith(origin)) errors.push(`HTTP ${r.status()}: ${r.url()}`); };
  page.on('request', onRequest);
  page.on('console', onConsole);
  page.on('pageerror', onError);
  page.on('response', onResponse);
  try {
    const response = await page.goto(origin + path, { waitUntil: 'load' });
    await diagramsSettled(page);
    return { path, status: response?.status() ?? 0, errors, scripts, ...(await inspect(page, origin)) };
  } finally {
    page.off('request', onRequest);
    page.off('console', onConsole);
    page.off('pageerror', onError);
    page.off('response', onResponse);
  }
}

/** Visits every same-origin page reachable from `start`, breadth first, up to `limit` pages. */
export async function crawl(page: Page, origin: string, start = '/', limit = 2000): Promise<Map<string, PageReport>> {
  const reports = new Map<string, PageReport>();
  const queue = [start];
  const seen = new Set(queue);
  while (queue.length > 0 && reports.size < limit) {
    const path = queue.shift() as string;
    const report = await visit(page, origin, path);
    reports.set(path, report);
    for (const link of report.links) {
      const target = link.split('#')[0] ?? link;
      if (isPagePath(target) && !seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return reports;
}

// Screenshots of the built site for docs/screenshots/, with the e2e set-up (static server, Debian's Chromium).
// Run after `npm run build:site`: `npm run screenshots -- [--dist DIR] [--suffix=-bbc] [path ...]`
// (default: the first briefing, the busiest actor and the explorer with that actor chosen);
// each picture is docs/screenshots/<first path segment><suffix>.png.
import { mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launch } from './browser.ts';
import { serve } from './serve.ts';
import { at, basePath, distDir as builtDir } from './site-paths.ts';

const { values: opts, positionals } = parseArgs({ options: { dist: { type: 'string' }, suffix: { type: 'string', default: '' } }, allowPositionals: true });
const distDir = opts.dist ? resolve(opts.dist) : builtDir;

const outDir = 'docs/screenshots';

/** The first built page under a folder of dist/ ("briefings", "actors"). */
function firstUnder(folder: string, prefer?: string): string {
  const names = readdirSync(join(distDir, folder), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  return `${folder}/${prefer && names.includes(prefer) ? prefer : names[0]}/`;
}

const actor = firstUnder('actors', 'iran');
const paths = positionals.length ? positionals : [firstUnder('briefings'), actor, `explorer/#actor=${actor.split('/')[1]}`];
const { server, url } = await serve(distDir, basePath);
const browser = await launch();
mkdirSync(outDir, { recursive: true });
for (const path of paths) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(url + at(path));
  // Note: diagrams draw after load; wait until none is busy so the picture shows the SVG.
  await page.waitForFunction(() => document.querySelectorAll('figure.diagram[aria-busy]').length === 0, undefined, { timeout: 30_000 });
  // Note: the explorer draws after fetching its graph, then moves the camera (300 ms) to a chosen actor.
  if (path.startsWith('explorer/')) {
    await page.waitForSelector('#explorer[data-ready="true"]', { timeout: 60_000 });
    await page.waitForTimeout(600);
  }
  const file = join(outDir, `${path.split('/')[0]}${opts.suffix}.png`);
  // Note: the top of the page, at most 2,400 px: what a reader sees first, at a size fit for the repository.
  const height = Math.min(2400, await page.evaluate(() => document.documentElement.scrollHeight));
  await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: 0, width: 1280, height } });
  console.log(`${file} ← ${path}`);
  await page.close();
}
await browser.close();
server.close();

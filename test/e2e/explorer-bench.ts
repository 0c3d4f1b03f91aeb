// A benchmark, not a test: how the network explorer holds up on a large site.
// npm run bench:explorer -- [--content DIR] [--dist DIR] [--runs 3]
//   --content DIR  first builds the site from DIR (astro build only) into --dist, timed by /usr/bin/time
//                  (wall seconds, peak RSS of the largest process)
//   --dist DIR     the built site to measure (default dist/)
// Then opens /explorer/ in Chromium `runs` times and prints, as `key: value` lines:
// time to first interaction (navigation start to the search box enabled with the graph drawn),
// the time from typing a name and choosing it to the neighbourhood drawn, and what the page downloads (raw, gzip).
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { launch } from './browser.ts';
import { serve } from './serve.ts';

const { values: opts } = parseArgs({ options: { content: { type: 'string' }, dist: { type: 'string', default: 'dist' }, runs: { type: 'string', default: '3' } } });
const dist = resolve(opts.dist);
const out = (key: string, value: number | string) => console.log(`${key}: ${typeof value === 'number' ? +value.toFixed(3) : value}`);

if (opts.content) {
  const started = performance.now();
  const r = spawnSync('/usr/bin/time', ['-v', 'npx', 'astro', 'build', '--outDir', dist], {
    env: { ...process.env, DOSSIER_CONTENT: resolve(opts.content), NODE_ENV: 'production' },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (r.status !== 0) throw new Error(`astro build exited ${r.status}:\n${r.stderr.slice(-3000)}`);
  out('astro_build.seconds', (performance.now() - started) / 1000);
  const num = (re: RegExp) => Number(re.exec(r.stderr)?.[1] ?? NaN);
  // Note: CPU seconds vary less than wall seconds on a shared machine.
  out('astro_build.cpu_seconds', num(/User time \(seconds\): ([\d.]+)/) + num(/System time \(seconds\): ([\d.]+)/));
  out('astro_build.peak_rss_mb', Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1]) / 1024);
  out('astro_build.pages', Number(/(\d+) page\(s\) built/.exec(r.stdout)?.[1]));
}

const { server, url } = await serve(dist, '/');
const browser = await launch();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const ready: number[] = [];
const answered: number[] = [];
let bytes = { raw: 0, gzip: 0, files: 0 };
for (let run = 0; run < Number(opts.runs); run++) {
  // Note: a fresh context each run, so nothing comes from the cache.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const bodies: Promise<Buffer>[] = [];
  page.on('response', (res) => void bodies.push(res.body().catch(() => Buffer.alloc(0))));
  await page.goto(`${url}/explorer/`);
  await page.waitForSelector('#explorer[data-ready="true"]', { timeout: 60_000 });
  ready.push(await page.evaluate(() => performance.getEntriesByName('explorer-ready')[0]!.startTime));
  // The heaviest actor of the no-JavaScript table, searched as a reader would.
  const name = (await page.locator('.explorer-fallback tbody td:first-child').first().textContent())!.trim();
  // Note: timed inside the page (typing, choosing the first suggestion, the next frame drawn), without the driver's round trips.
  answered.push(
    await page.evaluate(async (text) => {
      const t0 = performance.now();
      const input = document.querySelector<HTMLInputElement>('#explorer-search')!;
      input.value = text;
      input.dispatchEvent(new Event('input'));
      document.querySelector<HTMLButtonElement>('#explorer-suggestions button')!.click();
      await new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
      if (document.querySelector('#explorer-panel')!.hasAttribute('hidden')) throw new Error('no neighbourhood shown');
      return performance.now() - t0;
    }, name),
  );
  const all = await Promise.all(bodies);
  bytes = { raw: all.reduce((n, b) => n + b.length, 0), gzip: all.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0), files: all.length };
  await context.close();
}
out('explorer.first_interaction_ms', median(ready));
out('explorer.first_interaction_ms_max', Math.max(...ready));
out('explorer.search_to_neighbourhood_ms', median(answered));
out('explorer.files', bytes.files);
out('explorer.raw_kb', bytes.raw / 1024);
out('explorer.gzip_kb', bytes.gzip / 1024);
await browser.close();
server.close();

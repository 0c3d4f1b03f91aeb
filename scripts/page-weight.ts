// Prints what a reader downloads for the seed's briefing page, and fails when it exceeds the budget.
// Usage: npm run page-weight -- [--dist dist] [--content content] [--seed 000_57039be82140cf9d.txt] [--budget 60]
// Counts the HTML, stylesheets, fonts and the scripts the page loads at once; Mermaid (imported lazily
// when a diagram is on screen) and Pagefind (search page only) are reported apart, not counted.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import matter from 'gray-matter';

const { values: opts } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    content: { type: 'string', default: process.env.DOSSIER_CONTENT ?? 'content' },
    seed: { type: 'string', default: '000_57039be82140cf9d.txt' },
    budget: { type: 'string', default: '60' },
  },
});
const dist = resolve(opts.dist);
/** The base path the site was built for (DOSSIER_BASE), as a prefix to strip from URLs. */
const base = `/${(process.env.DOSSIER_BASE ?? '').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

/** The slug of the briefing generated from `seed`, read from the briefings' front matter. */
function slugOfSeed(contentDir: string, seed: string): string {
  const folder = join(contentDir, 'briefings');
  for (const name of readdirSync(folder).filter((n) => n.endsWith('.md'))) {
    const data = matter(readFileSync(join(folder, name), 'utf8')).data as { seed?: string; slug?: string };
    if (data.seed === seed && data.slug) return data.slug;
  }
  throw new Error(`No briefing in ${folder} has \`seed: ${seed}\`; expected one of the seeds' file names`);
}

/** A site URL (`/_astro/x.js`, relative to `from`) as a file in dist/. */
function fileOf(url: string, from: string): string {
  const path = url.split(/[?#]/)[0] ?? url;
  if (!path.startsWith('/')) return join(dirname(from), path);
  return join(dist, path.startsWith(base) ? path.slice(base.length) : path);
}

/** Files a page fetches at load: stylesheets, icons, fonts, scripts (not `import()`ed chunks). */
function loadedBy(file: string, text: string): string[] {
  const refs = [
    ...text.matchAll(/<link[^>]+rel="(?:stylesheet|modulepreload|preload|icon)"[^>]*href="([^"]+)"/g),
    ...text.matchAll(/<script[^>]+src="([^"]+)"/g),
    ...text.matchAll(/url\((?!data:)['"]?([^'")]+\.(?:woff2?|ttf|otf))['"]?\)/g),
    ...text.matchAll(/(?:^|[;}\s])import\s*(?:[\w{}\s,*$]+from\s*)?["']([^"']+\.m?js)["']/g),
  ];
  return refs.map((m) => fileOf(m[1] ?? '', file));
}

/** Every file reachable from `entry` by static references, the entry included. */
function closure(entry: string): string[] {
  const seen = new Set<string>();
  const walk = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (/\.(html|css|m?js)$/.test(file)) loadedBy(file, readFileSync(file, 'utf8')).forEach(walk);
  };
  walk(entry);
  return [...seen];
}

/** Raw and gzip bytes of a file. */
function size(file: string): { raw: number; gzip: number } {
  const bytes = readFileSync(file);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** Kilobytes with one decimal. */
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** Prints a table of files and returns the gzip total. */
function report(title: string, files: string[]): number {
  console.log(title);
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const s = size(file);
    raw += s.raw;
    gzip += s.gzip;
    console.log(`  ${file.slice(dist.length + 1).padEnd(60)} ${kb(s.raw).padStart(10)} ${kb(s.gzip).padStart(10)} gzip`);
  }
  console.log(`  ${'total'.padEnd(60)} ${kb(raw).padStart(10)} ${kb(gzip).padStart(10)} gzip`);
  return gzip;
}

const slug = slugOfSeed(resolve(opts.content), opts.seed);
const page = join(dist, 'briefings', slug, 'index.html');
const initial = closure(page);
const transferred = report(`Briefing page for ${opts.seed} (/briefings/${slug}/), loaded at once:`, initial);
/** Mermaid's entry and the lazy chunks a flowchart laid out by dagre loads, as copied by astro.config.mjs. */
function mermaidFlowchart(): string[] {
  const folder = join(dist, '_mermaid');
  const chunks = join(folder, 'chunks', 'mermaid.esm.min');
  if (!existsSync(chunks)) return [];
  const lazy = readdirSync(chunks).filter((n) => /^(?:flowDiagram|dagre)-.*\.mjs$/.test(n)).map((n) => join(chunks, n));
  return [...new Set([join(folder, 'mermaid.esm.min.mjs'), ...lazy].flatMap(closure))];
}

const mermaid = mermaidFlowchart();
if (mermaid.length > 0) report('Mermaid for a flowchart, imported only on pages with a diagram (not counted):', mermaid);
const budget = Number(opts.budget) * 1024;
console.log(`Transfer without Mermaid: ${kb(transferred)} gzip of a ${kb(budget)} budget: ${transferred <= budget ? 'OK' : 'OVER'}`);
if (transferred > budget) process.exitCode = 1;

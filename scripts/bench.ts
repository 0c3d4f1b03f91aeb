// npm run bench -- [--seeds DIR] [--skip-site] [--keep]
// Times generation and the site build on a corpus (default: the 2,225 BBC
// articles in ../shared/corpus/bbc) in a temporary folder, and prints one
// `key: value` line per number, for scripts to read. Steps, each a real
// child process measured by /usr/bin/time (wall and CPU seconds, peak RSS):
//   full       every seed, empty cache
//   rerun      nothing changed
//   add-one    three seeds held back from `full` are added, one run each;
//              add_one.* is the median run (by wall seconds), add_one_<n>.* each
//   lexicon    a curated alias is added to a copy of the lexicon
//   site       astro build + pagefind on the generated content
// Wall seconds depend on what else runs on the machine; CPU seconds less so.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import matter from 'gray-matter';
import { parseArgs } from './lib/args.ts';

const repo = path.resolve(import.meta.dirname, '..');
const args = parseArgs(process.argv.slice(2), { seeds: 'string', 'skip-site': 'boolean', keep: 'boolean' });
const source = path.resolve(String(args.seeds ?? path.join(repo, '../shared/corpus/bbc')));
const tmp = mkdtempSync(path.join(tmpdir(), 'dossier-bench-'));
const env = { ...process.env, PATH: `${path.join(repo, 'node_modules/.bin')}:${process.env.PATH}` };

/** Prints one machine-readable line. */
function out(key: string, value: string | number): void {
  console.log(`${key}: ${typeof value === 'number' ? +value.toFixed(3) : value}`);
}

interface Timed {
  status: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
  cpu: number;
  rssMb: number;
}

/** Runs a command under /usr/bin/time -v; wall seconds measured here, CPU and peak RSS (largest process) from time. */
function timed(cmd: string[], cwd: string, extraEnv: Record<string, string> = {}): Timed {
  const started = performance.now();
  const r = spawnSync('/usr/bin/time', ['-v', ...cmd], { cwd, env: { ...env, ...extraEnv }, encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = (performance.now() - started) / 1000;
  const num = (re: RegExp) => Number(re.exec(r.stderr)?.[1] ?? NaN);
  const cpu = num(/User time \(seconds\): ([\d.]+)/) + num(/System time \(seconds\): ([\d.]+)/);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, seconds, cpu, rssMb: num(/Maximum resident set size \(kbytes\): (\d+)/) / 1024 };
}

const content = path.join(tmp, 'content');
const cache = path.join(tmp, 'cache');
const seedsDir = path.join(tmp, 'seeds');

/** Runs generate on the temporary corpus and prints its numbers under `step`. */
function generate(step: string, extra: string[] = []): Timed {
  const r = run(step, extra);
  report(step, r);
  return r;
}

function run(step: string, extra: string[] = []): Timed {
  const r = timed(['node', path.join(repo, 'scripts/generate.ts'), '--seeds', seedsDir, '--out', content, '--cache', cache, '--skip-invalid', '--timings', ...extra], repo);
  if (r.status !== 0) throw new Error(`bench: generate (${step}) exited ${r.status}:\n${r.stderr.slice(-2000)}`);
  return r;
}

/** Prints a generate run's numbers under `step`. */
function report(step: string, r: Timed): void {
  const written = /generate: (\d+) written, (\d+) removed, (\d+) unchanged/.exec(r.stderr);
  const cached = /generate: (\d+) of (\d+) seeds from the cache, (\d+) processed on (\d+) thread\(s\); (\d+) renderings reused, (\d+) rendered on (\d+) thread/.exec(r.stderr);
  out(`${step}.seconds`, r.seconds);
  out(`${step}.cpu_seconds`, r.cpu);
  out(`${step}.peak_rss_mb`, r.rssMb);
  out(`${step}.files_written`, Number(written?.[1]));
  out(`${step}.files_removed`, Number(written?.[2]));
  out(`${step}.seeds_processed`, Number(cached?.[3]));
  out(`${step}.threads`, Number(cached?.[4]));
  out(`${step}.pages_rendered`, Number(cached?.[6]));
  out(`${step}.render_threads`, Number(cached?.[7]));
  for (const m of r.stderr.matchAll(/^timing ([\w:-]+): (\d+) ms$/gm)) out(`${step}.ms.${m[1]}`, Number(m[2]));
}

/** Adds each held-back seed in turn, one run each; prints each run, then the median run as add_one. */
function addOneByOne(held: string[]): void {
  const runs: { r: Timed; files: number; seed: string }[] = [];
  held.forEach((seed, i) => {
    cpSync(path.join(source, seed), path.join(seedsDir, seed));
    const before = stamps();
    const r = run(`add_one_${i + 1}`);
    out(`add_one_${i + 1}.seed`, seed);
    report(`add_one_${i + 1}`, r);
    changes(`add_one_${i + 1}`, before);
    runs.push({ r, files: Number(/generate: (\d+) written/.exec(r.stderr)?.[1]), seed });
  });
  const median = [...runs].sort((a, b) => a.r.seconds - b.r.seconds)[runs.length >> 1]!;
  out('add_one.seed', median.seed);
  report('add_one', median.r);
  out('add_one.max_seconds', Math.max(...runs.map((x) => x.r.seconds)));
}

/** Generated files by path with their modification time: a rewritten file gets a new one. */
function stamps(): Map<string, number> {
  return new Map((readdirSync(content, { recursive: true }) as string[]).filter((f) => f.endsWith('.md')).map((f) => [f, statSync(path.join(content, f)).mtimeMs]));
}

/** Prints how many files of each folder `step` wrote or removed, with a few names. */
function changes(step: string, before: Map<string, number>): void {
  const after = stamps();
  const changed = [...after].filter(([f, t]) => before.get(f) !== t).map(([f]) => f);
  const removed = [...before.keys()].filter((f) => !after.has(f));
  for (const dir of ['briefings', 'actors']) {
    const mine = changed.filter((f) => f.startsWith(`${dir}/`));
    out(`${step}.written.${dir}`, mine.length);
    if (mine.length && mine.length <= 30) out(`${step}.written.${dir}.names`, mine.map((f) => path.basename(f, '.md')).join(' '));
  }
  out(`${step}.written.other`, changed.filter((f) => !/^(briefings|actors)\//.test(f)).length);
  if (removed.length) out(`${step}.removed.names`, removed.slice(0, 30).join(' '));
}

/** Seeds held back from `full`, to add one at a time: near the end, the middle and the start, in name order, skipping exact duplicates. */
const heldBackCount = 3;

/** Copies the corpus's seed files (not its top-level README) into the temporary folder, holding some back; returns their paths. */
function copySeeds(): string[] {
  const files = (readdirSync(source, { recursive: true }) as string[])
    .filter((f) => /\.(?:txt|md)$/i.test(f) && !/^readme\./i.test(f) && statSync(path.join(source, f)).isFile())
    .sort();
  if (files.length <= heldBackCount) throw new Error(`bench: need more than ${heldBackCount} .txt or .md seeds under ${source}`);
  // Note: adding a duplicate writes nothing, which would flatter the numbers.
  const copies = new Map<string, number>();
  const hashes = files.map((f) => createHash('sha256').update(readFileSync(path.join(source, f))).digest('hex'));
  for (const h of hashes) copies.set(h, (copies.get(h) ?? 0) + 1);
  const unique = files.filter((_, i) => copies.get(hashes[i]!) === 1);
  const held = [...new Set([unique.length - 1, unique.length >> 1, 0])].map((i) => unique[i]!);
  for (const f of files) if (!held.includes(f)) cpSync(path.join(source, f), path.join(seedsDir, f));
  out('corpus', source);
  out('seeds', files.length);
  out('held_back_seeds', held.join(' '));
  return held;
}

/** Actor pages: how many, how many in only one briefing, and the 20 most connected (distinct relation partners, then briefings). */
function actorStats(): void {
  const dir = path.join(content, 'actors');
  const pages = readdirSync(dir).map((f) => matter(readFileSync(path.join(dir, f), 'utf8')).data as { id: string; name: string; briefings: string[]; relations: { other: string }[] });
  out('actors.pages', pages.length);
  out('actors.in_one_briefing', pages.filter((p) => p.briefings.length === 1).length);
  const ranked = pages
    .map((p) => ({ id: p.id, name: p.name, partners: new Set(p.relations.map((r) => r.other)).size, briefings: p.briefings.length }))
    .sort((a, b) => b.partners - a.partners || b.briefings - a.briefings || (a.id < b.id ? -1 : 1));
  ranked.slice(0, 20).forEach((p, i) => out(`actors.top.${i + 1}`, `${p.id} partners=${p.partners} briefings=${p.briefings} name=${JSON.stringify(p.name)}`));
}

/** Builds the site from the generated content in a copy of the project, running each `&&` part of package.json's build:site under time. */
function siteBuild(): void {
  const pkg = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const script = pkg.scripts['build:site'];
  if (!script || !existsSync(path.join(repo, 'astro.config.mjs'))) return out('site', 'skipped (no build:site script or astro.config.mjs)');
  const site = path.join(tmp, 'site');
  for (const f of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) if (existsSync(path.join(repo, f))) cpSync(path.join(repo, f), path.join(site, f), { recursive: true });
  symlinkSync(path.join(repo, 'node_modules'), path.join(site, 'node_modules'));
  let seconds = 0;
  for (const part of script.split('&&').map((p) => p.trim())) {
    const step = part.split(/\s+/)[0]!;
    const r = timed(['sh', '-c', part], site, { DOSSIER_CONTENT: content });
    if (r.status !== 0) return out('site', `failed (${step} exited ${r.status}: ${failure(r.stdout + r.stderr)})`);
    out(`site.${step}.seconds`, r.seconds);
    out(`site.${step}.cpu_seconds`, r.cpu);
    out(`site.${step}.peak_rss_mb`, r.rssMb);
    const indexed = /Indexed (\d+) pages?/i.exec(r.stdout + r.stderr)?.[1];
    if (indexed) out('site.search_pages_indexed', Number(indexed));
    seconds += r.seconds;
  }
  out('site.seconds', seconds);
  out('site.pages', (readdirSync(path.join(site, 'dist'), { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).length);
}

/** The last meaningful lines of a failed command's output, without /usr/bin/time's report. */
function failure(text: string): string {
  const lines = text.split('\n').filter((l) => l.trim() && !/^\s/.test(l) && !/^Command (exited|being timed)/.test(l));
  return lines.slice(-4).join(' | ');
}

out('tmp', tmp);
mkdirSync(seedsDir, { recursive: true });
const held = copySeeds();
const full = generate('full');
const briefings = readdirSync(path.join(content, 'briefings')).length;
out('full.briefings', briefings);
out('full.articles_per_second', briefings / full.seconds);
out('full.duplicates', (full.stderr.match(/^duplicate: /gm) ?? []).length);
out('full.refused', (full.stderr.match(/^refused: /gm) ?? []).length);
generate('rerun');
addOneByOne(held);
const lexicon = path.join(tmp, 'lexicon');
cpSync(path.join(repo, 'src/lexicon'), lexicon, { recursive: true });
appendFileSync(path.join(lexicon, 'curated.tsv'), 'alias\tMr Brown\tgordon-brown\n');
const beforeLexicon = stamps();
generate('lexicon', ['--lexicon', lexicon]);
changes('lexicon', beforeLexicon);
actorStats();
if (args['skip-site']) out('site', 'skipped (--skip-site)');
else siteBuild();
if (!args.keep) rmSync(tmp, { recursive: true, force: true });

// npm run generate -- [--seeds DIR] [--out DIR] [--skip-invalid] [--check] [--max-bytes N]
//                     [--cache DIR | --no-cache] [--threads N] [--lexicon DIR] [--timings]
// Reads seeds, builds every briefing and actor page, the network page and
// the report, and writes content/.
// A refused seed stops the run before anything is written, unless
// --skip-invalid; --check writes nothing and exits 1 when content/ differs.
// The generation itself is src/generate; this shell passes it the memos on
// disk in .cache/generate (disk-memos.ts) and worker threads
// (worker-run.ts), and writes what it returns. The output is the same with
// --no-cache.
// One run at a time: a run locks the content folder and the cache, and a
// second run refuses with a clear error (scripts/lib/run-lock.ts). A folder
// that cannot be listed stops the run, --skip-invalid or not.
import path from 'node:path';
import { generate } from '../../src/generate/index.ts';
import { contentHash } from '../../src/generate/output.ts';
import { loadLexicon } from '../../src/lexicon/load.ts';
import { parseArgs } from './args.ts';
import { printable } from '../../src/util/printable.ts';
import { diskMemos } from './disk-memos.ts';
import { acquireLock, LockedError } from './run-lock.ts';
import { readSeeds } from './seeds.ts';
import { workerRun } from './worker-run.ts';
import { differences, recoverContent, writeContent } from './write-content.ts';

// Note: performance.now() counts from the process's start: this is Node's start-up and module loading.
const startup = performance.now();
const args = parseArgs(process.argv.slice(2), {
  seeds: 'string', out: 'string', 'skip-invalid': 'boolean', check: 'boolean', 'max-bytes': 'string',
  cache: 'string', 'no-cache': 'boolean', threads: 'string', lexicon: 'string', timings: 'boolean',
});
const seedsDir = path.resolve(String(args.seeds ?? 'seeds'));
const outDir = path.resolve(String(args.out ?? 'content'));
const maxBytes = Number(args['max-bytes'] ?? 2 * 1024 * 1024);

const cacheDir = args['no-cache'] ? undefined : path.resolve(String(args.cache ?? '.cache/generate'));
const threads = args.threads === undefined ? undefined : Number(args.threads);
if (threads !== undefined && !(Number.isInteger(threads) && threads >= 1)) throw new Error(`--threads ${args.threads}: expected a whole number of at least 1`);

/** One line on stderr; names in it are escaped, so a file name cannot forge a line. */
const say = (line: string) => process.stderr.write(`${printable(line)}\n`);

try {
  acquireLock(outDir);
  if (cacheDir) acquireLock(cacheDir);
} catch (e) {
  if (!(e instanceof LockedError)) throw e;
  say(`generate: ${e.message}`);
  process.exit(1);
}

// Note: the default folder is named from here, not left to load.ts, whose own location a bundle would not keep.
const lex = loadLexicon(args.lexicon ? path.resolve(String(args.lexicon)) : path.resolve(import.meta.dirname, '../../src/lexicon'));
const readStarted = performance.now();
const read = readSeeds(seedsDir, maxBytes);
const readSeedsMs = performance.now() - readStarted;
if (read.unlisted.length) {
  for (const r of read.unlisted) say(`unlisted: ${r.seed}: ${r.reason}`);
  // Note: --skip-invalid skips seeds it could read and refuse; the seeds of an unlisted folder are unknown, and skipping them would remove their pages.
  say(`generate: ${read.unlisted.length} folder(s) of ${seedsDir} cannot be listed; ${outDir} left as it was (fix the folder's permissions and run again)`);
  process.exit(1);
}
say(`generate: ${read.seeds.length} seeds from ${seedsDir}`);
const run = workerRun({ ...(threads ? { threads } : {}), progress: progressLine() });
const memosStarted = performance.now();
const cacheWarnings: string[] = [];
// Note: --check renders every page rather than trusting the render memo's hashes: it compares the disk with what generation writes, not with what the cache remembers of it.
const memos = cacheDir ? diskMemos(cacheDir, { warn: (line) => cacheWarnings.push(line), reuseRenders: !args.check }) : {};
const codeVersionMs = performance.now() - memosStarted;
const result = await generate(read.seeds, lex, { ...memos, run, unread: read.refused });
const st = result.stats;
say(`generate: ${st.cached} of ${st.seeds} seeds from the cache, ${st.processed} processed on ${st.threads} thread(s); ${st.rendersReused} renderings reused, ${st.rendered} rendered on ${st.renderThreads} thread(s)`);
for (const w of cacheWarnings) say(`generate: warning: ${w}`);
if (st.cacheError) say(`generate: cache not saved (${st.cacheError}); the next run will redo the work`);
const refused = result.refused;

for (const [dup, first] of result.duplicates) say(`duplicate: ${dup} repeats ${first} byte for byte; published once`);
for (const r of refused) say(`refused: ${r.seed}: ${r.reason}`);
if (refused.length && !args['skip-invalid']) {
  say(`generate: ${refused.length} seed(s) refused; ${outDir} left as it was (use --skip-invalid to publish the rest)`);
  process.exit(1);
}

if (args.check) {
  recoverContent(outDir);
  const diff = differences(outDir, result.outputs);
  for (const f of diff) say(`differs: ${path.join(outDir, f)}`);
  say(diff.length ? `generate --check: ${diff.length} file(s) differ from what generation would write` : 'generate --check: content is up to date');
  process.exit(diff.length ? 1 : 0);
}

// Note: the manifest of what was written lives in the cache, one per content folder, so content/ holds only pages.
const manifest = cacheDir && path.join(cacheDir, 'written', `${contentHash(outDir).slice(0, 16)}.json`);
const writeStarted = performance.now();
const stats = writeContent(outDir, result.outputs, manifest ? { manifest } : {});
const timings = { startup, 'read-seeds': readSeedsMs, 'code-version': codeVersionMs, ...st.ms, write: performance.now() - writeStarted };
if (args.timings) for (const [k, t] of Object.entries(timings)) say(`timing ${k}: ${t.toFixed(0)} ms`);
const briefings = result.briefings.length;
const actors = [...result.outputs.keys()].filter((f) => f.startsWith('actors/')).length;
const relations = result.briefings.reduce((n, b) => n + b.relations.length, 0);
const seconds = (performance.now() / 1000).toFixed(2);
say(`generate: ${stats.written.length} written, ${stats.removed.length} removed, ${stats.unchanged} unchanged`);
console.log(`seeds ${read.seeds.length + read.refused.length}, briefings ${briefings}, actors ${actors}, relations ${relations}, warnings ${result.warnings.length + refused.length}, seconds ${seconds}`);

/** Progress on stderr, every 100 seeds, for runs long enough to want it. */
function progressLine(): (done: number, total: number) => void {
  let shown = 0;
  return (done, total) => {
    if (total < 200 || (done - shown < 100 && done < total)) return;
    shown = done;
    say(`generate: ${done}/${total} seeds processed`);
  };
}

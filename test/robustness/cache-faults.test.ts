// A damaged cache costs time, never a crash or a wrong page (issue 14.1).
// A real cache (seed shards, render memo shards, the manifest of what was
// written) is made from a few seeds; then, one at a time, each of 200
// random bytes of it is changed, and a run on a changed seed set, in
// process, must neither throw nor write anything but what a clean run
// writes. The byte positions come from a fixed seed, so a failure repeats.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSharded, shardBytes, writeSharded } from '../../scripts/lib/cache-store.ts';
import { diskMemos } from '../../scripts/lib/disk-memos.ts';
import { differences, writeContent } from '../../scripts/lib/write-content.ts';
import { generate } from '../../src/generate/index.ts';
import { contentHash } from '../../src/generate/output.ts';
import { loadLexicon, type Lexicon } from '../../src/lexicon/load.ts';
import type { SeedFile } from '../../src/pipeline/types.ts';
import { generateFiles } from '../generate-files.ts';
import { fictionalSeed, snapshot, tempDir } from './helpers.ts';

const seedsOf = (texts: string[]): SeedFile[] => texts.map((t, i) => ({ name: `s${i}.txt`, bytes: Buffer.from(t) }));
/** The seeds the cache is made from, and the seeds of the faulty runs: one changed, so pages must be rewritten and the manifest matters. */
const before = seedsOf(Array.from({ length: 5 }, (_, i) => fictionalSeed(i)));
const after = seedsOf(Array.from({ length: 5 }, (_, i) => fictionalSeed(i, i === 2 ? 1 : 0)));

/** Every file under `dir`, relative path → bytes. */
function files(dir: string): Map<string, Buffer> {
  return new Map(readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile())
    .map((e) => [path.relative(dir, path.join(e.parentPath, e.name)), readFileSync(path.join(e.parentPath, e.name))]));
}

function restore(dir: string, from: Map<string, Buffer>): void {
  rmSync(dir, { recursive: true, force: true });
  for (const [rel, bytes] of from) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), bytes);
  }
}

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** generate() with its memos in `cacheDir`, as scripts/lib/generate-cli.ts passes them; `warnings` are the lines the memos dropped. */
async function cachedBuild(seeds: SeedFile[], lex: Lexicon, cacheDir: string, opts: { check?: boolean } = {}) {
  const cacheWarnings: string[] = [];
  const memos = diskMemos(cacheDir, { warn: (line) => cacheWarnings.push(line), reuseRenders: !opts.check });
  return { ...(await generate(seeds, lex, memos)), cacheWarnings };
}

/** One generate run in process: the cached build, then the write, as scripts/lib/generate-cli.ts does them. */
async function run(lex: Lexicon, cacheDir: string, out: string) {
  const result = await cachedBuild(after, lex, cacheDir);
  writeContent(out, result.outputs, { manifest: path.join(cacheDir, 'written', 'content.json') });
  return result;
}

let lex: Lexicon;
let root = '';
let cleanCache = new Map<string, Buffer>();
let oldContent = new Map<string, Buffer>();
let expected = new Map<string, string>();

beforeAll(async () => {
  lex = loadLexicon();
  root = tempDir('faults');
  const [cacheDir, out] = [path.join(root, 'cache'), path.join(root, 'out')];
  const made = await cachedBuild(before, lex, cacheDir);
  writeContent(out, made.outputs, { manifest: path.join(cacheDir, 'written', 'content.json') });
  [cleanCache, oldContent] = [files(cacheDir), files(out)];
  const clean = path.join(root, 'clean');
  writeContent(clean, (await generateFiles(after, lex)).outputs);
  expected = snapshot(clean);
});

describe('a damaged cache', () => {
  it('flipping each of 200 random bytes, one at a time: no crash, and the content of a clean run', async () => {
    const [cacheDir, out] = [path.join(root, 'cache'), path.join(root, 'out')];
    const names = [...cleanCache.keys()].sort();
    const total = names.reduce((n, f) => n + cleanCache.get(f)!.length, 0);
    const next = random(14);
    const counts = { flips: 0, crashes: 0, wrong: 0, warned: 0 };
    const failures: string[] = [];
    for (let i = 0; i < 200; i++) {
      let at = Math.floor(next() * total);
      const file = names.find((f) => (at < cleanCache.get(f)!.length ? true : ((at -= cleanCache.get(f)!.length), false)))!;
      const damaged = new Map(cleanCache);
      const bytes = Buffer.from(cleanCache.get(file)!);
      bytes[at] = bytes[at]! ^ (1 + Math.floor(next() * 255));
      damaged.set(file, bytes);
      restore(cacheDir, damaged);
      restore(out, oldContent);
      counts.flips++;
      try {
        const result = await run(lex, cacheDir, out);
        if (result.cacheWarnings.length) counts.warned++;
        const got = snapshot(out);
        if (JSON.stringify([...got]) !== JSON.stringify([...expected])) {
          counts.wrong++;
          failures.push(`${file} byte ${at}: output differs`);
        }
      } catch (e) {
        counts.crashes++;
        failures.push(`${file} byte ${at}: ${(e as Error).message}`);
      }
    }
    console.log(`cache faults: ${counts.flips} flips over ${names.length} files (${total} bytes); ${counts.crashes} crashes, ${counts.wrong} wrong outputs, ${counts.warned} runs warned of a dropped shard or entry`);
    expect(failures).toEqual([]);
    expect(counts.warned).toBeGreaterThan(100);
  }, 120_000);

  it('is healed by the run that finds it: the next run reuses everything and warns of nothing', async () => {
    const [cacheDir, out] = [path.join(root, 'cache'), path.join(root, 'out')];
    restore(cacheDir, cleanCache);
    const shard = [...cleanCache.keys()].find((f) => f.startsWith('seeds/'))!;
    const bytes = Buffer.from(cleanCache.get(shard)!);
    bytes[bytes.length - 3] = bytes[bytes.length - 3]! ^ 0x20;
    writeFileSync(path.join(cacheDir, shard), bytes);
    const first = await run(lex, cacheDir, out);
    expect(first.cacheWarnings.join('\n')).toMatch(/checksum mismatch/);
    const second = await run(lex, cacheDir, out);
    expect(second.cacheWarnings).toEqual([]);
    expect(second.stats.processed).toBe(0);
    expect(snapshot(out)).toEqual(expected);
  });
});

describe('--check (the render memo not reused)', () => {
  it('compares the disk with what generation writes, not with the hashes the render memo remembers', async () => {
    const [cacheDir, out] = [path.join(root, 'cache'), path.join(root, 'out')];
    restore(cacheDir, cleanCache);
    restore(out, oldContent);
    await run(lex, cacheDir, out);
    // A memo whose shards are well-formed but lie: the page's hash is that of the text now on disk, edited.
    const memoDir = path.join(cacheDir, readdirSync(cacheDir).find((d) => d.startsWith('render-'))!);
    const memo = readSharded<{ briefings: Record<string, string>; actors: Record<string, unknown> }>(memoDir, ['briefings', 'actors'], { name: 'render/1' });
    const page = readdirSync(path.join(out, 'briefings'))[0]!;
    const original = readFileSync(path.join(out, 'briefings', page), 'utf8');
    const edited = original.replace(/talks/, 'shock§ng');
    writeFileSync(path.join(out, 'briefings', page), edited);
    const lie = Object.fromEntries(Object.entries(memo.briefings).map(([k, h]) => [k, h === contentHash(original) ? contentHash(edited) : h]));
    rmSync(memoDir, { recursive: true });
    writeSharded(memoDir, { briefings: lie, actors: memo.actors }, { briefings: {}, actors: {} }, { name: 'render/1' });
    const trusting = await cachedBuild(after, lex, cacheDir);
    expect(differences(out, trusting.outputs)).toEqual([]);
    const checking = await cachedBuild(after, lex, cacheDir, { check: true });
    expect(differences(out, checking.outputs)).toEqual([`briefings/${page}`]);
  });
});

describe('shard files', () => {
  it('open with their format and checksum', () => {
    expect(shardBytes({ a: { '00': 1 } }, { name: 'x/1' }).toString('latin1')).toMatch(/^dossier-shard\/1 x\/1 [0-9a-f]{64}\n/);
  });
});

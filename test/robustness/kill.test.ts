// Kills real `generate` runs at different moments and checks that the
// content folder is then, as a whole, either as it was or as the run would
// have left it: never a mix, never a truncated page, never a stray temporary.
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recoverContent } from '../../scripts/lib/write-content.ts';
import { fictionalSeed, generate, snapshot, startGenerate, tempDir, writeSeeds } from './helpers.ts';

// Old seeds: 0..219. New seeds: 0..79 rewritten, 80..179 as they were, 180..219 gone, 220..259 added.
const oldSeeds = Object.fromEntries(Array.from({ length: 220 }, (_, i) => [`seed-${i}.txt`, fictionalSeed(i)]));
const newSeeds = Object.fromEntries(Array.from({ length: 260 }, (_, i) => i).filter((i) => i < 180 || i >= 220).map((i) => [`seed-${i}.txt`, fictionalSeed(i, i < 80 ? 1 : 0)]));

let root = '';
let before = new Map<string, string>();
let after = new Map<string, string>();
let fullRun = 0;
const generated = (snap: Map<string, string>) => new Map([...snap].filter(([f]) => /^(?:briefings|actors)\//.test(f)));

beforeAll(() => {
  root = tempDir('kill');
  for (const [dir, seeds] of [['old-seeds', oldSeeds], ['new-seeds', newSeeds]] as const) {
    mkdirSync(path.join(root, dir));
    writeSeeds(path.join(root, dir), seeds);
  }
  expect(generate(['--seeds', path.join(root, 'old-seeds'), '--out', path.join(root, 'old')]).status).toBe(0);
  cpSync(path.join(root, 'old'), path.join(root, 'new'), { recursive: true });
  const started = performance.now();
  expect(generate(['--seeds', path.join(root, 'new-seeds'), '--out', path.join(root, 'new')]).status).toBe(0);
  fullRun = performance.now() - started;
  before = generated(snapshot(path.join(root, 'old')));
  after = generated(snapshot(path.join(root, 'new')));
  expect(before).not.toEqual(after);
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

type Moment = { label: string; delay?: number; fraction?: number; when?: 'staging' | 'commit' };
const moments: Moment[] = [
  { label: 'after 50 ms', delay: 50 },
  { label: 'after 150 ms', delay: 150 },
  { label: 'after 300 ms', delay: 300 },
  { label: 'at 90% of a full run', fraction: 0.9 },
  { label: 'at 98% of a full run', fraction: 0.98 },
  { label: 'as soon as the staging folder appears', when: 'staging' },
  { label: 'as soon as the commit marker appears', when: 'commit' },
];

/** Starts a run on a copy of the old content and kills it at `moment`; resolves with the content folder. */
async function killedRun(moment: Moment, out: string): Promise<{ out: string; signal: string | null; staged: boolean }> {
  cpSync(path.join(root, 'old'), out, { recursive: true });
  const child = startGenerate(['--seeds', path.join(root, 'new-seeds'), '--out', out]);
  const exited = new Promise<string | null>((resolve) => child.on('exit', (_, signal) => resolve(signal)));
  const stage = path.join(out, `.staging-${child.pid}`);
  const kill = () => child.kill('SIGKILL');
  if (moment.when) {
    const target = moment.when === 'staging' ? stage : path.join(stage, 'COMMIT');
    const poll = setInterval(() => { if (existsSync(target)) { clearInterval(poll); kill(); } }, 1);
    void exited.then(() => clearInterval(poll));
  } else {
    setTimeout(kill, moment.delay ?? Math.round(fullRun * moment.fraction!));
  }
  const signal = await exited;
  return { out, signal, staged: existsSync(stage) };
}

describe('a run killed at any moment', () => {
  it.each(moments)('$label: every page is old or new, and the folder is wholly old or wholly new after recovery', async (moment) => {
    // A run that finished before its kill proves nothing: on a busy machine the poll can miss a short
    // staging phase, so a watched moment is tried a few times; only the fractions of a full run may miss.
    let attempt = 0;
    let run = await killedRun(moment, path.join(root, `killed-${moments.indexOf(moment)}-${attempt}`));
    while (moment.when && !run.signal && ++attempt < 5) run = await killedRun(moment, path.join(root, `killed-${moments.indexOf(moment)}-${attempt}`));
    const { out, signal, staged } = run;
    if (!moment.fraction) expect(signal).toBe('SIGKILL');
    const visible = generated(snapshot(out));
    for (const [file, bytes] of visible) {
      expect(file, 'a temporary or unknown file is visible').toMatch(/^(?:briefings|actors)\/[^/.][^/]*\.md$/);
      expect(bytes === before.get(file) || bytes === after.get(file), `${file} is neither old nor new`).toBe(true);
    }
    recoverContent(out);
    const recovered = generated(snapshot(out));
    const state = recovered.size === before.size && [...recovered].every(([f, b]) => before.get(f) === b) ? 'old'
      : recovered.size === after.size && [...recovered].every(([f, b]) => after.get(f) === b) ? 'new' : 'mixed';
    console.log(`${signal ? 'killed' : 'finished before the kill'} ${moment.label}: ${staged ? 'staging folder left, ' : ''}content ${state} after recovery (full run ${Math.round(fullRun)} ms)`);
    expect(state).not.toBe('mixed');
    expect([...snapshot(out).keys()].some((f) => f.startsWith('.staging-'))).toBe(false);
  });
});

// Faults an operator meets on a bad day (issue 14): two runs at once, a
// stale lock, a folder that cannot be listed, a file name with a newline, a
// disk that refuses writes, a decided write that cannot be finished. Each
// ends in one clean run's output or one clear line, never a mixed folder, a
// forged line or a stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockName } from '../../scripts/lib/run-lock.ts';
import { fictionalSeed, generate, generateAsync, snapshot, tempDir, writeSeeds } from './helpers.ts';

let root = '';
const seedSet = (n: number, version: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`seed-${i}.txt`, fictionalSeed(i + version * 7, version)]));

/** A seeds folder with `seeds`, and the content a clean run writes from it. */
function prepared(label: string, seeds: Record<string, string>): { seeds: string; content: Map<string, string> } {
  const dir = path.join(root, label);
  mkdirSync(path.join(dir, 'seeds'), { recursive: true });
  writeSeeds(path.join(dir, 'seeds'), seeds);
  const run = generate(['--seeds', path.join(dir, 'seeds'), '--out', path.join(dir, 'clean')]);
  expect(run.status, run.stderr).toBe(0);
  return { seeds: path.join(dir, 'seeds'), content: snapshot(path.join(dir, 'clean')) };
}

const oneLine = (stderr: string) => stderr.trim().split('\n').at(-1)!;

beforeAll(() => { root = tempDir('faults-cli'); });
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('two runs on one content folder', () => {
  it('end in one clean run\'s output, the other run done before or refused with a clear error', async () => {
    const a = prepared('a', seedSet(120, 0));
    const b = prepared('b', seedSet(90, 1));
    const outcomes: string[] = [];
    for (let pair = 0; pair < 3; pair++) {
      const out = path.join(root, `shared-${pair}`);
      const cache = path.join(root, `cache-${pair}`);
      const runs = await Promise.all([a, b].map((s) => generateAsync(['--seeds', s.seeds, '--out', out, '--cache', cache])));
      for (const r of runs) if (r.status !== 0) expect(oneLine(r.stderr)).toMatch(/^generate: another generate run \(pid \d+ on .*\) is using .*; run again when it has finished/);
      expect(runs.some((r) => r.status === 0)).toBe(true);
      const got = snapshot(out);
      const same = (x: Map<string, string>) => JSON.stringify([...got]) === JSON.stringify([...x]);
      expect(same(a.content) || same(b.content), 'the folder is neither run\'s clean output').toBe(true);
      expect(existsSync(path.join(out, lockName)) || existsSync(path.join(cache, lockName))).toBe(false);
      outcomes.push(runs.map((r) => (r.status === 0 ? 'ran' : 'refused')).join('+'));
    }
    console.log(`concurrent pairs: ${outcomes.join(', ')}`);
  }, 180_000);

  it('a lock left by a dead process is taken over; one held by a live process is refused and nothing is written', () => {
    const s = prepared('locks', seedSet(3, 0));
    const out = path.join(root, 'locked');
    const dead = spawnSync(process.execPath, ['-e', 'process.pid']).pid!;
    mkdirSync(out);
    writeFileSync(path.join(out, lockName), JSON.stringify({ pid: dead, host: hostname(), started: Date.now() - 60_000 }));
    const taken = generate(['--seeds', s.seeds, '--out', out]);
    expect(taken.status, taken.stderr).toBe(0);
    expect(snapshot(out)).toEqual(s.content);
    const live = spawn('sleep', ['30']);
    try {
      writeFileSync(path.join(out, lockName), JSON.stringify({ pid: live.pid, host: hostname(), started: Date.now() }));
      const before = snapshot(out);
      rmSync(path.join(s.seeds, 'seed-0.txt'));
      const refused = generate(['--seeds', s.seeds, '--out', out]);
      expect(refused.status).toBe(1);
      expect(refused.stderr.trim()).toMatch(new RegExp(`^generate: another generate run \\(pid ${live.pid} on .*\\) is using ${out}; run again when it has finished \\(or, if no such process runs, delete .*\\.generate\\.lock\\)$`));
      expect(snapshot(out)).toEqual(before);
    } finally {
      live.kill();
    }
  });
});

describe('a seeds folder that cannot be listed', () => {
  it('stops the run, --skip-invalid or not, and leaves the content as it was', () => {
    const s = prepared('unlisted', { ...seedSet(3, 0), 'deep.txt': fictionalSeed(40) });
    const out = path.join(root, 'unlisted-out');
    expect(generate(['--seeds', s.seeds, '--out', out]).status).toBe(0);
    const before = snapshot(out);
    // Note: a folder deeper than PATH_MAX cannot be listed by its path, even by root (chmod would not stop root).
    const made = spawnSync('bash', ['-c', `cd "${s.seeds}" && for i in $(seq 20); do mkdir ${'d'.repeat(250)} && cd ${'d'.repeat(250)}; done && pwd -P | wc -c`], { encoding: 'utf8' });
    expect(Number(made.stdout)).toBeGreaterThan(4096);
    renameSync(path.join(s.seeds, 'deep.txt'), path.join(s.seeds, 'moved-deep.txt'));
    spawnSync('bash', ['-c', `cd "${s.seeds}" && for i in $(seq 20); do cd ${'d'.repeat(250)}; done && mv ../${'../'.repeat(19)}moved-deep.txt deep.txt`]);
    const run = generate(['--seeds', s.seeds, '--out', out, '--skip-invalid']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^unlisted: d{250}\/.*: cannot list folder: ENAMETOOLONG/m);
    expect(oneLine(run.stderr)).toMatch(/^generate: 1 folder\(s\) of .* cannot be listed; .* left as it was/);
    expect(snapshot(out)).toEqual(before);
  });
});

describe('a file name with a newline', () => {
  it('is escaped in stderr and in report.md, so it cannot forge a line', () => {
    const s = prepared('newline', seedSet(2, 0));
    writeFileSync(path.join(s.seeds, 'x\nrefused: forged.txt: fake reason\n.txt'), '');
    const out = path.join(root, 'newline-out');
    const run = generate(['--seeds', s.seeds, '--out', out, '--skip-invalid']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).not.toMatch(/^refused: forged\.txt/m);
    expect(run.stderr).toContain('refused: x\\nrefused: forged.txt: fake reason\\n.txt: empty seed');
    const report = readFileSync(path.join(out, 'report.md'), 'utf8');
    expect(report).not.toMatch(/^refused: forged/m);
    expect(report).toContain('refused x\\nrefused: forged.txt: fake reason\\n.txt: empty seed');
  });
});

describe('a disk that refuses', () => {
  it('is reported in one line naming the file and the error, without a stack trace', () => {
    const s = prepared('disk', seedSet(2, 0));
    writeFileSync(path.join(root, 'a-file'), 'x');
    for (const [out, code] of [[path.join(root, 'a-file', 'content'), 'ENOTDIR'], ['/sys/dossier-test/content', 'EPERM|EROFS|EACCES']] as const) {
      const run = generate(['--seeds', s.seeds, '--out', out]);
      expect(run.status).toBe(1);
      expect(run.stderr.trim()).toMatch(new RegExp(`^generate: cannot mkdir \\S+: (?:${code}), [^\\n]+$`));
    }
  });

  it('a decided write that cannot be finished says what to do, --check included', () => {
    const s = prepared('recovery', seedSet(2, 0));
    const out = path.join(root, 'recovery-out');
    expect(generate(['--seeds', s.seeds, '--out', out]).status).toBe(0);
    // A committed journal whose file cannot be moved into place: a folder is in its way.
    const stage = path.join(out, '.staging-999999');
    mkdirSync(path.join(stage, 'briefings'), { recursive: true });
    writeFileSync(path.join(stage, 'briefings', 'blocked.md'), 'x\n');
    writeFileSync(path.join(stage, 'COMMIT'), 'write\tbriefings/blocked.md\n');
    mkdirSync(path.join(out, 'briefings', 'blocked.md', 'inside'), { recursive: true });
    for (const extra of [[], ['--check']]) {
      const run = generate(['--seeds', s.seeds, '--out', out, ...extra]);
      expect(run.status).toBe(1);
      expect(run.stderr).not.toMatch(/^\s+at /m);
      expect(oneLine(run.stderr)).toMatch(/^generate: the write to .* staged in \.staging-999999 is decided but could not be finished \(E[A-Z]+ on .*blocked\.md\); make .* writable by this user and run again/);
    }
    rmSync(path.join(out, 'briefings', 'blocked.md'), { recursive: true });
    expect(generate(['--seeds', s.seeds, '--out', out]).status).toBe(0);
    expect(existsSync(stage)).toBe(false);
  });
});

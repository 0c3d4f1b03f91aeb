// Shared by the run-policy tests: fictional seeds, a real `generate` child
// process, and snapshots of a content folder to compare byte for byte.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = fileURLToPath(new URL('../../', import.meta.url));
// Note: the scripts need Node >= 22 (type stripping); npx may run on an older system Node.
const localNode = path.join(repo, 'node_modules/.bin/node');
export const nodeBin = existsSync(localNode) ? localNode : process.execPath;
const script = path.join(repo, 'scripts/generate.ts');
// Note: the repo's own cache (.cache/generate) is neither read nor filled with test seeds: a run
// uses no cache unless its arguments name one (`--cache DIR`, a temporary folder).
const cacheFlags = (args: string[]) => (args.includes('--cache') ? [] : ['--no-cache']);

// Real country names next to fictional ones, so that runs also write actor pages.
const places = ['Gondor', 'Iceland', 'Rohan', 'Norway', 'Harad', 'Chile', 'Erebor', 'Kenya'];
const people = ['Faramir', 'Eowyn', 'Aragorn', 'Boromir', 'Elrond', 'Galadriel', 'Bard', 'Thranduil'];
const verbs = ['met', 'criticised', 'thanked', 'warned', 'visited', 'accused', 'praised', 'called'];

/** A short fictional article, different for every `i` and `version`. */
export function fictionalSeed(i: number, version = 0): string {
  const pick = <T>(list: T[], k: number) => list[(i * 7 + k * 3 + version) % list.length]!;
  const a = pick(people, 0), b = pick(people, 1), p = pick(places, 2), q = pick(places, 3), v = pick(verbs, 4);
  return [
    `${a} and ${b} hold talks on ${p} border, number ${i}${version ? ` (update ${version})` : ''}`,
    '',
    `${a}, the envoy of ${p}, ${v} ${b} of ${q} on Tuesday, officials in ${p} said. "We will not give up the fords," ${a} said.`,
    '',
    `${b} said the talks would go on next week. The council of ${q} has asked for a truce before the winter, according to a statement.`,
    '',
  ].join('\n');
}

/** A new empty folder under the system's temporary folder. */
export function tempDir(label: string): string {
  return mkdtempSync(path.join(tmpdir(), `dossier-${label}-`));
}

/** Writes seeds (name → text or bytes) into `dir`. */
export function writeSeeds(dir: string, seeds: Record<string, string | Uint8Array>): void {
  for (const [name, content] of Object.entries(seeds)) writeFileSync(path.join(dir, name), content);
}

/** Every file under `dir` (relative path → bytes as base64), hidden ones included, for byte-for-byte comparison. */
export function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(dir)) return out;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    out.set(path.relative(dir, full), readFileSync(full).toString('base64'));
  }
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : 1)));
}

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node scripts/generate.ts` as a real child process and waits for it. */
export function generate(args: string[]): Run {
  const r = spawnSync(nodeBin, [script, ...cacheFlags(args), ...args], { cwd: repo, encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs `node scripts/generate.ts` as a real child process; resolves when it exits, so several can run at once. */
export function generateAsync(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(nodeBin, [script, ...cacheFlags(args), ...args], { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** Starts `node scripts/generate.ts` without waiting. */
export function startGenerate(args: string[]): ChildProcess {
  return spawn(nodeBin, [script, ...cacheFlags(args), ...args], { cwd: repo, stdio: ['ignore', 'ignore', 'pipe'] });
}

// Writing content/ so that a run killed at any moment leaves every page
// either as it was or as it should be, and the next run completes or undoes
// the write as a whole. Only what changed is touched:
//   1. each new or changed file is written into `<out>/.staging-<pid>/`;
//   2. a journal of those files and of the files to delete is written there
//      as `COMMIT`, atomically: from then on the write is decided;
//   3. each staged file is renamed over its live one, and stale files are
//      deleted; then the staging folder goes.
// A run killed before step 2 leaves content/ untouched and its staging
// folder is deleted by the next run; a run killed after it is finished
// (rolled forward) by the next run, in `recoverContent`, before anything
// else is read or written. Unchanged pages keep their files and dates.
// Note: this survives a killed process, not a power cut (no fsync).
//
// Telling unchanged pages apart costs a hash of each file on disk, or, with
// a manifest (the hash, size, date and inode recorded for each file at the
// last write), one stat: an incremental run then never reads the thousands
// of pages it does not change, nor renders them (see OutputFile).
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, type Stats, writeFileSync } from 'node:fs';
import path from 'node:path';
import { contentHash, type OutputFile, textOutput } from '../../src/generate/output.ts';
import { writeFileAtomic } from './atomic-write.ts';
import { isAlive } from './process-alive.ts';

/** The generated folders inside the content folder; nothing else there is removed. */
export const generatedDirs = ['briefings', 'actors'] as const;

export interface WriteStats {
  written: string[];
  removed: string[];
  unchanged: number;
}

export interface WriteOptions {
  /** A file to keep the manifest of `out` in (outside `out`, in the cache); without it every page on disk is read and hashed. */
  manifest?: string;
}

/** Files to write, by path relative to the content folder: texts, or output files whose text is rendered only if needed. */
export type ContentFiles = ReadonlyMap<string, string | OutputFile>;

const stagingPrefix = '.staging-';
const commitMarker = 'COMMIT';

/** Writes `files` under `out`, touching only what changed, as one decided step (see the top of this file). */
export function writeContent(out: string, files: ContentFiles, opts: WriteOptions = {}): WriteStats {
  recoverContent(out);
  const outputs = asOutputs(files);
  const manifest = readManifest(opts.manifest, out);
  const stats = plan(out, outputs, manifest);
  if (stats.written.length || stats.removed.length) {
    const stage = path.join(out, `${stagingPrefix}${process.pid}`);
    rmSync(stage, { recursive: true, force: true });
    stageChanges(out, stage, stats, outputs);
    applyOrExplain(out, stage);
    rmSync(stage, { recursive: true, force: true });
  }
  for (const rel of stats.removed) delete manifest.files[rel];
  for (const rel of stats.written) manifest.files[rel] = entry(outputs.get(rel)!.hash, statSync(path.join(out, rel)));
  if (opts.manifest) saveManifest(opts.manifest, manifest);
  return stats;
}

/**
 * Steps 1 and 2: the changed files and the journal, in the staging folder.
 * A failure here (a full disk) has changed nothing live, so the staging
 * folder is removed before the error goes up.
 */
function stageChanges(out: string, stage: string, stats: WriteStats, outputs: ReadonlyMap<string, OutputFile>): void {
  try {
    // Note: made on its own first, so that a read-only folder reports EROFS or EACCES on it, not a later ENOENT.
    mkdirSync(out, { recursive: true });
    mkdirSync(stage);
    for (const rel of stats.written) writeFileSync(within(stage, rel, true), outputs.get(rel)!.text());
    const journal = [...stats.written.map((rel) => `write\t${rel}`), ...stats.removed.map((rel) => `remove\t${rel}`)];
    writeFileAtomic(path.join(stage, commitMarker), journal.join('\n') + '\n');
  } catch (e) {
    rmSync(stage, { recursive: true, force: true });
    throw e;
  }
}

/** Finishes or undoes what a killed run left: committed staging folders are applied, uncommitted ones deleted. */
export function recoverContent(out: string): void {
  if (!existsSync(out)) return;
  for (const name of readdirSync(out).sort()) {
    if (!name.startsWith(stagingPrefix)) continue;
    const pid = Number(name.slice(stagingPrefix.length));
    if (pid !== process.pid && isAlive(pid)) continue;
    const stage = path.join(out, name);
    if (existsSync(path.join(stage, commitMarker))) applyOrExplain(out, stage);
    rmSync(stage, { recursive: true, force: true });
  }
}


/** Thrown when a decided write cannot be finished; its message says what to do. */
export class RecoveryError extends Error {
  override name = 'RecoveryError';
}

/** apply(), with a failure (a folder made read-only since) turned into an error that says what is wrong and what to do. */
function applyOrExplain(out: string, stage: string): void {
  try {
    apply(out, stage);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const what = err.code ? `${err.code} on ${err.path ?? '?'}` : err.message;
    throw new RecoveryError(`the write to ${out} staged in ${path.basename(stage)} is decided but could not be finished (${what}); `
      + `make ${out} and its folders writable by this user and run again: the next run completes it (until then some pages are old, some new)`);
  }
}

/** Generated files on disk that `files` no longer holds (and stray temporaries of killed runs). */
export function staleFiles(out: string, files: ContentFiles): string[] {
  const stale: string[] = [];
  for (const dir of generatedDirs) {
    const full = path.join(out, dir);
    if (!existsSync(full)) continue;
    for (const name of readdirSync(full).sort()) {
      const rel = `${dir}/${name}`;
      if ((name.endsWith('.md') && !files.has(rel)) || name.endsWith('.tmp')) stale.push(rel);
    }
  }
  return stale;
}

/** Generated files whose bytes differ from `files`, or that are missing or stale: for `--check`. Renders nothing. */
export function differences(out: string, files: ContentFiles): string[] {
  const diff: string[] = [];
  for (const [rel, file] of asOutputs(files)) if (diskHash(path.join(out, rel)) !== file.hash) diff.push(rel);
  return [...diff, ...staleFiles(out, files)].sort();
}

/** Applies a committed journal; safe to repeat after a kill at any step, since a moved file is no longer staged. */
function apply(out: string, stage: string): void {
  for (const line of readFileSync(path.join(stage, commitMarker), 'utf8').split('\n')) {
    const [op, rel] = line.split('\t');
    if (!rel) continue;
    const live = within(out, rel, op === 'write');
    if (op === 'write' && existsSync(within(stage, rel, false))) renameSync(within(stage, rel, false), live);
    if (op === 'remove') rmSync(live, { force: true });
  }
}

/** `dir/rel`, refusing a path that would leave `dir`; creates its folder when asked. */
function within(dir: string, rel: string, makeFolder: boolean): string {
  const full = path.join(dir, rel);
  if (path.isAbsolute(rel) || !full.startsWith(dir + path.sep)) throw new Error(`write-content: ${rel} is not a path inside ${dir}`);
  if (makeFolder) mkdirSync(path.dirname(full), { recursive: true });
  return full;
}

/** Which files change: new or changed files, stale files, and how many stay as they are. */
function plan(out: string, outputs: ReadonlyMap<string, OutputFile>, manifest: Manifest): WriteStats {
  const stats: WriteStats = { written: [], removed: staleFiles(out, outputs), unchanged: 0 };
  for (const rel of [...outputs.keys()].sort()) {
    const file = path.join(out, rel);
    const stat = statSync(file, { throwIfNoEntry: false });
    const known = manifest.files[rel];
    const onDisk = !stat ? undefined : known && sameStat(known, stat) ? known[0] : diskHash(file);
    if (onDisk === outputs.get(rel)!.hash) {
      stats.unchanged++;
      if (stat) manifest.files[rel] = entry(onDisk, stat);
    } else stats.written.push(rel);
  }
  return stats;
}

function asOutputs(files: ContentFiles): Map<string, OutputFile> {
  return new Map([...files].map(([rel, f]) => [rel, typeof f === 'string' ? textOutput(f) : f]));
}

function diskHash(file: string): string | undefined {
  return existsSync(file) ? contentHash(readFileSync(file)) : undefined;
}

/** What the manifest records of a file: its content hash, size, modification time and inode. */
type Entry = [hash: string, size: number, mtimeMs: number, ino: number];

interface Manifest {
  /** The content folder it describes: a cache may serve several. */
  out: string;
  files: Record<string, Entry>;
}

// Note: dates are compared to the millisecond, the precision every file system and tool here keeps.
const entry = (hash: string, stat: Stats): Entry => [hash, stat.size, Math.floor(stat.mtimeMs), stat.ino];
const sameStat = (e: Entry, stat: Stats) => e[1] === stat.size && e[2] === Math.floor(stat.mtimeMs) && e[3] === stat.ino;

/** The manifest of `out` kept in `file`; empty when there is none, it fails its checksum or it describes another folder; malformed entries are dropped. */
function readManifest(file: string | undefined, out: string): Manifest {
  const empty: Manifest = { out, files: Object.create(null) };
  if (!file || !existsSync(file)) return empty;
  try {
    const text = readFileSync(file, 'utf8');
    const eol = text.indexOf('\n');
    const [magic, sum] = text.slice(0, eol).split(' ');
    const body = text.slice(eol + 1);
    if (magic !== manifestMagic || sum !== contentHash(body)) return empty;
    const m = JSON.parse(body) as Manifest;
    if (m.out !== out || typeof m.files !== 'object' || !m.files) return empty;
    const files: Manifest['files'] = Object.create(null);
    for (const [rel, e] of Object.entries(m.files)) if (isEntry(e)) files[rel] = e;
    return { out, files };
  } catch {
    return empty;
  }
}

const manifestMagic = 'dossier-manifest/1';

const isEntry = (e: unknown): e is Entry =>
  Array.isArray(e) && e.length === 4 && typeof e[0] === 'string' && /^[0-9a-f]{64}$/.test(e[0]) && e.slice(1).every((n) => Number.isSafeInteger(n) || Number.isFinite(n));

function saveManifest(file: string, manifest: Manifest): void {
  // Note: a manifest is a cache; failing to save it costs the next run some reading, never correctness.
  try {
    const body = JSON.stringify(manifest);
    writeFileAtomic(file, `${manifestMagic} ${contentHash(body)}\n${body}`);
  } catch {
    /* ignored */
  }
}

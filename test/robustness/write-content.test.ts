// writeContent changes only what changed, through a journal; recoverContent
// finishes or undoes what a killed run left. The crash states are built by
// hand, one per step of a write.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../scripts/lib/atomic-write.ts';
import { recoverContent, writeContent } from '../../scripts/lib/write-content.ts';
import { contentHash, type OutputFile } from '../../src/generate/output.ts';
import { snapshot, tempDir } from './helpers.ts';

const oldFiles = new Map([['briefings/a.md', 'A1\n'], ['briefings/b.md', 'B1\n'], ['actors/x.md', 'X1\n']]);
const newFiles = new Map([['briefings/a.md', 'A1\n'], ['briefings/c.md', 'C2\n'], ['actors/x.md', 'X2\n']]);
const asSnapshot = (files: Map<string, string>, extra: Record<string, string> = {}) =>
  new Map([...files, ...Object.entries(extra)].map(([f, t]) => [f, Buffer.from(t).toString('base64')] as const).sort(([a], [b]) => (a < b ? -1 : 1)));
/** A pid that is surely not running: a child that has already exited. */
const deadPid = () => spawnSync(process.execPath, ['-e', '0']).pid;

let out = '';
beforeEach(() => {
  out = tempDir('write');
  writeContent(out, oldFiles);
  writeFileSync(path.join(out, 'report.md'), 'report\n');
});
afterEach(() => rmSync(out, { recursive: true, force: true }));

/** Builds the staging folder a killed run would leave, up to `step` of its write (see write-content.ts). */
function crashAt(step: 'staged' | 'committed' | 'half-applied' | 'all-applied'): string {
  const stage = path.join(out, `.staging-${deadPid()}`);
  const changed = ['actors/x.md', 'briefings/c.md'];
  for (const rel of changed) {
    mkdirSync(path.dirname(path.join(stage, rel)), { recursive: true });
    writeFileSync(path.join(stage, rel), newFiles.get(rel)!);
  }
  if (step === 'staged') return stage;
  writeFileSync(path.join(stage, 'COMMIT'), 'write\tactors/x.md\nwrite\tbriefings/c.md\nremove\tbriefings/b.md\n');
  if (step === 'committed') return stage;
  renameSync(path.join(stage, 'actors/x.md'), path.join(out, 'actors/x.md'));
  if (step === 'half-applied') return stage;
  renameSync(path.join(stage, 'briefings/c.md'), path.join(out, 'briefings/c.md'));
  rmSync(path.join(out, 'briefings/b.md'));
  return stage;
}

/** An output file with the right hash whose text must never be needed. */
const unrenderable = (text: string): OutputFile => ({ hash: contentHash(text), text: () => { throw new Error('rendered an unchanged page'); } });

describe('writeContent', () => {
  it('writes only what changed, removes stale pages and leaves other files alone', () => {
    writeFileSync(path.join(out, 'briefings', 'notes.txt'), 'kept\n');
    const [a, x] = ['briefings/a.md', 'actors/x.md'].map((f) => statSync(path.join(out, f)));
    expect(writeContent(out, newFiles)).toEqual({ written: ['actors/x.md', 'briefings/c.md'], removed: ['briefings/b.md'], unchanged: 1 });
    expect(snapshot(out)).toEqual(asSnapshot(newFiles, { 'report.md': 'report\n', 'briefings/notes.txt': 'kept\n' }));
    // Note: an unchanged page keeps its file and date; a changed one is a new file, renamed into place.
    expect(statSync(path.join(out, 'briefings/a.md'))).toMatchObject({ ino: a!.ino, mtimeMs: a!.mtimeMs });
    expect(statSync(path.join(out, 'actors/x.md')).ino).not.toBe(x!.ino);
  });

  it('touches nothing, and renders nothing, when nothing changed', () => {
    const before = statSync(path.join(out, 'briefings/a.md'));
    const files = new Map([...oldFiles].map(([rel, text]) => [rel, unrenderable(text)]));
    expect(writeContent(out, files)).toEqual({ written: [], removed: [], unchanged: 3 });
    expect(statSync(path.join(out, 'briefings/a.md')).mtimeMs).toBe(before.mtimeMs);
    expect(readdirSync(out).sort()).toEqual(['actors', 'briefings', 'report.md']);
  });
});

describe('writeContent with a manifest', () => {
  let manifest = '';
  beforeEach(() => {
    manifest = path.join(tempDir('manifest'), 'written.json');
    writeContent(out, oldFiles, { manifest });
  });

  it('trusts a page whose size, date and inode match the manifest, without reading it', () => {
    // A same-size edit with the date put back is invisible to the manifest: proof that the page was not read.
    const file = path.join(out, 'briefings/a.md');
    const { atimeMs, mtimeMs } = statSync(file);
    writeFileSync(file, 'Z1\n');
    utimesSync(file, atimeMs / 1000, mtimeMs / 1000);
    expect(writeContent(out, oldFiles, { manifest })).toEqual({ written: [], removed: [], unchanged: 3 });
    expect(writeContent(out, oldFiles)).toEqual({ written: ['briefings/a.md'], removed: [], unchanged: 2 });
  });

  it('reads and rewrites a page edited, replaced or deleted since', () => {
    writeFileSync(path.join(out, 'briefings/a.md'), 'edited, another size\n');
    writeFileAtomic(path.join(out, 'actors/x.md'), 'X1\n');
    rmSync(path.join(out, 'briefings/b.md'));
    expect(writeContent(out, new Map([...oldFiles].map(([rel, text]) => [rel, rel === 'actors/x.md' ? unrenderable(text) : text])), { manifest }))
      .toEqual({ written: ['briefings/a.md', 'briefings/b.md'], removed: [], unchanged: 1 });
    expect(snapshot(out)).toEqual(asSnapshot(oldFiles, { 'report.md': 'report\n' }));
  });

  it('ignores a manifest of another folder, or an unreadable one', () => {
    const other = tempDir('other');
    writeContent(other, newFiles, { manifest });
    writeFileSync(path.join(out, 'briefings/a.md'), 'Z1\n');
    expect(writeContent(out, oldFiles, { manifest }).written).toEqual(['briefings/a.md']);
    writeFileSync(manifest, '{not json');
    expect(writeContent(out, oldFiles, { manifest })).toEqual({ written: [], removed: [], unchanged: 3 });
  });
});

describe('recoverContent after a kill', () => {
  it.each([
    ['staged, not committed', 'staged', oldFiles],
    ['committed, nothing applied', 'committed', newFiles],
    ['committed, one file moved into place', 'half-applied', newFiles],
    ['every change applied, staging not removed', 'all-applied', newFiles],
  ] as const)('%s: content is wholly %#', (_, step, expected) => {
    const stage = crashAt(step);
    recoverContent(out);
    expect(existsSync(stage)).toBe(false);
    expect(snapshot(out)).toEqual(asSnapshot(expected, { 'report.md': 'report\n' }));
  });

  it('runs before a write, so the next run starts from a whole state', () => {
    crashAt('half-applied');
    writeContent(out, oldFiles);
    expect(snapshot(out)).toEqual(asSnapshot(oldFiles, { 'report.md': 'report\n' }));
  });

  it('leaves the staging folder of a run that is still alive', () => {
    const stage = path.join(out, `.staging-${process.ppid}`);
    mkdirSync(stage);
    recoverContent(out);
    expect(readFileSync(path.join(out, 'actors/x.md'), 'utf8')).toBe('X1\n');
    expect(existsSync(stage)).toBe(true);
  });
});

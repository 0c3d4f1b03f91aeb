// writeContent swaps whole folders; recoverContent finishes or undoes what a
// killed run left. The crash states are built by hand, one per step of a swap.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recoverContent, writeContent } from '../../scripts/lib/write-content.ts';
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

/** Builds the staging folder a killed run would leave, up to `step` of its swap. */
function crashAt(step: 'staged' | 'committed' | 'first-moved-out' | 'all-swapped'): string {
  const stage = path.join(out, `.staging-${deadPid()}`);
  for (const [rel, text] of newFiles) {
    mkdirSync(path.dirname(path.join(stage, rel)), { recursive: true });
    writeFileSync(path.join(stage, rel), text);
  }
  if (step === 'staged') return stage;
  writeFileSync(path.join(stage, 'COMMIT'), 'actors\nbriefings\n');
  if (step === 'committed') return stage;
  mkdirSync(path.join(stage, '.old'));
  renameSync(path.join(out, 'actors'), path.join(stage, '.old', 'actors'));
  if (step === 'first-moved-out') return stage;
  renameSync(path.join(stage, 'actors'), path.join(out, 'actors'));
  renameSync(path.join(out, 'briefings'), path.join(stage, '.old', 'briefings'));
  renameSync(path.join(stage, 'briefings'), path.join(out, 'briefings'));
  return stage;
}

describe('writeContent', () => {
  it('replaces the generated folders as a whole and leaves other files alone', () => {
    writeFileSync(path.join(out, 'briefings', 'notes.txt'), 'kept\n');
    const inode = statSync(path.join(out, 'briefings/a.md')).ino;
    expect(writeContent(out, newFiles)).toEqual({ written: ['actors/x.md', 'briefings/c.md'], removed: ['briefings/b.md'], unchanged: 1 });
    expect(snapshot(out)).toEqual(asSnapshot(newFiles, { 'report.md': 'report\n', 'briefings/notes.txt': 'kept\n' }));
    // Note: an unchanged page is hard-linked into the new folder, so it keeps its file and date.
    expect(statSync(path.join(out, 'briefings/a.md')).ino).toBe(inode);
  });

  it('touches nothing when nothing changed', () => {
    const folder = statSync(path.join(out, 'briefings')).ino;
    expect(writeContent(out, oldFiles)).toEqual({ written: [], removed: [], unchanged: 3 });
    expect(statSync(path.join(out, 'briefings')).ino).toBe(folder);
  });
});

describe('recoverContent after a kill', () => {
  it.each([
    ['staged, not committed', 'staged', oldFiles],
    ['committed, nothing swapped', 'committed', newFiles],
    ['one folder moved out, not yet replaced', 'first-moved-out', newFiles],
    ['every folder swapped, staging not removed', 'all-swapped', newFiles],
  ] as const)('%s: content is wholly %#', (_, step, expected) => {
    const stage = crashAt(step);
    recoverContent(out);
    expect(existsSync(stage)).toBe(false);
    expect(snapshot(out)).toEqual(asSnapshot(expected, { 'report.md': 'report\n' }));
  });

  it('runs before a write, so the next run starts from a whole state', () => {
    crashAt('first-moved-out');
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

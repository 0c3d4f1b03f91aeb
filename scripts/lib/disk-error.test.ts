import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diskErrorLine } from './disk-error.ts';

const thrown = (f: () => void): unknown => {
  try { f(); } catch (e) { return e; }
  throw new Error('did not throw');
};

describe('diskErrorLine', () => {
  it('names the call, the path, the code and what it means, in one line', () => {
    const line = diskErrorLine(thrown(() => writeFileSync('/nonexistent-dossier/x/y.md', 'x')));
    expect(line).toBe('generate: cannot open /nonexistent-dossier/x/y.md: ENOENT, no such file or folder');
    const full = Object.assign(new Error('no space'), { code: 'ENOSPC', syscall: 'write', path: '/c/a.md' });
    expect(diskErrorLine(full)).toBe('generate: cannot write /c/a.md: ENOSPC, the disk is full; free some space and run again');
    expect(diskErrorLine(thrown(() => mkdirSync('/proc/dossier-test')))).toMatch(/^generate: cannot mkdir \/proc\/dossier-test: E[A-Z]+, [^\n]+$/);
  });

  it('leaves other errors alone', () => {
    expect(diskErrorLine(new TypeError('x is not a function'))).toBeUndefined();
  });
});

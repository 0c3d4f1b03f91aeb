// readAll trusts fstat's size only as a first guess: files under /proc report
// size 0 and still have content, like a seed that grows while it is read.
import { closeSync, openSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readAll } from './seeds.ts';

const grown = '/proc/version';

describe('readAll', () => {
  it('reads past the size fstat gave, growing its buffer', () => {
    const fd = openSync(grown, 'r');
    try {
      expect(Buffer.from(readAll(fd, 1 << 20, 0) as Uint8Array).toString()).toBe(readFileSync(grown, 'utf8'));
    } finally {
      closeSync(fd);
    }
  });

  it('refuses a file that grows past the limit', () => {
    const fd = openSync(grown, 'r');
    try {
      expect(readAll(fd, 10, 0)).toMatch(/more than the limit of 10 bytes/);
    } finally {
      closeSync(fd);
    }
  });
});

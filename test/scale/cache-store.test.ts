import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSharded, writeSharded } from '../../scripts/lib/cache-store.ts';
import { tempDir } from '../robustness/helpers.ts';

describe('sharded cache files', () => {
  it('round-trips, and rewrites only the shards whose entries changed', () => {
    const dir = path.join(tempDir('shards'), 'c');
    const empty = readSharded<{ a: Record<string, unknown>; b: Record<string, unknown> }>(dir, ['a', 'b']);
    expect(empty).toEqual({ a: {}, b: {} });
    const value = { x: [1, undefined] };
    const first = { a: { '0a': value, f1: 'text' }, b: { '0b': 'more' } };
    expect(writeSharded(dir, first, empty)).toBe(3);
    expect(readdirSync(dir).sort()).toEqual(['0a.v8', '0b.v8', 'f1.v8']);
    const back = readSharded<typeof first>(dir, ['a', 'b']);
    expect(back).toEqual(first);
    expect(writeSharded(dir, back, back)).toBe(0);
    expect(writeSharded(dir, { a: { ...back.a, '3c': 'new' }, b: back.b }, back)).toBe(1);
    expect(writeSharded(dir, { a: { f1: 'text' }, b: {} }, readSharded(dir, ['a', 'b']))).toBe(3);
    expect(readSharded(dir, ['a', 'b'])).toEqual({ a: { f1: 'text' }, b: {} });
    expect(readdirSync(dir).sort()).toEqual(['f1.v8']);
  });
});

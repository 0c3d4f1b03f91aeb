// Reading and writing the generator's caches. A cache is a few named maps
// whose keys are hex hashes; it is stored as up to 256 shard files, one per
// first two hex digits of the key, so that adding one seed rewrites a few
// small shards (about 50 KB each on the BBC corpus) instead of the whole cache. Files are in V8's
// serialisation format (three times faster than JSON to read back for the
// render cache's text) and replaced atomically: a killed run leaves the old
// shard or the new one.
//
// A cache is never trusted: each shard opens with a header naming the format
// of its entries and the sha256 of the rest, and each entry is checked
// against the format's schema when read. A shard that fails (a flipped byte,
// a truncated file, another format) or an entry that fails is dropped with a
// warning, and the work it held is redone: a damaged cache costs time, never
// a crash or a wrong page.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { contentHash } from '../../src/generate/output.ts';
import { isAlive } from './process-alive.ts';

/** Named maps of a cache, keyed by hex hash. */
export type Maps = Record<string, Record<string, unknown>>;

/** How shards are checked: the format they are written in, and a test for each entry. */
export interface ShardFormat {
  /** Names the format (and its version) of the entries; a shard written in another is dropped. */
  name: string;
  /** True when `value`, stored under `key` in map `map`, is well-formed. Default: any value. */
  valid?: (map: string, key: string, value: unknown) => boolean;
  /** Told, in one line, what was dropped and why. */
  warn?: (message: string) => void;
}

const anyFormat: ShardFormat = { name: 'any' };

/** The shard a key is stored in: its first two hex digits. */
const shardOf = (key: string) => key.slice(0, 2);
const shardFile = /^[0-9a-f]{2}\.v8$/;
const tmpFile = /^[0-9a-f]{2}\.v8\.(\d+)\.tmp$/;
const magic = 'dossier-shard/1';

/** The maps stored in `dir` (each name present, empty when missing); a shard or entry that fails its checks is dropped with a warning, since a cache is never worth failing for. */
export function readSharded<T extends Maps>(dir: string, names: readonly (keyof T & string)[], format: ShardFormat = anyFormat): T {
  const out = Object.fromEntries(names.map((n) => [n, Object.create(null)])) as T;
  if (!existsSync(dir)) return out;
  let files: string[];
  try {
    files = readdirSync(dir);
  } catch (e) {
    format.warn?.(`cache ${dir} cannot be listed (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); its work is redone`);
    return out;
  }
  for (const file of files.filter((f) => shardFile.test(f)).sort()) {
    const shard = readShard(path.join(dir, file), format);
    if (typeof shard === 'string') {
      format.warn?.(`cache shard ${path.join(dir, file)} dropped (${shard}); its entries are recomputed`);
      continue;
    }
    const id = file.slice(0, 2);
    let bad = 0;
    for (const n of names) {
      const entries = shard[n] ?? {};
      for (const k of Object.keys(entries)) {
        if (shardOf(k) === id && (format.valid?.(n, k, entries[k]) ?? true)) (out[n] as Record<string, unknown>)[k] = entries[k];
        else bad++;
      }
    }
    if (bad) format.warn?.(`cache shard ${path.join(dir, file)}: ${bad} entr${bad === 1 ? 'y' : 'ies'} not in format ${format.name} dropped; recomputed`);
  }
  return out;
}

/** Writes the shards of `next` whose entries differ from `previous` (other keys, or other values by identity), and deletes emptied ones; returns how many changed. */
export function writeSharded(dir: string, next: Maps, previous: Maps, format: ShardFormat = anyFormat): number {
  const [now, before] = [shards(next), shards(previous)];
  const empty = Object.fromEntries(Object.keys(next).map((n) => [n, {}])) as Maps;
  let written = 0;
  removeStrayTemporaries(dir);
  for (const id of [...new Set([...now.keys(), ...before.keys()])].sort()) {
    const shard = now.get(id) ?? empty;
    if (sameEntries(shard, before.get(id) ?? empty)) continue;
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `${id}.v8`);
    if (now.has(id)) writeShard(file, shard, format);
    else rmSync(file, { force: true });
    written++;
  }
  // Note: shards of an older layout (one hex digit) are never read again; nor is a shard with no entry now, such as a
  // damaged one dropped on reading whose entries were all stale (it would otherwise warn on every run).
  if (existsSync(dir)) for (const f of readdirSync(dir)) if (f.endsWith('.v8') && (!shardFile.test(f) || !now.has(f.slice(0, 2)))) rmSync(path.join(dir, f), { force: true });
  return written;
}

/** The bytes of a shard file: a header line with the format and the payload's sha256, then the payload. */
export function shardBytes(shard: Maps, format: ShardFormat): Buffer {
  const payload = serialize(shard);
  return Buffer.concat([Buffer.from(`${magic} ${format.name} ${checksum(format, payload)}\n`), payload]);
}

function writeShard(file: string, shard: Maps, format: ShardFormat): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, shardBytes(shard, format));
    renameSync(tmp, file);
  } catch (e) {
    // Note: a full disk leaves a partial temporary; it is never read, but it would stay.
    rmSync(tmp, { force: true });
    throw e;
  }
}

/** Deletes the temporaries of runs that died while writing (a kill, a full disk). */
function removeStrayTemporaries(dir: string): void {
  if (!existsSync(dir)) return;
  for (const f of readdirSync(dir)) {
    const pid = tmpFile.exec(f)?.[1];
    if (pid && !isAlive(Number(pid))) rmSync(path.join(dir, f), { force: true });
  }
}

/** The maps split by shard, in one pass; only shards with entries are present. */
function shards(maps: Maps): Map<string, Maps> {
  const out = new Map<string, Maps>();
  for (const [n, m] of Object.entries(maps)) {
    for (const k in m) {
      const id = shardOf(k);
      const shard = out.get(id) ?? out.set(id, Object.fromEntries(Object.keys(maps).map((x) => [x, {}])) as Maps).get(id)!;
      shard[n]![k] = m[k];
    }
  }
  return out;
}

/** The shard's maps, or why it cannot be trusted. */
function readShard(file: string, format: ShardFormat): Maps | string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    return `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`;
  }
  const eol = bytes.indexOf(10);
  const header = eol > 0 && eol < 512 ? bytes.subarray(0, eol).toString('latin1').split(' ') : [];
  if (header.length !== 3 || header[0] !== magic) return 'no shard header';
  if (header[1] !== format.name) return `format ${header[1]}, expected ${format.name}`;
  const payload = bytes.subarray(eol + 1);
  if (checksum(format, payload) !== header[2]) return 'checksum mismatch';
  try {
    const maps = deserialize(payload) as unknown;
    return maps && typeof maps === 'object' && !Array.isArray(maps) ? (maps as Maps) : 'not a map of entries';
  } catch (e) {
    return `cannot decode: ${(e as Error).message}`;
  }
}

function checksum(format: ShardFormat, payload: Uint8Array): string {
  return contentHash(Buffer.concat([Buffer.from(`${format.name}\0`), payload]));
}

function sameEntries(a: Maps, b: Maps): boolean {
  return Object.keys(a).every((n) => {
    const [x, y] = [a[n]!, b[n] ?? {}];
    const keys = Object.keys(x);
    return keys.length === Object.keys(y).length && keys.every((k) => Object.hasOwn(y, k) && y[k] === x[k]);
  });
}

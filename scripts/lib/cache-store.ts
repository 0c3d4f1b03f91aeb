// Reading and writing the generator's caches. A cache is a few named maps
// whose keys are hex hashes; it is stored as up to 256 shard files, one per
// first two hex digits of the key, so that adding one seed rewrites a few
// small shards (about 50 KB each on the BBC corpus) instead of the whole cache. Files are in V8's
// serialisation format (three times faster than JSON to read back for the
// render cache's text) and replaced atomically: a killed run leaves the old
// shard or the new one.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';

/** Named maps of a cache, keyed by hex hash. */
export type Maps = Record<string, Record<string, unknown>>;

/** The shard a key is stored in: its first two hex digits. */
const shardOf = (key: string) => key.slice(0, 2);
const shardFile = /^[0-9a-f]{2}\.v8$/;

/** The maps stored in `dir` (each name present, empty when missing); an unreadable shard counts as empty, since a cache is never worth failing for. */
export function readSharded<T extends Maps>(dir: string, names: readonly (keyof T & string)[]): T {
  const out = Object.fromEntries(names.map((n) => [n, Object.create(null)])) as T;
  if (!existsSync(dir)) return out;
  for (const file of readdirSync(dir).filter((f) => shardFile.test(f)).sort()) {
    const shard = readShard(path.join(dir, file));
    for (const n of names) Object.assign(out[n] as Record<string, unknown>, shard?.[n] ?? {});
  }
  return out;
}

/** Writes the shards of `next` whose entries differ from `previous` (other keys, or other values by identity), and deletes emptied ones; returns how many changed. */
export function writeSharded(dir: string, next: Maps, previous: Maps): number {
  const [now, before] = [shards(next), shards(previous)];
  const empty = Object.fromEntries(Object.keys(next).map((n) => [n, {}])) as Maps;
  let written = 0;
  for (const id of [...new Set([...now.keys(), ...before.keys()])].sort()) {
    const shard = now.get(id) ?? empty;
    if (sameEntries(shard, before.get(id) ?? empty)) continue;
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `${id}.v8`);
    if (now.has(id)) {
      writeFileSync(`${file}.${process.pid}.tmp`, serialize(shard));
      renameSync(`${file}.${process.pid}.tmp`, file);
    } else rmSync(file, { force: true });
    written++;
  }
  // Note: shards of an older layout (one hex digit) are never read again.
  if (existsSync(dir)) for (const f of readdirSync(dir)) if (f.endsWith('.v8') && !shardFile.test(f)) rmSync(path.join(dir, f), { force: true });
  return written;
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

function readShard(file: string): Maps | undefined {
  if (!existsSync(file)) return undefined;
  try {
    return deserialize(readFileSync(file)) as Maps;
  } catch {
    return undefined;
  }
}

function sameEntries(a: Maps, b: Maps): boolean {
  return Object.keys(a).every((n) => {
    const [x, y] = [a[n]!, b[n] ?? {}];
    const keys = Object.keys(x);
    return keys.length === Object.keys(y).length && keys.every((k) => Object.hasOwn(y, k) && y[k] === x[k]);
  });
}


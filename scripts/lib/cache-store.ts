// Reading and writing the generator's caches. A cache is a few named maps
// whose keys are hex hashes; it is stored as 16 shard files, one per first
// hex digit of the key, so that adding one seed rewrites two small shards
// instead of the whole cache (65 MB on the BBC corpus). Files are in V8's
// serialisation format (three times faster than JSON to read back for the
// render cache's text) and replaced atomically: a killed run leaves the old
// shard or the new one.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';

/** Named maps of a cache, keyed by hex hash. */
export type Maps = Record<string, Record<string, unknown>>;

const digits = '0123456789abcdef';

/** The maps stored in `dir` (each name present, empty when missing); an unreadable shard counts as empty, since a cache is never worth failing for. */
export function readSharded<T extends Maps>(dir: string, names: readonly (keyof T & string)[]): T {
  const out = Object.fromEntries(names.map((n) => [n, Object.create(null)])) as T;
  for (const d of digits) {
    const shard = readShard(path.join(dir, `${d}.v8`));
    for (const n of names) Object.assign(out[n] as Record<string, unknown>, shard?.[n] ?? {});
  }
  return out;
}

/** Writes the shards of `next` whose entries differ from `previous` (other keys, or other values by identity); returns how many were written. */
export function writeSharded(dir: string, next: Maps, previous: Maps): number {
  const [now, before] = [shards(next), shards(previous)];
  let written = 0;
  for (const d of digits) {
    if (sameEntries(now.get(d)!, before.get(d)!)) continue;
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `${d}.v8`);
    writeFileSync(`${file}.${process.pid}.tmp`, serialize(now.get(d)));
    renameSync(`${file}.${process.pid}.tmp`, file);
    written++;
  }
  return written;
}

/** The maps split by the first hex digit of their keys, in one pass. */
function shards(maps: Maps): Map<string, Maps> {
  const out = new Map([...digits].map((d) => [d, Object.fromEntries(Object.keys(maps).map((n) => [n, {}])) as Maps]));
  for (const [n, m] of Object.entries(maps)) for (const k in m) out.get(k[0]!)![n]![k] = m[k];
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


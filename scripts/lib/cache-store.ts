// Reading and writing the generator's cache files: one file per cache, in
// V8's serialisation format (three times faster than JSON to read back for
// the render cache's 30 MB of text on the BBC corpus, and it keeps
// `undefined` fields as they were), replaced atomically, so a killed run
// leaves the old cache or the new one.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';

/** The value stored at `file`, or undefined when it is missing or unreadable (a cache is never worth failing for). */
export function readCache<T>(file: string): T | undefined {
  if (!existsSync(file)) return undefined;
  try {
    return deserialize(readFileSync(file)) as T;
  } catch {
    return undefined;
  }
}

/** Writes `value` to `file` through a temporary name. */
export function writeCache(file: string, value: unknown): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, serialize(value));
  renameSync(tmp, file);
}

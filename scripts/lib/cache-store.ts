// Reading and writing the generator's cache files: one JSON file per cache,
// replaced atomically, so a killed run leaves the old cache or the new one.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The parsed JSON at `file`, or undefined when it is missing or unreadable (a cache is never worth failing for). */
export function readCache<T>(file: string): T | undefined {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

/** Writes `value` as JSON to `file` through a temporary name. */
export function writeCache(file: string, value: unknown): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(value));
  renameSync(tmp, file);
}

import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** The latest modification time (ms) of a file or of any file under a folder; 0 when it does not exist. */
export async function newestMtime(path: string): Promise<number> {
  const info = await stat(path).catch(() => undefined);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  const entries = await readdir(path);
  const times = await Promise.all(entries.map((name) => newestMtime(join(path, name))));
  return Math.max(info.mtimeMs, ...times);
}

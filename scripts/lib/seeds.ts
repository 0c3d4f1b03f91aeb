// Reading the seeds folder: `.txt` and `.md` files, recursively, in a stable
// order. Anything that cannot be read safely is refused with its reason,
// never thrown: one bad file must not hide the report on the others.
import { closeSync, constants, fstatSync, openSync, readdirSync, readSync, realpathSync, type Stats } from 'node:fs';
import path from 'node:path';
import type { Refusal } from '../../src/generate/index.ts';
import type { SeedFile } from '../../src/pipeline/types.ts';
import { byString } from '../../src/util/order.ts';

export interface SeedRead {
  seeds: SeedFile[];
  refused: Refusal[];
  /**
   * Folders that could not be listed, with the reason. Unlike a refused
   * seed, this is never skipped: the seeds in such a folder are unknown, and
   * publishing without them would remove their pages.
   */
  unlisted: Refusal[];
}

/** Reads every seed under `dir`; files too large, unreadable, not regular or linking outside `dir` are refused, not read. */
export function readSeeds(dir: string, maxBytes: number): SeedRead {
  const root = realpathSync(dir);
  const seeds: SeedFile[] = [];
  const refused: Refusal[] = [];
  const unlisted: Refusal[] = [];
  for (const { rel, link } of listFiles(root, '', unlisted)) {
    const read = readSeed(root, rel, link, maxBytes);
    if (typeof read === 'string') refused.push({ seed: rel, reason: read });
    else seeds.push({ name: rel, bytes: read });
  }
  return { seeds, refused, unlisted };
}

/** One seed's bytes, or the reason it is refused; `link` when the folder lists it as a symbolic link. */
function readSeed(root: string, rel: string, link: boolean, maxBytes: number): Uint8Array | string {
  const full = path.join(root, rel);
  let target = full;
  // Note: only a link needs resolving (listFiles never enters a linked folder); resolving every path cost 0.1 s on 2,000 seeds.
  if (link) {
    try { target = realpathSync(full); } catch (e) { return `cannot resolve: ${reason(e)} (a broken symbolic link?)`; }
    if (!target.startsWith(root + path.sep)) return `symbolic link to ${target}, outside the seeds folder`;
  }
  let fd: number;
  // Note: O_NONBLOCK so that a named pipe called `x.txt` cannot stall the run on open; O_NOFOLLOW so that a file
  // replaced by a link after it was listed is refused rather than followed.
  try { fd = openSync(target, constants.O_RDONLY | constants.O_NONBLOCK | (link ? 0 : constants.O_NOFOLLOW)); } catch (e) { return `cannot open: ${reason(e)}`; }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return `not a regular file (${kind(stat)}); expected a text file`;
    if (stat.size > maxBytes) return `${stat.size} bytes, more than the limit of ${maxBytes} (raise it with --max-bytes)`;
    return readAll(fd, maxBytes, stat.size);
  } catch (e) {
    return `cannot read: ${reason(e)}`;
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads at most `maxBytes + 1` bytes, so a file that grows while it is read
 * is still caught by the limit. The buffer is sized by fstat's `size` plus
 * one byte, so a file that does not grow is read in one call.
 */
export function readAll(fd: number, maxBytes: number, size: number): Uint8Array | string {
  let buffer = Buffer.allocUnsafe(Math.min(size, maxBytes) + 1);
  let total = 0;
  for (let n; (n = readSync(fd, buffer, total, buffer.length - total, null)) > 0;) {
    total += n;
    if (total > maxBytes) return `more than the limit of ${maxBytes} bytes (raise it with --max-bytes)`;
    if (total === buffer.length) buffer = Buffer.concat([buffer], Math.min(2 * buffer.length, maxBytes + 1));
  }
  return buffer.subarray(0, total);
}

/** A seeds folder's own documents (a repository of seeds has a README): never articles. */
const notSeed = /^(?:README|LICEN[CS]E|CHANGELOG|CONTRIBUTING)(?:\.[a-z]+)?$/i;

/** Seed files under `root/rel`, in name order; `link` for those listed as symbolic links. */
function listFiles(root: string, rel: string, unlisted: Refusal[]): { rel: string; link: boolean }[] {
  const out: { rel: string; link: boolean }[] = [];
  let entries;
  try {
    entries = readdirSync(path.join(root, rel), { withFileTypes: true }).sort((a, b) => byString(a.name, b.name));
  } catch (e) {
    unlisted.push({ seed: rel || '.', reason: `cannot list folder: ${reason(e)}` });
    return out;
  }
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const child = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...listFiles(root, child, unlisted));
    else if (/\.(?:txt|md)$/i.test(e.name) && !notSeed.test(e.name)) out.push({ rel: child, link: e.isSymbolicLink() });
  }
  return out;
}

function kind(stat: Stats): string {
  return stat.isDirectory() ? 'a folder' : stat.isFIFO() ? 'a named pipe' : stat.isSocket() ? 'a socket' : 'a device';
}

function reason(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  return err.code ? `${err.code} ${err.syscall ?? ''}`.trim() : String(err.message);
}

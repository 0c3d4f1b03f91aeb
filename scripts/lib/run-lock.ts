// One run at a time on a content folder and on a cache. Two runs writing one
// folder would leave a mix of both (issue 14.2), so a run takes a lock file
// in each folder it writes before reading anything, and a second run refuses
// at once with a clear error rather than waiting: in CI or a cron job a
// refusal is visible and the next run redoes the work, where a wait could
// pile runs up. A lock names its owner (pid, host, start time); a lock whose
// process is gone, or whose pid now belongs to a process started later, is
// stale and taken over. The lock is released when the process exits.
import { hostname } from 'node:os';
import { closeSync, linkSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import { isAlive } from './process-alive.ts';

/** The lock file's name inside a locked folder. */
export const lockName = '.generate.lock';

/** What a lock file records of its owner. */
export interface LockOwner {
  pid: number;
  host: string;
  /** Milliseconds since the epoch when the run took the lock. */
  started: number;
}

/** Thrown when another live run holds a lock; its message is the one line to show. */
export class LockedError extends Error {}

/** Takes the lock of `dir` (created if missing) for this process until it exits; throws LockedError when a live run holds it. */
export function acquireLock(dir: string, now = Date.now()): () => void {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, lockName);
  const me: LockOwner = { pid: process.pid, host: hostname(), started: now };
  for (let attempt = 0; attempt < 5; attempt++) {
    if (create(file, me)) {
      const release = () => releaseLock(file, me);
      process.once('exit', release);
      return () => {
        process.removeListener('exit', release);
        release();
      };
    }
    const owner = readOwner(file);
    // Note: a lock file without an owner yet is being written by a run that just took it, unless it is old.
    if (!owner && now - (statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0) < 10_000) {
      throw new LockedError(`another generate run is taking the lock ${file}; run again when it has finished`);
    }
    if (owner && !isStale(owner)) {
      const ago = Math.round((now - owner.started) / 1000);
      throw new LockedError(`another generate run (pid ${owner.pid} on ${owner.host}, started ${new Date(owner.started).toISOString()}, ${ago} s ago) is using ${dir}; run again when it has finished (or, if no such process runs, delete ${file})`);
    }
    takeOver(file, owner);
  }
  throw new LockedError(`cannot take the lock ${file}: other runs keep taking it; run again later`);
}

/** True when the lock's owner is gone: its pid is dead, or was reused by a process started after the lock. A lock of another host is never stale from here. */
export function isStale(owner: LockOwner): boolean {
  if (owner.host !== hostname()) return false;
  if (!isAlive(owner.pid)) return true;
  const started = processStart(owner.pid);
  // Note: boot time has a second's precision, so a second of slack.
  return started !== undefined && started > owner.started + 1000;
}

function create(file: string, me: LockOwner): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'wx');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
  try {
    writeSync(fd, JSON.stringify(me) + '\n');
  } finally {
    closeSync(fd);
  }
  return true;
}

/** The owner a lock file names; undefined for a lock being written or unreadable, which counts as stale only once its writer is gone. */
function readOwner(file: string): LockOwner | undefined {
  try {
    const o = JSON.parse(readFileSync(file, 'utf8')) as LockOwner;
    return Number.isInteger(o.pid) && typeof o.host === 'string' && typeof o.started === 'number' ? o : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Removes a stale lock, unless another run replaced it meanwhile: the lock is
 * moved aside first and checked, and put back if it is not the one judged
 * stale (linkSync refuses to overwrite a lock taken since).
 */
function takeOver(file: string, stale: LockOwner | undefined): void {
  const aside = `${file}.${process.pid}.stale`;
  try {
    renameSync(file, aside);
  } catch {
    return;
  }
  const moved = readOwner(aside);
  if (JSON.stringify(moved) !== JSON.stringify(stale)) {
    try { linkSync(aside, file); } catch { /* a newer lock is in place: its owner wins */ }
  }
  rmSync(aside, { force: true });
}

function releaseLock(file: string, me: LockOwner): void {
  const owner = readOwner(file);
  if (owner && owner.pid === me.pid && owner.started === me.started) rmSync(file, { force: true });
}

/** When a process started, in milliseconds since the epoch (Linux /proc only; undefined elsewhere). */
function processStart(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const ticks = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]);
    const boot = Number(/^btime (\d+)$/m.exec(readFileSync('/proc/stat', 'utf8'))?.[1]);
    // Note: the kernel counts in clock ticks of 1/100 s on every Linux this runs on (USER_HZ).
    return Number.isFinite(ticks) && boot ? boot * 1000 + ticks * 10 : undefined;
  } catch {
    return undefined;
  }
}

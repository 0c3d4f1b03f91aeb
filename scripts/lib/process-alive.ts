// Whether a process id names a running process: how a lock, a staging
// folder or a temporary file tells a live run from a dead one.

/** True when `pid` is a running process (one we may not signal counts as running). */
export function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

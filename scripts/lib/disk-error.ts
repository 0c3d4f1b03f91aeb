// A failing disk (read-only, full, not permitted) used to end a run with a
// stack trace, sometimes a misleading one. The entry point turns a file
// system error into one line naming the file, what failed and what to do.

const hints: Record<string, string> = {
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full; free some space and run again',
  EDQUOT: 'the disk quota is exhausted; free some space and run again',
  EACCES: 'permission denied; make it writable (or readable) for this user and run again',
  EPERM: 'operation not permitted; check its owner and permissions',
  ENOENT: 'no such file or folder',
  ENOTDIR: 'a part of the path is not a folder',
  EISDIR: 'a folder is in the way of a file',
  EMFILE: 'too many open files; raise the limit (ulimit -n) and run again',
  EIO: 'input/output error from the disk',
};

/** One line for a file system error (`generate: cannot mkdir /x: EROFS, the file system is read-only`), or undefined for any other error. */
export function diskErrorLine(e: unknown): string | undefined {
  const err = e as NodeJS.ErrnoException & { dest?: string };
  if (!err || typeof err !== 'object' || typeof err.code !== 'string' || !err.syscall) return undefined;
  const target = [err.path, err.dest].filter(Boolean).join(' → ');
  return `generate: cannot ${err.syscall}${target ? ` ${target}` : ''}: ${err.code}, ${hints[err.code] ?? err.message}`;
}

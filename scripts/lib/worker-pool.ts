// A small pool of worker threads: chunks of work go out one at a time to
// whichever worker is free, so two workers stay busy whatever the chunk sizes.
import { Worker } from 'node:worker_threads';

/** Sends each chunk to one of `threads` workers running `url` (started with `workerData`); `onResult` hears each reply. */
export async function workerPool<C, R>(url: URL, workerData: unknown, chunks: readonly C[], threads: number, onResult: (r: R) => void): Promise<void> {
  const queue = [...chunks];
  const run = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      const next = () => {
        const chunk = queue.shift();
        if (chunk === undefined) resolve();
        else worker.postMessage(chunk);
      };
      worker.on('message', (r: R) => {
        onResult(r);
        next();
      });
      worker.on('error', reject);
      next();
    });
  const workers = Array.from({ length: Math.max(1, Math.min(threads, chunks.length)) }, () => new Worker(url, { workerData }));
  try {
    await Promise.all(workers.map(run));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/** `items` in consecutive chunks of `size`. */
export function chunked<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

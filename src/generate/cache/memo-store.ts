// Where a memo lives between runs. generate() reads a memo once and saves it
// once; the default keeps it in memory (a store passed to two runs lets the
// second reuse the first's work), scripts/ passes one on disk.

/** A memo's data between runs. */
export interface MemoStore<T> {
  /** What the last save left, or the empty memo. */
  load(): T;
  /** Keeps what `next` gives (a store may call it later, or never); `previous` is what load() gave, so a store can leave unchanged parts alone. */
  save(next: () => T, previous: T): void;
}

/** A store in memory, starting from `empty`. */
export function memoryStore<T>(empty: T): MemoStore<T> {
  let kept = empty;
  let pending: (() => T) | undefined;
  return {
    load: () => {
      // Note: computed only when a later run asks, so a run whose store is then dropped pays nothing for saving.
      if (pending) [kept, pending] = [pending(), undefined];
      return kept;
    },
    save: (next) => {
      pending = next;
    },
  };
}

import type { BriefingData } from '../model/index.ts';

/** Orders briefings newest first; undated ones last, then by title for a stable order. */
export function newestFirst<T extends { data: Pick<BriefingData, 'published' | 'title'> }>(briefings: readonly T[]): T[] {
  return [...briefings].sort((a, b) => (b.data.published ?? '').localeCompare(a.data.published ?? '') || a.data.title.localeCompare(b.data.title));
}

import type { BriefingData } from '../model/index.ts';
import { newestFirst as byNewest } from '../util/order.ts';

/** Orders briefing entries as the generator orders briefings: newest first, undated last, then by slug. */
export function newestFirst<T extends { data: Pick<BriefingData, 'published' | 'slug'> }>(briefings: readonly T[]): T[] {
  return byNewest(briefings, (b) => ({ published: b.data.published, tie: b.data.slug }));
}

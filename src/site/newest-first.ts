import type { BriefingData } from '../model/index.ts';
import { newestFirst as byNewest, newerFirst } from '../util/order.ts';

/** Orders briefing entries as the generator orders briefings: newest first, undated last, then by slug. */
export function newestFirst<T extends { data: Pick<BriefingData, 'published' | 'slug'> }>(briefings: readonly T[]): T[] {
  return byNewest(briefings, (b) => ({ published: b.data.published, tie: b.data.slug }));
}

/** Dated events newest first; events of one date keep the generator's order (briefing, sentence). */
export function newestEventsFirst<T extends { date: string }>(events: readonly T[]): T[] {
  // Note: Array.prototype.sort is stable, so equal dates stay in the order given.
  return [...events].sort((a, b) => newerFirst(a.date, b.date));
}

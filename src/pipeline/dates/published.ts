// The publication date: given in front matter, or the latest full date the
// article states (a dateline or photo caption often carries it, so the
// texts the clean stage removed are read too).
import type { Cleaned } from '../types.ts';
import { findDateExpressions } from './expressions.ts';
import { isoDay, parseDay, type Day } from './resolve.ts';

/** The publication day and whether it was inferred from the text rather than given. */
export interface Published {
  day: Day;
  inferred: boolean;
}

/** Front matter's `published`, else the latest full date in the paragraphs or removed texts. */
export function inferPublished(doc: Pick<Cleaned, 'meta' | 'paragraphs' | 'removed'>): Published | undefined {
  const given = doc.meta.published ? parseDay(doc.meta.published) : undefined;
  if (given) return { day: given, inferred: false };
  let latest: string | undefined;
  for (const text of [...doc.paragraphs, ...doc.removed.map((r) => r.text)]) {
    for (const e of findDateExpressions(text)) {
      if (e.year === undefined || e.month === undefined || e.day === undefined) continue;
      const iso = parseDay(isoDay({ year: e.year, month: e.month, day: e.day })) && isoDay({ year: e.year, month: e.month, day: e.day });
      if (iso && (!latest || iso > latest)) latest = iso;
    }
  }
  const day = latest ? parseDay(latest) : undefined;
  return day ? { day, inferred: true } : undefined;
}

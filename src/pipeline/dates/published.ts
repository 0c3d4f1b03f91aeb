// The publication date, only from a source that states it: the front matter,
// a date in the URL, a "Published"/"Updated" line, or the dateline. A date the
// story mentions or a photo caption carries is no publication date (a caption
// is often days older than the article), so when nothing says, there is none.
import type { PublishedFrom } from '../../model/index.ts';
import type { Cleaned } from '../types.ts';
import { type DateTools, findDateExpressions } from './expressions.ts';
import { isoDay, parseDay, type Day } from './resolve.ts';

/** The publication day and the source that states it. */
export interface Published {
  day: Day;
  from: PublishedFrom;
}

// "/2024/09/10/", "/2024-09-10-", "/20240910/": a date as a path segment or at its start.
const urlDate = /\/((?:19|20)\d{2})([/-]?)(\d{2})\2(\d{2})(?=[/_.-]|$)/;
// "/2024/09/": a year (and month) as a path segment, for a dateline that gives no year.
const urlYear = /\/((?:19|20)\d{2})\/(?:(\d{2})\/)?/;

/** The first stated publication date, in the order front matter, URL, "Published" line, dateline. */
export function findPublished(doc: Pick<Cleaned, 'meta' | 'removed'>, tools: DateTools): Published | undefined {
  const given = doc.meta.published ? parseDay(doc.meta.published) : undefined;
  if (given) return { day: given, from: 'front-matter' };
  const path = doc.meta.url ? pathOf(doc.meta.url) : '';
  const u = urlDate.exec(path);
  const fromUrl = u ? parseDay(`${u[1]}-${u[3]}-${u[4]}`) : undefined;
  if (fromUrl) return { day: fromUrl, from: 'url' };
  const line = firstFullDate(doc.removed.filter((r) => r.kind === 'timestamp').map((r) => r.text), tools);
  if (line) return { day: line, from: 'published-line' };
  const datelines = doc.removed.filter((r) => r.kind === 'dateline').map((r) => r.text);
  const full = firstFullDate(datelines, tools);
  if (full) return { day: full, from: 'dateline' };
  // Note: "LONDON, Feb 10 (Reuters) -" gives no year; only a year the URL states completes it.
  const y = urlYear.exec(path);
  const partial = datelines.flatMap((t) => findDateExpressions(t, tools)).find((e) => e.month !== undefined && e.day !== undefined);
  if (y && partial && (!y[2] || Number(y[2]) === partial.month)) {
    const day = parseDay(isoDay({ year: Number(y[1]), month: partial.month!, day: partial.day! }));
    if (day) return { day, from: 'dateline' };
  }
  return undefined;
}

function pathOf(url: string): string {
  try { return new URL(url).pathname; } catch { return ''; }
}

/** The first complete, real calendar date (year, month and day) in the texts. */
function firstFullDate(texts: readonly string[], tools: DateTools): Day | undefined {
  for (const text of texts) {
    for (const e of findDateExpressions(text, tools)) {
      if (e.year === undefined || e.month === undefined || e.day === undefined) continue;
      const day = parseDay(isoDay({ year: e.year, month: e.month, day: e.day }));
      if (day) return day;
    }
  }
  return undefined;
}

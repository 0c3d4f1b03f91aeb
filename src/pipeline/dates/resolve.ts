// Turns a date expression into an ISO date, reading missing parts from the
// publication date. Pure calendar arithmetic on UTC dates: no clock is read.
import type { DateExpression } from './expressions.ts';

/** A calendar day. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` of a day. */
export function isoDay(d: Day): string {
  return `${d.year}-${pad(d.month)}-${pad(d.day)}`;
}

/** Parses `YYYY-MM-DD`; undefined for anything else or an impossible day (Feb 30). */
export function parseDay(iso: string): Day | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  const d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return valid(d) ? d : undefined;
}

function valid(d: Day): boolean {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day));
  return t.getUTCFullYear() === d.year && t.getUTCMonth() === d.month - 1 && t.getUTCDate() === d.day;
}

function time(d: Day): number {
  return Date.UTC(d.year, d.month - 1, d.day);
}

function fromTime(t: number): Day {
  const x = new Date(t);
  return { year: x.getUTCFullYear(), month: x.getUTCMonth() + 1, day: x.getUTCDate() };
}

/**
 * The ISO date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`) an expression stands for.
 * A month and day without a year take the publication year, or the year
 * before when that would fall more than `graceDays` after publication.
 * Undefined when the expression needs a publication date and there is none.
 */
export function resolveDate(e: DateExpression, published: Day | undefined, graceDays = 0): string | undefined {
  const { year, month, day, weekday } = e;
  if (year !== undefined && month !== undefined && day !== undefined) return valid({ year, month, day }) ? isoDay({ year, month, day }) : undefined;
  if (year !== undefined && month !== undefined) return `${year}-${pad(month)}`;
  if (year !== undefined) return String(year);
  if (!published) return undefined;
  if (month !== undefined && day !== undefined) {
    const same = { year: published.year, month, day };
    if (!valid(same)) return undefined;
    const late = time(same) > time(published) + graceDays * DAY_MS;
    return isoDay(late ? { ...same, year: published.year - 1 } : same);
  }
  if (month !== undefined) {
    const before = e.last ? month < published.month : month <= published.month + Math.floor(graceDays / 30);
    return `${before ? published.year : published.year - 1}-${pad(month)}`;
  }
  if (weekday !== undefined) {
    const today = new Date(time(published)).getUTCDay();
    let back = (today - weekday + 7) % 7;
    if (e.last && back === 0) back = 7;
    return isoDay(fromTime(time(published) - back * DAY_MS));
  }
  if (e.last) return String(published.year - 1);
  return undefined;
}

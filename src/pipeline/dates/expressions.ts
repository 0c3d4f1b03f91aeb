// Finds date expressions in a sentence: full dates, month and day, month and
// year, month alone ("last March"), years ("in 2018") and weekdays
// ("on Tuesday"). Resolution against the publication date is resolve.ts's job.

import type { WordLists } from '../../lexicon/rule-files.ts';
import { escapeRegExp } from '../../util/regex.ts';

/** A date expression as written, with the parts it states. */
export interface DateExpression {
  /** The words as written, with their preposition ("on November 20"). */
  when: string;
  start: number;
  year?: number;
  /** 1-12. */
  month?: number;
  day?: number;
  /** 0 (Sunday) - 6. */
  weekday?: number;
  /** "last March": the month before the publication date's; "last year": the year before. */
  last?: boolean;
}

/** The date words (words.tsv), compiled into one pattern; made once per run by prepareDates. */
export interface DateTools {
  pattern: RegExp;
  /** A cheap test that skips the long pattern for the many sentences that state no date. */
  hint: RegExp;
  months: readonly string[];
  shortMonths: readonly string[];
  /** Sunday first, as Date.getUTCDay counts. */
  weekdays: readonly string[];
  /** "last March", "last Monday": the one before. */
  previous: RegExp;
  /** "May": a month only with a day or a year. */
  verbMonth: RegExp;
}

type DateWords = Pick<WordLists, 'month' | 'month-abbreviation' | 'weekday' | 'date-preposition' | 'month-lead' | 'year-lead' | 'weekday-date-lead' | 'year-not-before' | 'previous' | 'last-year' | 'verb-month' | 'year-modifier'>;

const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);
const alt = (words: readonly string[]) => words.map(escapeRegExp).join('|');

/** Compiles the date pattern from words.tsv's month and weekday names and the words that lead a date. */
export function prepareDates(lex: { words: DateWords }): DateTools {
  const w = lex.words;
  // Note: weekday lists Monday first; Date.getUTCDay counts from Sunday.
  const weekdays = [w.weekday.at(-1)!, ...w.weekday.slice(0, -1)];
  // Note: longest abbreviation first, so "Sept." is read whole before "Sep".
  const abbreviations = [...w['month-abbreviation']].sort((x, y) => y.length - x.length);
  const monthNames = alt(w.month.map(cap));
  const M = `(${monthNames}|${abbreviations.map((x) => `${escapeRegExp(cap(x))}\\.?`).join('|')})`;
  const D = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
  const Y = String.raw`((?:19|20)\d{2})`;
  const P = `(?:(${alt(w['date-preposition'])})\\s+)?`;
  const weekdayNames = alt(w.weekday.map(cap));
  const threes = [...new Set([...w.month, ...w.weekday].map((x) => cap(x.slice(0, 3))))];
  // Note: one pattern with named alternatives keeps the scan to a single pass, longest forms first;
  // the lookahead in front lets the engine skip words that can start no date at once.
  const starts = String.raw`\b(?=${alt(w['date-preposition'])}|${threes.join('|')}|\d)`;
  const pattern = new RegExp(
    starts + '(?:' + [
      String.raw`\b${P}(?<iso>${Y}-(\d{2})-(\d{2}))\b`,
      String.raw`\b${P}(?:(?:${weekdayNames}),?\s+)?(?<mdy>${M}\s+${D},?\s+${Y})\b`,
      String.raw`\b${P}(?<dmy>${D}\s+${M},?\s+${Y})\b`,
      String.raw`\b${P}(?<md>${M}\s+${D})\b(?!,?\s*\d)`,
      String.raw`\b${P}(?<dm>${D}\s+${M})\b(?![,.]?\s*(?:19|20)\d{2})`,
      String.raw`\b${P}(?<my>${M}\s+${Y})\b`,
      String.raw`\b(?<mo>(?:${alt(w['month-lead'])})\s+(?:${monthNames}))\b(?!\s+\d)`,
      String.raw`\b(?<yr>(?:${alt(w['year-lead'])})\s+(?:(?:${alt(w['year-modifier'])})\s+)?${Y})\b(?![-–]\d|\s*(?:${alt(w['year-not-before'])}))`,
      String.raw`\b(?<ly>${alt(w['last-year'])})\b`,
      String.raw`\b(?<wd>(?:${alt(w['weekday-date-lead'])})\s+(?:${weekdayNames})|(?:${weekdayNames}))\b`,
    ].join('|') + ')',
    'g',
  );
  return {
    pattern,
    hint: new RegExp(String.raw`\d|${[...new Set(w.month.map((x) => cap(x.slice(0, 3))))].join('|')}|${weekdayNames}|${alt(w['last-year'])}`),
    months: w.month,
    shortMonths: w['month-abbreviation'],
    weekdays,
    previous: new RegExp(`^(?:${alt(w.previous)})\\b`, 'i'),
    verbMonth: new RegExp(String.raw`\b(?:${alt(w['verb-month'].map(cap))})$`),
  };
}

/** 1-12 for a month's name or abbreviation (the first month it abbreviates: "Sept" is September); 0 for none. */
function monthNumber(word: string, t: DateTools): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  const full = t.months.indexOf(w);
  if (full >= 0) return full + 1;
  const short = t.shortMonths.includes(w) ? w : t.shortMonths.includes(w.slice(0, 3)) ? w.slice(0, 3) : undefined;
  return short === undefined ? 0 : t.months.findIndex((m) => m.startsWith(short)) + 1;
}

/** Parses one match into its parts; undefined when the numbers are no calendar date. */
function parts(g: Record<string, string | undefined>, text: string, t: DateTools): Omit<DateExpression, 'when' | 'start'> | undefined {
  const nums = (s: string) => [...s.matchAll(/\d+/g)].map((m) => Number(m[0]));
  const monthIn = (s: string) => monthNumber(/[A-Za-z]+\.?/.exec(s)?.[0] ?? '', t);
  let out: Omit<DateExpression, 'when' | 'start'> | undefined;
  if (g.iso) { const [y, m, d] = nums(g.iso); out = { year: y!, month: m!, day: d! }; }
  else if (g.mdy) { const [d, y] = nums(g.mdy); out = { year: y!, month: monthIn(g.mdy), day: d! }; }
  else if (g.dmy) { const [d, y] = nums(g.dmy); out = { year: y!, month: monthIn(g.dmy), day: d! }; }
  else if (g.md) out = { month: monthIn(g.md), day: nums(g.md)[0]! };
  else if (g.dm) out = { month: monthIn(g.dm), day: nums(g.dm)[0]! };
  else if (g.my) out = { month: monthIn(g.my), year: nums(g.my)[0]! };
  else if (g.mo) out = { month: monthNumber(g.mo.split(/\s+/).at(-1)!, t), ...(t.previous.test(g.mo) ? { last: true } : {}) };
  else if (g.yr) out = { year: nums(g.yr)[0]! };
  else if (g.ly) out = { last: true };
  else if (g.wd) out = { weekday: t.weekdays.indexOf(g.wd.split(/\s+/).at(-1)!.toLowerCase()), ...(t.previous.test(g.wd) ? { last: true } : {}) };
  if (!out || text === '') return undefined;
  if (out.month !== undefined && (out.month < 1 || out.month > 12)) return undefined;
  if (out.day !== undefined && (out.day < 1 || out.day > 31)) return undefined;
  return out;
}

/** Every date expression in `text`, in order. */
export function findDateExpressions(text: string, t: DateTools): DateExpression[] {
  const out: DateExpression[] = [];
  if (!t.hint.test(text)) return out;
  for (const m of text.matchAll(t.pattern)) {
    const p = parts(m.groups ?? {}, m[0], t);
    // Note: "May" is a verb far more often than a month: take it only with a day or year.
    if (!p || (t.verbMonth.test(m[0]) && p.day === undefined && p.year === undefined)) continue;
    out.push({ when: m[0].trim(), start: m.index, ...p });
  }
  return out;
}

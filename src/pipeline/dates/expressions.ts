// Finds date expressions in a sentence: full dates, month and day, month and
// year, month alone ("last March"), years ("in 2018") and weekdays
// ("on Tuesday"). Resolution against the publication date is resolve.ts's job.

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

const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const shortMonths: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12 };
const weekdays = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const M = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)`;
const D = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const Y = String.raw`((?:19|20)\d{2})`;
const P = String.raw`(?:(on|in|since|by|until|from|during|before|after|of|early|late|mid|last|this)\s+)?`;

// Note: one pattern with named alternatives keeps the scan to a single pass, longest forms first;
// the lookahead in front lets the engine skip words that can start no date at once.
const starts = String.raw`\b(?=on|in|since|by|until|from|during|before|after|of|early|late|mid|last|this|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|\d)`;
const pattern = new RegExp(
  starts + '(?:' + [
    String.raw`\b${P}(?<iso>${Y}-(\d{2})-(\d{2}))\b`,
    String.raw`\b${P}(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?<mdy>${M}\s+${D},?\s+${Y})\b`,
    String.raw`\b${P}(?<dmy>${D}\s+${M},?\s+${Y})\b`,
    String.raw`\b${P}(?<md>${M}\s+${D})\b(?!,?\s*\d)`,
    String.raw`\b${P}(?<dm>${D}\s+${M})\b(?![,.]?\s*(?:19|20)\d{2})`,
    String.raw`\b${P}(?<my>${M}\s+${Y})\b`,
    String.raw`\b(?<mo>(?:last|this|in|since|early|late|mid|until|by)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))\b(?!\s+\d)`,
    String.raw`\b(?<yr>(?:in|since|by|until|from|during|of|early|late|mid|mid-|before|after)\s+(?:early\s+|late\s+)?${Y})\b(?![-–]\d|\s*(?:%|per|people|troops|km|miles))`,
    String.raw`\b(?<ly>last year)\b`,
    String.raw`\b(?<wd>(?:on|last|this|since|until|by|early|late)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b`,
  ].join('|') + ')',
  'g',
);

function monthNumber(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  const full = months.indexOf(w);
  return full >= 0 ? full + 1 : (shortMonths[w] ?? shortMonths[w.slice(0, 3)] ?? 0);
}

/** Parses one match into its parts; undefined when the numbers are no calendar date. */
function parts(g: Record<string, string | undefined>, text: string): Omit<DateExpression, 'when' | 'start'> | undefined {
  const nums = (s: string) => [...s.matchAll(/\d+/g)].map((m) => Number(m[0]));
  const monthIn = (s: string) => monthNumber(/[A-Za-z]+\.?/.exec(s)?.[0] ?? '');
  let out: Omit<DateExpression, 'when' | 'start'> | undefined;
  if (g.iso) { const [y, m, d] = nums(g.iso); out = { year: y!, month: m!, day: d! }; }
  else if (g.mdy) { const [d, y] = nums(g.mdy); out = { year: y!, month: monthIn(g.mdy), day: d! }; }
  else if (g.dmy) { const [d, y] = nums(g.dmy); out = { year: y!, month: monthIn(g.dmy), day: d! }; }
  else if (g.md) out = { month: monthIn(g.md), day: nums(g.md)[0]! };
  else if (g.dm) out = { month: monthIn(g.dm), day: nums(g.dm)[0]! };
  else if (g.my) out = { month: monthIn(g.my), year: nums(g.my)[0]! };
  else if (g.mo) out = { month: monthNumber(g.mo.split(/\s+/).at(-1)!), ...(/^last/i.test(g.mo) ? { last: true } : {}) };
  else if (g.yr) out = { year: nums(g.yr)[0]! };
  else if (g.ly) out = { last: true };
  else if (g.wd) out = { weekday: weekdays.indexOf(g.wd.split(/\s+/).at(-1)!.toLowerCase()), ...(/^last/i.test(g.wd) ? { last: true } : {}) };
  if (!out || text === '') return undefined;
  if (out.month !== undefined && (out.month < 1 || out.month > 12)) return undefined;
  if (out.day !== undefined && (out.day < 1 || out.day > 31)) return undefined;
  return out;
}

// Note: most sentences state no date; this cheap test skips the long pattern for them.
const hint = /\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|day\b|last year/;

/** Every date expression in `text`, in order. */
export function findDateExpressions(text: string): DateExpression[] {
  const out: DateExpression[] = [];
  if (!hint.test(text)) return out;
  for (const m of text.matchAll(pattern)) {
    const p = parts(m.groups ?? {}, m[0]);
    // Note: "May" is a verb far more often than a month: take it only with a day or year.
    if (!p || (/\bMay$/.test(m[0]) && p.day === undefined && p.year === undefined)) continue;
    out.push({ when: m[0].trim(), start: m.index, ...p });
  }
  return out;
}

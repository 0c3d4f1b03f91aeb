// What an actor page shows besides its generated relations: the summary line,
// the actor's own timeline, strongest partners and briefing list. They need
// other briefings' front matter (dates, outlets, summaries), so the site
// derives them from the collections. Modality comes with the page data's relations (one row per modality).
import { type ActorPageData, cameoNames, countedModalities, type Modality, type Quad, Quad as QuadEnum, type TimelineEvent } from '../model/index.ts';
import { byString, newerFirst } from '../util/order.ts';

/** What the actor page needs of a briefing. */
export interface BriefingFacts {
  slug: string;
  title: string;
  published?: string | undefined;
  outlet?: string | undefined;
  /** The original article's address, when known. */
  url?: string | undefined;
  summary: string;
  timeline: readonly TimelineEvent[];
}

export type Facts = (slug: string) => BriefingFacts | undefined;


/** A role once, with the dates of the first and last briefing that gives it. */
export interface RoleSpan {
  role: string;
  from?: string;
  to?: string;
  briefings: number;
}

/** Each role once (the page data lists it once per briefing), most recent first. */
export function roleSpans(roles: ActorPageData['roles'], facts: Facts): RoleSpan[] {
  const spans = new Map<string, RoleSpan & { slugs: Set<string> }>();
  for (const { role, briefing } of roles) {
    const span = spans.get(role) ?? { role, briefings: 0, slugs: new Set<string>() };
    spans.set(role, span);
    if (span.slugs.has(briefing)) continue;
    span.slugs.add(briefing);
    span.briefings += 1;
    const date = facts(briefing)?.published;
    if (date && (!span.from || date < span.from)) span.from = date;
    if (date && (!span.to || date > span.to)) span.to = date;
  }
  return [...spans.values()].map(({ slugs: _, ...span }) => span).sort((a, b) => newerFirst(a.to, b.to) || b.briefings - a.briefings || byString(a.role, b.role));
}

/** The dates of the earliest and latest dated briefings that mention the actor. */
export function seen(briefings: readonly string[], facts: Facts): { first?: string; last?: string } {
  const dates = briefings.flatMap((slug) => facts(slug)?.published ?? []).sort(byString);
  return dates.length ? { first: dates[0]!, last: dates.at(-1)! } : {};
}

/** One entry of an actor's timeline: a sentence stating what the actor did or had done to it, or said. */
export interface TimelineEntry {
  /** The date the sentence itself gives, else its article's publication date. */
  date?: string;
  kind: 'relation' | 'quote';
  /** For relations: "Iran → provide aid → Hamas" and how the sentence states it, one per relation the sentence states. */
  ties: { text: string; modality: Modality }[];
  text: string;
  briefing: string;
  sentence: number;
}

/** A tie as words, source first: "Iran → provide aid → Hamas", or "Iran ↔ consult ↔ Qatar" when mutual. */
function tieWords(self: string, other: string, r: ActorPageData['relations'][number]): string {
  const name = cameoNames[r.cameo];
  if (r.direction === 'both') return `${self} ↔ ${name} ↔ ${other}`;
  return r.direction === 'out' ? `${self} → ${name} → ${other}` : `${other} → ${name} → ${self}`;
}

/**
 * The date of a sentence: a timeline event of the briefing at that sentence, else the briefing's date.
 * Note: a sentence date after publication is a misread year ("the October 7 attack" taken as this year), so it is not used.
 */
function sentenceDate(facts: BriefingFacts | undefined, sentence: number): string | undefined {
  const given = facts?.timeline.find((e) => e.sentence === sentence)?.date;
  const published = facts?.published;
  return given && (!published || given.slice(0, published.length) <= published) ? given : published;
}

/** How much of an actor's timeline its page shows (`shown`; an actor with more gets paged timeline pages) and how many entries such a page holds. */
export interface ActorTimelineSizes {
  shown: number;
  pageSize: number;
}

/**
 * The sizes: 30 on the actor page and 100 a timeline page, or both `value` (DOSSIER_ACTOR_TIMELINE_SIZE,
 * a positive integer read at build), which lets a small test site have paged actor timelines.
 */
export function actorTimelineSizes(value: string | undefined = process.env.DOSSIER_ACTOR_TIMELINE_SIZE): ActorTimelineSizes {
  const n = Number(value);
  return value && Number.isInteger(n) && n > 0 ? { shown: n, pageSize: n } : { shown: 30, pageSize: 100 };
}

/** The actor's relations and quotes as dated entries, newest first; a sentence stating several relations is one entry. */
export function actorTimeline(page: ActorPageData, facts: Facts, nameOf: (id: string) => string): TimelineEntry[] {
  const entries = new Map<string, TimelineEntry>();
  for (const r of page.relations) {
    for (const e of r.evidence) {
      const key = `${e.briefing}#${e.sentence}`;
      const entry = entries.get(key) ?? { kind: 'relation', ties: [], text: e.text, briefing: e.briefing, sentence: e.sentence, ...dated(sentenceDate(facts(e.briefing), e.sentence)) };
      entry.ties.push({ text: tieWords(page.name, nameOf(r.other), r), modality: r.modality });
      entries.set(key, entry);
    }
  }
  const quotes = page.quotes.map((q): TimelineEntry => ({ kind: 'quote', ties: [], text: q.text, briefing: q.briefing, sentence: q.sentence, ...dated(sentenceDate(facts(q.briefing), q.sentence)) }));
  const order = new Map(page.briefings.map((slug, i) => [slug as string, i]));
  return [...entries.values(), ...quotes].sort(
    (a, b) => newerFirst(a.date, b.date) || (order.get(a.briefing) ?? 0) - (order.get(b.briefing) ?? 0) || a.sentence - b.sentence || byString(a.kind, b.kind),
  );
}

const dated = (date: string | undefined) => (date ? { date } : {});

/**
 * The actor's strongest partners in each quad class present: other actor and relation count, top `max`.
 * Only ties count (`countedModalities`, the generator's rule: asserted and reported): a denied attack is no conflict partner.
 */
export function partnersByQuad(page: Pick<ActorPageData, 'relations'>, max = 3): { quad: Quad; partners: { id: string; count: number }[] }[] {
  return QuadEnum.options.flatMap((quad) => {
    const counts = new Map<string, number>();
    for (const r of page.relations) {
      if (r.quad === quad && countedModalities.has(r.modality)) counts.set(r.other, (counts.get(r.other) ?? 0) + r.count);
    }
    const partners = [...counts.entries()].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count || byString(a.id, b.id)).slice(0, max);
    return partners.length ? [{ quad, partners }] : [];
  });
}

/** A summary cut at a word boundary to at most `max` characters (no sentence splitting here: "Mr." would end it). */
export function oneLine(summary: string, max = 160): string {
  if ([...summary].length <= max) return summary;
  const cut = [...summary].slice(0, max - 1).join('');
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1)).replace(/[\s,;:]+$/, '')}…`;
}

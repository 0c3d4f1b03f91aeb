// summary: the title (given, found by clean, or written from the lead), a
// one- or two-sentence extractive summary, and 3-5 key points picked by a
// deterministic score (relations, actors named, position).
import type { Lexicon } from '../lexicon/load.ts';
import type { Evidence } from '../model/index.ts';
import { alternation } from '../util/regex.ts';
import { findQuoteSpans } from './quotes/marks.ts';
import type { Sentence, Summarized, WithDates } from './types.ts';

const SUMMARY_WORDS = 60;
const TITLE_WORDS = 12;
const MIN_POINTS = 3;
const MAX_POINTS = 5;

const words = (s: string) => s.trim().split(/\s+/);

/** What summary reads from the lexicon: where a headline written from the lead stops, and the words it never ends on. */
export interface SummaryTools {
  /** The main clause of a lead (group 1), up to a comma before a subordinate word, a semicolon or a dash. */
  mainClause: RegExp;
  weakEnd: RegExp;
}

/** Compiles the headline patterns from the lexicon's word lists. */
export function prepareSummary(lex: Pick<Lexicon, 'words'>): SummaryTools {
  return {
    mainClause: new RegExp(String.raw`^(.{12,}?)(?:,\s+${alternation(lex.words['headline-cut'])}\b|;|\s[—–]\s)`),
    weakEnd: new RegExp(String.raw`\s+${alternation(lex.words['headline-weak-end'])}$`, 'i'),
  };
}

/** Adds title, summary and key points. */
export function summary(doc: WithDates, tools: SummaryTools): Summarized {
  const lead = leadSentences(doc.sentences);
  const { title, titleSource } = pickTitle(doc, lead[0], tools);
  const text = lead.map((s) => s.text).join(' ');
  return { ...doc, title, titleSource, summary: trimWords(text, SUMMARY_WORDS), keyPoints: keyPoints(doc, new Set(lead.map((s) => s.index))) };
}

function pickTitle(doc: WithDates, lead: Sentence | undefined, tools: SummaryTools): Pick<Summarized, 'title' | 'titleSource'> {
  if (doc.meta.title) return { title: doc.meta.title, titleSource: 'front-matter' };
  if (doc.headline) return { title: doc.headline.text, titleSource: doc.headline.source };
  const first = lead?.text ?? doc.seed;
  return { title: headlineFrom(first, tools) || doc.seed, titleSource: 'lead' };
}

/** A headline-like clause from a lead sentence: the main clause, at most 12 words, no closing period. */
export function headlineFrom(sentence: string, tools: SummaryTools): string {
  let s = sentence.replace(/^[A-Z][\w\s,.'’-]{0,40}?\s[—–]\s/, '').trim(); // a dateline: "CNN — ", "LONDON — "
  const main = tools.mainClause.exec(s);
  if (main) s = main[1]!;
  const w = words(s);
  if (w.length > TITLE_WORDS) s = w.slice(0, TITLE_WORDS).join(' ');
  // Note: a cut headline ends on a content word, not "the" or "of".
  for (let prev = ''; prev !== s; ) {
    prev = s;
    s = s.replace(/[\s.,;:!?]+$/, '').replace(tools.weakEnd, '');
  }
  return s.trim();
}

/** The first one or two sentences that read as prose (not a bare quote), within the summary's word budget. */
function leadSentences(sentences: readonly Sentence[]): Sentence[] {
  const prose: Sentence[] = [];
  for (const s of sentences) {
    if (words(s.text).length >= 6 && quotedShare(s.text) < 0.5) prose.push(s);
    if (prose.length === 2) break;
  }
  const first = prose[0] ?? sentences[0];
  if (!first) return [];
  const second = prose[1];
  return second && words(first.text).length + words(second.text).length <= SUMMARY_WORDS ? [first, second] : [first];
}

function trimWords(text: string, max: number): string {
  const w = words(text);
  return w.length <= max ? text : `${w.slice(0, max).join(' ')}…`;
}

/** The share of a sentence's characters inside quotation marks. */
function quotedShare(text: string): number {
  if (!/["“”]/.test(text)) return 0;
  const inside = findQuoteSpans(text).reduce((n, s) => n + (s.close - s.open), 0);
  return text.length ? inside / text.length : 0;
}

/** Scores sentences by relations stated, actors named and position; keeps the best 3-5 in reading order. */
function keyPoints(doc: WithDates, exclude: Set<number>): Evidence[] {
  const relations = new Map<number, number>();
  for (const r of doc.relations) relations.set(r.evidence.sentence, (relations.get(r.evidence.sentence) ?? 0) + 1);
  const actors = new Map<number, Set<string>>();
  for (const m of doc.mentions) if (m.actor) actors.set(m.sentence, (actors.get(m.sentence) ?? new Set()).add(m.actor));
  const n = Math.max(doc.sentences.length, 1);
  // Note: scraped pages repeat paragraphs with small edits; the opening words catch both copies.
  const opening = (text: string) => words(text.toLowerCase()).slice(0, 8).join(' ');
  const seen = new Set(doc.sentences.filter((s) => exclude.has(s.index)).map((s) => opening(s.text)));
  const scored = doc.sentences
    .filter((s) => { const n = words(s.text).length; return !exclude.has(s.index) && n >= 6 && n <= 70 && quotedShare(s.text) < 0.5; })
    .filter((s) => { const k = opening(s.text); if (seen.has(k)) return false; seen.add(k); return true; })
    .map((s) => ({
      s,
      score: 2 * Math.min(relations.get(s.index) ?? 0, 3) + Math.min(actors.get(s.index)?.size ?? 0, 4) + 2 * (1 - s.index / n),
    }))
    .sort((a, b) => b.score - a.score || a.s.index - b.s.index);
  const strong = scored.filter((x) => x.score >= 3);
  const picked = (strong.length >= MIN_POINTS ? strong : scored).slice(0, MAX_POINTS);
  return picked.map((x) => x.s).sort((a, b) => a.index - b.index).map((s) => ({ sentence: s.index, text: s.text }));
}

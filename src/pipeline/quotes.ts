// quotes: direct quotations and who said them. Works paragraph by paragraph
// (quotes span sentences), pairs the marks, then looks for the speaker after
// the quote, before it, in the sentence before, or in the previous quote.
import type { Quote } from '../model/index.ts';
import { speakerAfter, speakerBefore, speakerOfSentence, type AttributionTools, type Words } from './quotes/attribution.ts';
import { layoutParagraphs, sentenceAt, type ParagraphText } from './quotes/layout.ts';
import { findQuoteSpans, type QuoteSpan } from './quotes/marks.ts';
import { mainSubject, parsedSpeaker } from './quotes/parse-speaker.ts';
import { resolveSpeaker, unattributed, type Speaker, type SpeakerContext } from './quotes/speaker.ts';
import type { QuoteTools } from './quotes/tools.ts';
import { clauseRole, headWord, isSubject } from './references/sites.ts';
import type { ActorMention, SyntaxWord, WithQuotes, WithRelations } from './types.ts';

/** How a quote found its speaker: named in its own sentence, or carried over from context. */
type Found = { words: Words; explicit: boolean } | 'inherit' | undefined;

export { prepareQuotes, type QuoteTools } from './quotes/tools.ts';

/** Finds direct quotations with their speakers (actor ids where the speaker is an actor of the briefing). */
export function quotes(doc: WithRelations, tools: QuoteTools): WithQuotes {
  const verbs = tools.attribution;
  const paras = layoutParagraphs(doc.sentences, doc.mentions, doc.references);
  const spans = paras.map((p) => findQuoteSpans(p.text));
  const ctx: SpeakerContext = {
    paras, spans, history: [], tools, parses: doc.parses,
    actorType: new Map(doc.actors.map((a) => [a.id as string, a.type])),
    previousSpeaker: (pi, at) => {
      const intro = previousSentence(ctx, pi, at);
      if (!intro) return undefined;
      const words = speakerOfSentence(masked(paras[intro.p]!.text, spans[intro.p]!), intro.start, intro.end, verbs, (at) => mainSubject(paras[intro.p]!, at, doc.parses));
      return words && { pi: intro.p, words };
    },
  };
  const out: Quote[] = [];
  const seen = new Set<string>();
  // A quote left open at a paragraph's end continues in the next; its speaker may be named only there.
  let carried: { speaker: Speaker; at: number; explicit: boolean } | undefined;
  paras.forEach((para, pi) => {
    spans[pi]!.forEach((span, si) => {
      const text = quoteText(para.text, span);
      const sentence = sentenceAt(para, span.open).index;
      const continued = carried && span.open === 0 ? carried : undefined;
      carried = undefined;
      // Note: scraped pages repeat paragraphs; a quotation counts once.
      if (!text || seen.has(text) || tools.term.test(para.text.slice(0, span.open))) return;
      const found = attribution(para, spans[pi]!, si, verbs, doc.parses);
      const explicit = Boolean(found && found !== 'inherit' && found.explicit);
      const speaker = pick(ctx, pi, span, sentence, found, explicit ? undefined : continued?.speaker, verbs);
      if (wordCount(text) < 5 && !explicit) return;
      if (continued && explicit && !continued.explicit) {
        const first = out[continued.at]!;
        out[continued.at] = { ...first, speaker: speaker.speaker, speakerIsActor: speaker.isActor };
      }
      seen.add(text);
      // Note: history keeps the sentence a quote ends in, so "the next sentence" is measured from there.
      ctx.history.push({ ...speaker, sentence: sentenceAt(para, Math.min(span.close, para.text.length - 1)).index });
      out.push({ speaker: speaker.speaker, speakerIsActor: speaker.isActor, text, sentence });
      if (!span.closed && si === spans[pi]!.length - 1) carried = { speaker, at: out.length - 1, explicit: explicit || Boolean(continued?.explicit) };
    });
  });
  return { ...doc, quotes: out };
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** The words inside the marks, without the comma news style puts before the closing mark. */
function quoteText(text: string, span: QuoteSpan): string {
  const inner = text.slice(span.open + 1, span.close).trim().replace(/[\s,;:]+$/, '');
  return /[\p{L}\p{N}]/u.test(inner) ? inner : '';
}

/** The speaker words for quote `si` of a paragraph, from its own sentence. */
function attribution(para: ParagraphText, spans: QuoteSpan[], si: number, v: AttributionTools, parses: readonly SyntaxWord[][]): Found {
  const span = spans[si]!;
  const closing = sentenceAt(para, Math.min(span.close, para.text.length - 1));
  const next = spans[si + 1];
  const tailEnd = Math.min(closing.end, next ? next.open : para.text.length);
  const after = span.closed ? speakerAfter(para.text, span.close + 1, tailEnd, v) : undefined;
  if (after) return { words: after, explicit: true };
  const opening = sentenceAt(para, span.open);
  const prev = spans[si - 1];
  const headStart = prev && prev.close >= opening.start ? prev.close + 1 : opening.start;
  const before = speakerBefore(para.text, opening.start, headStart, span.open, v, (at) => mainSubject(para, at, parses));
  if (before === 'inherit') return before;
  if (before) {
    // Note: "Salas fumed: “…”" (a verb the lexicon lacks, read as "X:"): the parse narrows the words to the verb's subject.
    const parsed = parsedSpeaker(para, span, parses);
    const narrower = parsed?.own && parsed.start >= before.start && parsed.end < before.end && /^\s+\p{Ll}+$/u.test(para.text.slice(parsed.end, before.end));
    return { words: narrower ? parsed : before, explicit: true };
  }
  const named = namedJustBefore(para, headStart, span, parses);
  if (named) return { words: named, explicit: true };
  // "A," with "B," according to C: the sentence's last words may name the speaker of every quote in it.
  const last = spans.filter((s) => s.open < closing.end && s.closed).at(-1);
  if (last && last !== span && last.close > span.close) {
    const end = speakerAfter(para.text, last.close + 1, closing.end, v);
    if (end) return { words: end, explicit: true };
  }
  const parsed = parsedSpeaker(para, span, parses);
  if (parsed) return { words: parsed, explicit: true };
  if (prev && prev.close >= opening.start) return 'inherit';
  return undefined;
}

/**
 * A speaker named with no verb of speech: "… championing: “…”" (the last
 * person before a colon), or "spokesman Nasser Kanani “strongly condemned …”"
 * (a name right before a quote that carries its own verb).
 */
function namedJustBefore(para: ParagraphText, from: number, span: QuoteSpan, parses: readonly SyntaxWord[][]): Words | undefined {
  const head = para.text.slice(from, span.open);
  const ms = para.mentions.filter((m) => m.start >= from && m.end <= span.open && (m.actor || m.type === 'person'));
  if (/:\s*$/.test(head)) {
    const person = ms.filter((m) => m.type === 'person' || m.kind === 'name').at(-1);
    if (person) return { start: person.start, end: person.end };
  }
  const last = ms.at(-1);
  // Note: only the subject of the quoted verb: in "calls Beijing “a decisive enabler”" or "between China and Russia “and their …”" the name is no speaker.
  if (last && /^\s*$/.test(para.text.slice(last.end, span.open)) && /^\p{Ll}/u.test(para.text.slice(span.open + 1)) && subjectMention(para, last, parses)) return { start: last.start, end: last.end };
  return undefined;
}

/** True when the parse makes mention `m` (at paragraph offsets) a subject. */
function subjectMention(para: ParagraphText, m: ActorMention, parses: readonly SyntaxWord[][]): boolean {
  const off = para.sentences.find((x) => x.index === m.sentence)?.start ?? 0;
  const words = parses[m.sentence] ?? [];
  const i = headWord(words, m.start - off, m.end - off);
  return i >= 0 && isSubject(clauseRole(words, i));
}

/** Chooses the speaker: found words, the continued quote's, the previous sentence's ("X said:"), or the last speaker nearby. */
function pick(ctx: SpeakerContext, pi: number, span: QuoteSpan, sentence: number, found: Found, continued: Speaker | undefined, v: AttributionTools): Speaker {
  const last = ctx.history.at(-1);
  if (found && found !== 'inherit') return resolveSpeaker(ctx, pi, found.words, sentence);
  if (continued) return { ...continued, sentence };
  if (found === 'inherit' && last && sentence - last.sentence <= 1) return { ...last, sentence };
  const intro = previousSentence(ctx, pi, span.open);
  if (intro) {
    const { p, start, end } = intro;
    const text = masked(ctx.paras[p]!.text, ctx.spans[p]!);
    const w = text.slice(start, end).trimEnd().endsWith(':') || !last || sentence - last.sentence > 2 ? speakerOfSentence(text, start, end, v, (at) => mainSubject(ctx.paras[p]!, at, ctx.parses)) : undefined;
    if (w) return resolveSpeaker(ctx, p, w, sentence);
  }
  if (last && sentence - last.sentence <= 2) return { ...last, sentence };
  return { speaker: unattributed, isActor: false, words: unattributed, sentence };
}

/** The paragraph with every quotation's words blanked out, so verbs inside quotes are not read as attribution. */
function masked(text: string, spans: QuoteSpan[]): string {
  let out = text;
  for (const s of spans) out = out.slice(0, s.open + 1) + ' '.repeat(s.close - s.open - 1) + out.slice(s.close);
  return out;
}

/** The sentence before the one a quote opens in (the previous paragraph's last one when it opens a paragraph). */
function previousSentence(ctx: SpeakerContext, pi: number, at: number): { para: ParagraphText; p: number; start: number; end: number } | undefined {
  const para = ctx.paras[pi]!;
  const own = sentenceAt(para, at);
  const i = para.sentences.indexOf(own);
  if (i > 0) return { para, p: pi, start: para.sentences[i - 1]!.start, end: para.sentences[i - 1]!.end };
  const before = ctx.paras[pi - 1];
  const s = before?.sentences.at(-1);
  return before && s ? { para: before, p: pi - 1, start: s.start, end: s.end } : undefined;
}

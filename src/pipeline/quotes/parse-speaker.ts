// The speaker from the parse, when the speech verb is none the lexicon
// knows ("Berg grumbled that “…”", "“…,” Berg fumed"): the subject of the
// verb whose clausal complement (or parataxis) holds the quotation, if that
// subject names an actor, a person or a resolved pronoun. It never falls back
// to an earlier speaker: a quote with a subject of its own is that subject's.
import type { SyntaxWord } from '../types.ts';
import type { Words } from './attribution.ts';
import type { ParagraphText } from './layout.ts';
import type { QuoteSpan } from './marks.ts';
import { sentenceAt } from './layout.ts';
import { subtree } from '../references/context.ts';

/** Relations by which a quotation hangs from the verb that reports it. */
const reported = /^(?:ccomp|parataxis|xcomp|obj)$/;

/** The speaker words the parse gives a quotation, at paragraph offsets; `own` when they hold the subject word itself (a name, not a word inside a description). */
export function parsedSpeaker(para: ParagraphText, span: QuoteSpan, parses: readonly SyntaxWord[][]): (Words & { own: boolean }) | undefined {
  const sentence = sentenceAt(para, span.open);
  const off = sentence.start;
  const words = parses[sentence.index] ?? [];
  const open = span.open - off;
  const close = Math.min(span.close, sentence.end) - off;
  const inside = (w: SyntaxWord) => w.start > open && w.end <= close;
  for (const [i, w] of words.entries()) {
    if (!inside(w) || (w.head >= 0 && inside(words[w.head]!))) continue;
    // The quote's own root: the verb above it, or a reporting verb hung beside it ("“…,” Berg fumed").
    const verb = w.head >= 0 ? (reported.test(w.deprel) ? w.head : -1) : words.findIndex((x, k) => x.head === i && x.deprel === 'parataxis' && !inside(x) && k > i);
    if (verb < 0 || words[verb]!.upos !== 'VERB') continue;
    const subject = words.findIndex((x) => x.head === verb && x.deprel === 'nsubj' && !inside(x));
    if (subject < 0) continue;
    const [from, to] = subtree(words, subject);
    const within = (x: { start: number; end: number }) => x.start >= from + off && x.end <= to + off;
    // The mention the subject word stands in ("Jorge Salas" of "Peruvian Trade Minister Jorge Salas"), else a reference, a person, an actor.
    const head = words[subject]!;
    const own = para.mentions.find((m) => (m.actor || m.type === 'person') && m.start <= head.start + off && m.end >= head.end + off);
    const ms = para.mentions.filter((m) => within(m) && (m.actor || m.type === 'person'));
    const hit = own ?? para.references.find(within) ?? ms.find((m) => m.type === 'person') ?? ms[0];
    if (hit) return { start: hit.start, end: hit.end, own: hit === own };
  }
  return undefined;
}

/**
 * The subject of a sentence's main clause ("In a statement, the UK …" → "the UK"): the name the root's
 * subject stands in, else a reference, a person or an actor in the subject, else a proper noun.
 */
export function mainSubject(para: ParagraphText, at: number, parses: readonly SyntaxWord[][]): Words | undefined {
  const sentence = sentenceAt(para, at);
  const off = sentence.start;
  const words = parses[sentence.index] ?? [];
  const root = words.findIndex((w) => w.head === -1);
  const subject = words.findIndex((w) => w.head === root && w.deprel.startsWith('nsubj'));
  if (root < 0 || subject < 0) return undefined;
  const head = words[subject]!;
  const [from, to] = subtree(words, subject);
  const within = (x: { start: number; end: number }) => x.start >= from + off && x.end <= to + off;
  const own = para.mentions.find((m) => (m.actor || m.type === 'person') && m.start <= head.start + off && m.end >= head.end + off);
  const ms = para.mentions.filter((m) => within(m) && (m.actor || m.type === 'person'));
  const hit = own ?? para.references.find(within) ?? ms.find((m) => m.type === 'person') ?? ms[0];
  if (hit) return { start: hit.start, end: hit.end };
  // Note: a name no mention covers ("Barcelona star Ronaldinho"): the proper nouns the subject word heads.
  if (head.upos !== 'PROPN') return undefined;
  const name = words.filter((w, k) => k === subject || (w.head === subject && /^(?:flat|compound)/.test(w.deprel) && w.upos === 'PROPN'));
  return { start: Math.min(...name.map((w) => w.start)) + off, end: Math.max(...name.map((w) => w.end)) + off };
}

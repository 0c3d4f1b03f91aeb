// The quotes stage reads whole paragraphs (a quotation often spans several
// sentences), so it rebuilds each paragraph from its sentences and keeps the
// offsets that map paragraph positions back to sentences and mentions.
import type { ActorMention, Reference, Sentence } from '../types.ts';

/** One sentence's place in its rebuilt paragraph. */
export interface Placed {
  index: number;
  start: number;
  end: number;
}

/** A paragraph rebuilt from its sentences (joined by one space), with the mentions moved to paragraph offsets. */
export interface ParagraphText {
  paragraph: number;
  text: string;
  sentences: Placed[];
  mentions: ActorMention[];
  /** The references stage's pronouns and descriptions, at paragraph offsets. */
  references: Reference[];
}

/** Groups sentences by paragraph, in order, and shifts each mention's and reference's offsets to its paragraph's text. */
export function layoutParagraphs(sentences: readonly Sentence[], mentions: readonly ActorMention[], references: readonly Reference[]): ParagraphText[] {
  const out: ParagraphText[] = [];
  const where = new Map<number, { para: ParagraphText; start: number }>();
  for (const s of sentences) {
    let para = out.at(-1);
    if (!para || para.paragraph !== s.paragraph) {
      para = { paragraph: s.paragraph, text: '', sentences: [], mentions: [], references: [] };
      out.push(para);
    }
    const start = para.text ? para.text.length + 1 : 0;
    para.text = para.text ? `${para.text} ${s.text}` : s.text;
    para.sentences.push({ index: s.index, start, end: para.text.length });
    where.set(s.index, { para, start });
  }
  for (const m of mentions) {
    const w = where.get(m.sentence);
    if (w) w.para.mentions.push({ ...m, start: m.start + w.start, end: m.end + w.start });
  }
  for (const r of references) {
    const w = where.get(r.sentence);
    if (w) w.para.references.push({ ...r, start: r.start + w.start, end: r.end + w.start });
  }
  for (const p of out) p.mentions.sort((a, b) => a.start - b.start);
  return out;
}

/** The sentence holding paragraph offset `at` (the last one when `at` is past the end). */
export function sentenceAt(para: ParagraphText, at: number): Placed {
  for (const s of para.sentences) if (at < s.end + 1) return s;
  return para.sentences.at(-1)!;
}

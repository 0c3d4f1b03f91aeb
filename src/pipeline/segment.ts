// segment: paragraphs into sentences. A sentence ends at . ! or ? (and any
// closing quotes after it) followed by a space and a capital, digit or opening
// quote, unless the period ends an abbreviation or an initial.
import type { Lexicon } from '../lexicon/load.ts';
import type { Cleaned, Segmented, Sentence } from './types.ts';

/** What segment reads from the lexicon. */
export interface SegmentTools {
  /** Lowercase words a period may end inside a sentence ("mr", "gen", "e.g"). */
  abbreviations: ReadonlySet<string>;
}

/** The lexicon's abbreviations as a set. */
export function prepareSegment(lex: Pick<Lexicon, 'words'>): SegmentTools {
  return { abbreviations: new Set(lex.words.abbreviation) };
}

const boundary = /([.!?…]+)(["”’')\]]*)(\s+)(?=["“‘'(\[]?[\p{Lu}\p{N}])/gu;

/** Splits one paragraph into sentence strings. */
export function splitSentences(paragraph: string, tools: SegmentTools): string[] {
  const out: string[] = [];
  let start = 0;
  for (const m of paragraph.matchAll(boundary)) {
    const end = m.index + m[1]!.length + m[2]!.length;
    if (m[1] === '.' && !m[2] && endsWithAbbreviation(paragraph.slice(start, m.index), tools)) continue;
    out.push(paragraph.slice(start, end).trim());
    start = end + m[3]!.length;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) out.push(rest);
  return out.filter(Boolean);
}

function endsWithAbbreviation(before: string, tools: SegmentTools): boolean {
  const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "S. Jaishankar", "George W. Bush"
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true; // "U.S", "D.C"
  // Note: the case of the word before the period does not matter ("Gen.", "GEN.").
  return tools.abbreviations.has(word.toLowerCase());
}

/** Numbers every sentence of every paragraph, in reading order. */
export function segment(doc: Cleaned, tools: SegmentTools): Segmented {
  const sentences: Sentence[] = [];
  doc.paragraphs.forEach((p, paragraph) => {
    for (const text of splitSentences(p, tools)) sentences.push({ index: sentences.length, paragraph, text });
  });
  return { ...doc, sentences };
}

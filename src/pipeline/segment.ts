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
    if (m[1] === '.' && !m[2] && endsWithAbbreviation(wordBefore(paragraph, start, m.index), tools)) continue;
    out.push(paragraph.slice(start, end).trim());
    start = end + m[3]!.length;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) out.push(rest);
  return out.filter(Boolean);
}

/**
 * The run of letters and periods ending at `end` (not before `start`).
 * Note: read backwards from the period, so a test costs the word's length;
 * a regex anchored at the end rescanned the whole sentence so far, once per
 * period (quadratic on a long sentence full of "Mr.").
 */
function wordBefore(text: string, start: number, end: number): string {
  let i = end;
  while (i > start) {
    const low = text.charCodeAt(i - 1);
    // Note: a letter outside the BMP is a surrogate pair, read as one code point.
    const width = low >= 0xdc00 && low <= 0xdfff && i - 2 >= start ? 2 : 1;
    if (!wordChar.test(text.slice(i - width, i))) break;
    i -= width;
  }
  return text.slice(i, end);
}
const wordChar = /^[\p{L}.]$/u;

function endsWithAbbreviation(word: string, tools: SegmentTools): boolean {
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

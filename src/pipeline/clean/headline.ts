// Headlines: whether a line reads as a headline. A headline a scraper spliced
// into a word of the body is splice.ts's job.

// A sentence ends in a period or colon, or in a closing quote after one; a headline does not.
const terminal = /(?:[.…:;,]|[.!?,]["”’)])$/u;

/** True when a paragraph reads as a headline or subheading: short, one line, no closing punctuation. */
export function isHeadingLike(paragraph: string, maxWords: number): boolean {
  const words = paragraph.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > maxWords) return false;
  if (!/^[\p{Lu}\p{N}"“‘']/u.test(paragraph) || /[.!]\s/u.test(paragraph)) return false;
  return !terminal.test(paragraph);
}

// Headlines: the article's first line, or a headline a scraper spliced into
// the body, often inside a word ("IIran’s FM moves to cement Russia, Qatar tiesran"
// is "I" + headline + "ran").
import { escapeRegExp } from '../../util/regex.ts';

// A sentence ends in a period or colon, or in a closing quote after one; a headline does not.
const terminal = /(?:[.…:;,]|[.!?,]["”’)])$/u;

/** True when a paragraph reads as a headline or subheading: short, one line, no closing punctuation. */
export function isHeadingLike(paragraph: string, maxWords: number): boolean {
  const words = paragraph.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > maxWords) return false;
  if (!/^[\p{Lu}\p{N}"“‘']/u.test(paragraph) || /[.!]\s/u.test(paragraph)) return false;
  return !terminal.test(paragraph);
}

export interface Splice {
  /** The paragraph with the splice undone. */
  text: string;
  headline: string;
}

/**
 * Finds a headline spliced inside a word: a token that starts with the
 * prefix of a word the article uses often, followed by a capital (IIran),
 * and, a few words on, a token that ends with the rest of that word (tiesran).
 */
export function findSplicedHeadline(paragraph: string, frequentWords: readonly string[]): Splice | undefined {
  // Only tokens with a capital glued inside them can open a splice; most paragraphs have none.
  for (const open of paragraph.matchAll(/(?<![\p{L}])(\p{L}{1,4}?)(?=\p{Lu}\p{Ll})/gu)) {
    const head = open[1]!;
    for (const word of frequentWords) {
      if (!word.startsWith(head) || word.length - head.length < 2) continue;
      const tail = escapeRegExp(word.slice(head.length));
      // A headline has no sentence breaks or quotation marks and ends glued to the tail.
      const rest = paragraph.slice(open.index + head.length);
      const splice = new RegExp(`^(\\p{Lu}\\p{Ll}[^.!?“”"\\n]{10,160}?\\p{Ll})${tail}(?![\\p{L}])`, 'u').exec(rest);
      if (!splice || splice[1]!.split(/\s+/).length < 3) continue;
      const text = paragraph.slice(0, open.index) + word + rest.slice(splice[0].length);
      return { text, headline: splice[1]! };
    }
  }
  return undefined;
}

// Headlines: the article's first line, or a headline a scraper spliced into
// the body, often inside a word ("IIran’s FM moves to cement Russia, Qatar tiesran"
// is "I" + headline + "ran").

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
  for (const word of frequentWords) {
    for (let k = 1; k < word.length - 1; k++) {
      const head = escape(word.slice(0, k));
      const tail = escape(word.slice(k));
      // A headline has no sentence breaks or quotation marks and ends glued to the tail.
      const splice = new RegExp(`(?<![\\p{L}])${head}(\\p{Lu}\\p{Ll}[^.!?“”"\\n]{10,160}?\\p{Ll})${tail}(?![\\p{L}])`, 'u').exec(paragraph);
      if (!splice) continue;
      const headline = splice[1]!;
      if (headline.split(/\s+/).length < 3) continue;
      const text = paragraph.slice(0, splice.index) + word + paragraph.slice(splice.index + splice[0].length);
      return { text, headline };
    }
  }
  return undefined;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

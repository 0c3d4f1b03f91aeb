// mentions: every span of a sentence that names or points to an actor.
// Reads each sentence's tokens left to right: a lexicon form (country, body,
// demonym, capital), a title and the name after it, or a run of capitalised
// words classified by its head word, given names and position.
import { scanSentence } from './mentions/scan.ts';
import type { MentionTools } from './mentions/tools.ts';
import { scanTokens } from './mentions/tokens.ts';
import type { Mention, Parsed, Sentence, WithMentions } from './types.ts';

export { prepareMentions, type MentionTools } from './mentions/tools.ts';

/** Finds the mentions of every sentence. */
export function mentions(doc: Parsed, tools: MentionTools): WithMentions {
  // Note: the lexicons and rules are English; on other languages they find only junk.
  if (doc.language !== 'en') return { ...doc, mentions: [] };
  const known = capitalisedMidSentence(doc.sentences, tools.adjectiveTail);
  const found: Mention[] = [];
  for (const s of doc.sentences) found.push(...scanSentence(s, tools, known));
  return { ...doc, mentions: found };
}

/**
 * Words written with a capital where a sentence does not force one: a
 * sentence-initial word counts as a name only if the article also
 * capitalises it elsewhere ("Taken together" is no name; "Doha has" is).
 */
export function capitalisedMidSentence(sentences: Sentence[], adjectiveTail: RegExp): Set<string> {
  const known = new Set<string>();
  for (const s of sentences) {
    const tokens = scanTokens(s.text, adjectiveTail);
    tokens.forEach((t, i) => {
      if (i > 0 && t.cap && !/^["“‘'(\[:—–-]$/u.test(tokens[i - 1]!.text)) known.add(t.text);
    });
  }
  return known;
}

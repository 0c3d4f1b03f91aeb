// mentions: every span of a sentence that names or points to an actor.
// Reads each sentence's words (the syntax stage's, mentions/words.ts) left to right: a lexicon form (country, body,
// demonym, capital), a title and the name after it, or a run of capitalised
// words classified by its head word, given names and position.
import { scanSentence } from './mentions/scan.ts';
import type { MentionTools } from './mentions/tools.ts';
import { mentionWords, type Token } from './mentions/words.ts';
import type { Mention, Parsed, WithMentions } from './types.ts';

export { prepareMentions, type MentionTools } from './mentions/tools.ts';

/** Finds the mentions of every sentence. */
export function mentions(doc: Parsed, tools: MentionTools): WithMentions {
  // Note: the lexicons and rules are English; on other languages they find only junk.
  if (doc.language !== 'en') return { ...doc, mentions: [] };
  const words = doc.parses.map((p) => mentionWords(p, tools.adjectiveTail));
  const known = capitalisedMidSentence(words);
  const found: Mention[] = [];
  doc.sentences.forEach((s, i) => found.push(...scanSentence(s, words[i] ?? [], tools, known)));
  return { ...doc, mentions: found };
}

/**
 * Words written with a capital where a sentence does not force one: a
 * sentence-initial word counts as a name only if the article also
 * capitalises it elsewhere ("Taken together" is no name; "Doha has" is).
 */
export function capitalisedMidSentence(sentences: readonly Token[][]): Set<string> {
  const known = new Set<string>();
  for (const tokens of sentences) {
    tokens.forEach((t, i) => {
      if (i > 0 && t.cap && !/^["“‘'(\[:—–-]$/u.test(tokens[i - 1]!.text)) known.add(t.text);
    });
  }
  return known;
}

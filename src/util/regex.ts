// Turning word lists into regular expressions: the one escape, the one alternation.

/** `text` with every character a regular expression reads as syntax escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A non-capturing group matching any of `words` literally, tried in the order given: `(?:a|b|c)`. */
export function alternation(words: readonly string[]): string {
  if (!words.length) throw new Error('alternation: no words, expected at least one');
  return `(?:${words.map(escapeRegExp).join('|')})`;
}

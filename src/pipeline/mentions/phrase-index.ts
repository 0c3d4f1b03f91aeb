// A phrase index: multi-word forms looked up by their tokens, longest first.
import { phraseWords, type Token } from './words.ts';

export interface PhraseIndex<T> {
  /** Longest phrase starting at token `i`: its value and how many tokens it spans. */
  match(tokens: Token[], i: number): { value: T; length: number } | undefined;
}

/** Builds an index over `forms`; `fold` makes matching case-insensitive. */
export function phraseIndex<T>(forms: Iterable<[string, T]>, fold = false): PhraseIndex<T> {
  const key = (s: string) => (fold ? s.toLowerCase() : s);
  const byFirst = new Map<string, { words: string[]; value: T }[]>();
  for (const [form, value] of forms) {
    const words = phraseWords(form).map((t) => key(t.text));
    if (!words.length) continue;
    const list = byFirst.get(words[0]!) ?? [];
    list.push({ words, value });
    byFirst.set(words[0]!, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return {
    match(tokens, i) {
      const first = tokens[i];
      if (!first) return undefined;
      for (const { words, value } of byFirst.get(key(first.text)) ?? []) {
        if (words.every((w, j) => tokens[i + j] && key(tokens[i + j]!.text) === w)) return { value, length: words.length };
      }
      return undefined;
    },
  };
}

// The speech verbs of src/lexicon/speech-verbs.txt as the patterns the quotes stage uses.
import { byString } from '../../util/order.ts';

/** The reporting verbs as one alternation, longest forms first so "said" never matches inside "saids". */
export interface SpeechVerbs {
  forms: Set<string>;
  /** `\b(?:said|told|…)\b`, case-sensitive: "States" in "United States" is no verb. */
  any: RegExp;
  /** The same alternation as source text, for building larger patterns. */
  source: string;
}

/** Compiles the verb forms (lowercase letters, as the loader checked them). */
export function compileSpeechVerbs(list: readonly string[]): SpeechVerbs {
  const forms = new Set(list);
  const source = `(?:${[...forms].sort((a, b) => b.length - a.length || byString(a, b)).join('|')})`;
  return { forms, any: new RegExp(`\\b${source}\\b`, 'g'), source };
}

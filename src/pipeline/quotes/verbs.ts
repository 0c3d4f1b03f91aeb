// Reads src/lexicon/speech-verbs.txt into the patterns the quotes stage uses.
import type { Lexicon } from '../../lexicon/load.ts';
import { parseList } from '../../lexicon/table.ts';
import { byString } from '../../util/order.ts';

/** The reporting verbs as one alternation, longest forms first so "said" never matches inside "saids". */
export interface SpeechVerbs {
  forms: Set<string>;
  /** `\b(?:said|told|…)\b`, case-sensitive: "States" in "United States" is no verb. */
  any: RegExp;
  /** The same alternation as source text, for building larger patterns. */
  source: string;
}

const cache = new WeakMap<Lexicon, SpeechVerbs>();

/** Parses the verb list (one verb a line: a label, then the forms to match, separated by spaces). */
export function parseSpeechVerbs(text: string): SpeechVerbs {
  const forms = new Set(parseList(text).flatMap((line) => line.split(/\s+/).slice(1)));
  for (const f of forms) if (!/^[a-z]+$/.test(f)) throw new Error(`speech-verbs.txt: form \`${f}\`, expected lowercase letters only`);
  const source = `(?:${[...forms].sort((a, b) => b.length - a.length || byString(a, b)).join('|')})`;
  return { forms, any: new RegExp(`\\b${source}\\b`, 'g'), source };
}

/** The lexicon's speech verbs, parsed once per Lexicon object. */
export function speechVerbs(lex: Lexicon): SpeechVerbs {
  let v = cache.get(lex);
  if (!v) {
    const text = lex.files['speech-verbs.txt'];
    if (text === undefined) throw new Error('lexicon file speech-verbs.txt is missing: add it to lexiconFiles in src/lexicon/load.ts');
    v = parseSpeechVerbs(text);
    cache.set(lex, v);
  }
  return v;
}

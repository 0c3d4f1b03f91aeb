// A cheap language guess, so that a seed in another language is published
// with a note rather than mined for junk actors. Extraction covers English
// only; all this must tell is "English or not", and which language if easy.
// The function words of each language are data (src/lexicon/stopwords.tsv).
import type { Stopwords } from '../../lexicon/rule-files.ts';

/** The guess: an ISO 639-1 code, or `und` when the text is not English and no list fits. */
export interface LanguageGuess {
  language: string;
  warning?: string;
}

/** Each language's function words as a set, English first; made once per run by prepareLanguage. */
export type LanguageTools = ReadonlyMap<string, ReadonlySet<string>>;

/** Compiles stopwords.tsv's lists into sets. */
export function prepareLanguage(stopwords: Stopwords): LanguageTools {
  return new Map([...stopwords].map(([code, words]) => [code, new Set(words)]));
}

// Scripts that name their language well enough for a label.
const scripts: [RegExp, string][] = [
  [/\p{Script=Hangul}/u, 'ko'], [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'ja'], [/\p{Script=Han}/u, 'zh'],
  [/\p{Script=Cyrillic}/u, 'ru'], [/\p{Script=Arabic}/u, 'ar'], [/\p{Script=Hebrew}/u, 'he'], [/\p{Script=Greek}/u, 'el'],
  [/\p{Script=Devanagari}/u, 'hi'], [/\p{Script=Thai}/u, 'th'],
];

// Below this many words the guess is left at English: a headline and a line of text say too little.
const minWords = 20;
// News prose runs at 30-45% of its language's words here; text in another language at under 5% of the English ones.
const minEnglishShare = 0.15;
const minAnyEnglish = 0.03;
// Only the start of the text is read, so the guess costs the same for any seed length.
const sample = 20_000;

/** Guesses the language of `text`; a non-English guess comes with a warning for the briefing. */
export function language(text: string, lists: LanguageTools): LanguageGuess {
  const head = text.slice(0, sample);
  const letters = head.match(/\p{L}/gu)?.length ?? 0;
  const latin = head.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (letters > 50 && latin < letters / 2) return notEnglish(scripts.find(([re]) => re.test(head))?.[1] ?? 'und');
  const words = head.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < minWords) return { language: 'en' };
  const shares = [...lists].map(([code, set]) => [code, words.filter((w) => set.has(w)).length / words.length] as const);
  const english = shares.find(([code]) => code === 'en')![1];
  const best = shares.filter(([code]) => code !== 'en').sort((a, b) => b[1] - a[1])[0]!;
  if (best[1] >= minEnglishShare && best[1] > english) return notEnglish(best[0]);
  // Note: English with few of these words is usually a list of names (a squad, a cabinet); only almost none means another language.
  return english < minAnyEnglish && words.length >= 50 ? notEnglish('und') : { language: 'en' };
}

function notEnglish(code: string): LanguageGuess {
  const name = code === 'und' ? 'not English' : `in language \`${code}\``;
  return { language: code, warning: `note: this article seems to be ${name}; extraction covers English only, so actors, relations and quotes may be missing` };
}

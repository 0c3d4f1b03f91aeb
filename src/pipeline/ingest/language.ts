// A cheap language guess, so that a seed in another language is published
// with a note rather than mined for junk actors. Extraction covers English
// only; all this must tell is "English or not", and which language if easy.
// Note: the word lists live here, not in src/lexicon, because ingest runs
// before any stage is given the lexicon, and fifteen words a language are
// not something a curator edits.

/** The guess: an ISO 639-1 code, or `und` when the text is not English and no list fits. */
export interface LanguageGuess {
  language: string;
  warning?: string;
}

const stopwords: Record<string, readonly string[]> = {
  en: ['the', 'of', 'and', 'to', 'in', 'is', 'that', 'for', 'on', 'with', 'was', 'by', 'said', 'it', 'from', 'has', 'he', 'his', 'are', 'have', 'be', 'at', 'this', 'an', 'as', 'who', 'will', 'not', 'they', 'their', 'which', 'after', 'were', 'but'],
  fr: ['le', 'la', 'les', 'des', 'et', 'est', 'une', 'du', 'dans', 'que', 'pour', 'qui', 'sur', 'au', 'pas', 'avec', 'par', 'ont', 'aux', 'il'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'ein', 'eine', 'mit', 'den', 'dem', 'sich', 'auf', 'für', 'des', 'auch', 'wird', 'von', 'zu', 'im'],
  es: ['el', 'los', 'las', 'que', 'del', 'por', 'una', 'con', 'para', 'es', 'se', 'su', 'al', 'lo', 'como', 'más', 'pero', 'sus', 'fue', 'y'],
  it: ['il', 'di', 'che', 'della', 'per', 'non', 'sono', 'gli', 'del', 'alla', 'una', 'con', 'anche', 'nel', 'è', 'si', 'ha', 'dei', 'le', 'delle'],
  pt: ['o', 'os', 'que', 'não', 'uma', 'com', 'para', 'do', 'da', 'dos', 'das', 'em', 'se', 'por', 'mais', 'foi', 'ao', 'como', 'seu', 'à'],
  nl: ['de', 'het', 'een', 'van', 'en', 'dat', 'niet', 'zijn', 'voor', 'met', 'op', 'ook', 'worden', 'wordt', 'maar', 'bij', 'naar', 'deze', 'heeft', 'werd'],
};
const lists = new Map(Object.entries(stopwords).map(([code, words]) => [code, new Set(words)]));

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
export function language(text: string): LanguageGuess {
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

// Parsers for the lexicon files that hold rules rather than actors:
// boilerplate patterns, name heads, speech verbs, verb frames and word lists.
// They validate and return plain rows; each stage compiles its own tools
// from them (regular expressions, indexes) in its `prepare` function.
import { listCell, parseList, parseTable } from './table.ts';

/** What the clean stage may remove, as boilerplate.tsv names it. */
export const removedKinds = ['newsletter', 'teaser', 'credit', 'caption', 'subheading', 'headline', 'byline', 'update-note', 'dateline', 'timestamp', 'contact', 'share'] as const;
export type RemovedKind = (typeof removedKinds)[number];

/** A row of boilerplate.tsv: a pattern (source text, not yet compiled) and when to try it. */
export interface BoilerplateRow {
  kind: RemovedKind;
  /** True when the pattern is case-sensitive (`case` is `exact`). */
  exact: boolean;
  /** Lowercase text a paragraph must contain for the pattern to be tried; empty for always. */
  needs: string;
  pattern: string;
}

/** Parses boilerplate.tsv; throws naming the row on an unknown kind or a pattern that does not compile. */
export function parseBoilerplate(text: string): BoilerplateRow[] {
  return parseTable(text, 'boilerplate.tsv', ['kind', 'case', 'needs', 'pattern']).map((row, i) => {
    const kind = row.kind as RemovedKind;
    if (!removedKinds.includes(kind)) throw new Error(`boilerplate.tsv: row ${i + 1}: kind \`${row.kind}\`, expected one of ${removedKinds.join(', ')}`);
    const exact = row.case === 'exact';
    try {
      new RegExp(row.pattern!, exact ? 'gu' : 'giu');
    } catch (e) {
      throw new Error(`boilerplate.tsv: row ${i + 1}: bad pattern: ${(e as Error).message}`);
    }
    return { kind, exact, needs: (row.needs ?? '').toLowerCase(), pattern: row.pattern! };
  });
}

/** What an unknown name's head word makes it. */
export const headClasses = ['organization', 'group', 'media', 'place', 'event', 'other'] as const;
export type HeadClass = (typeof headClasses)[number];

/** A row of name-heads.tsv. */
export interface NameHead {
  word: string;
  position: 'any' | 'first' | 'last';
  class: HeadClass;
}

/** Parses name-heads.tsv; throws naming the word on an unknown class or position. */
export function parseNameHeads(text: string): NameHead[] {
  return parseTable(text, 'name-heads.tsv', ['word', 'position', 'class']).map((r) => {
    if (!headClasses.includes(r.class as HeadClass)) throw new Error(`name-heads.tsv: ${r.word}: class \`${r.class}\`, expected one of ${headClasses.join(', ')}`);
    if (r.position !== 'any' && r.position !== 'first' && r.position !== 'last') throw new Error(`name-heads.tsv: ${r.word}: position \`${r.position}\`, expected any, first or last`);
    return { word: r.word!, position: r.position, class: r.class as HeadClass };
  });
}

/** Parses speech-verbs.txt (one verb a line: a label, then the forms to match) into its forms, in file order. */
export function parseSpeechVerbs(text: string): string[] {
  const forms = [...new Set(parseList(text).flatMap((line) => line.split(/\s+/).slice(1)))];
  for (const f of forms) if (!/^[a-z]+$/.test(f)) throw new Error(`speech-verbs.txt: form \`${f}\`, expected lowercase letters only`);
  return forms;
}

/** A row of verbs.tsv: a frame or a word class, checked by the relations stage when it compiles them. */
export interface VerbRow {
  kind: string;
  cameo: string;
  symmetric: string;
  pattern: string;
}

/** Parses verbs.tsv into rows. */
export function parseVerbRows(text: string): VerbRow[] {
  return parseTable(text, 'verbs.tsv', ['kind', 'cameo', 'symmetric', 'pattern']).map((r) => ({
    kind: r.kind ?? '', cameo: r.cameo ?? '', symmetric: r.symmetric ?? '', pattern: r.pattern ?? '',
  }));
}

/** Stopwords by ISO 639-1 code, in file order; `en` is always there. */
export type Stopwords = ReadonlyMap<string, readonly string[]>;

/** Parses stopwords.tsv (`language` and `words`, a list cell). Throws on a repeated or missing language, or no `en`. */
export function parseStopwords(text: string): Stopwords {
  const out = new Map<string, string[]>();
  for (const r of parseTable(text, 'stopwords.tsv', ['language', 'words'])) {
    const code = r.language ?? '';
    if (!/^[a-z]{2}$/.test(code) || out.has(code)) throw new Error(`stopwords.tsv: language \`${code}\`, expected a new two-letter ISO 639-1 code`);
    const words = listCell(r.words);
    if (!words.length) throw new Error(`stopwords.tsv: no words for \`${code}\``);
    out.set(code, words);
  }
  if (!out.has('en')) throw new Error('stopwords.tsv: no row for `en`');
  return out;
}

/** The word lists of words.tsv, by name: the small closed classes the rules read (see the file's header). */
export const wordListNames = [
  'speech-adverb', 'trailing-word', 'weekday', 'passive-marker', 'clause-boundary', 'leading-connective', 'speaker-opener', 'not-speaker',
  'speaker-end', 'subject-pronoun', 'statement-noun', 'document-noun', 'source-verb', 'source-link', 'according-end', 'inverting-verb',
  'naming-word', 'speaker-conjunction', 'name-particle', 'glued-particle', 'possessive-determiner', 'headline-cut', 'headline-weak-end', 'personal-pronoun', 'collective-pronoun', 'abbreviation', 'adjective-suffix', 'not-person-title',
  'surname-particle', 'given-name-particle', 'name-suffix', 'given-name-title',
  'term-object', 'term-determiner', 'partitive', 'indefinite-opener', 'weekday-lead', 'article', 'verb-not-speaker',
  'description-end', 'head-joiner', 'plural-ending', 'label-ending', 'body-organ', 'inflection-suffix', 'stem-inflection',
  'reference-male-pronoun', 'reference-female-pronoun', 'reference-thing-pronoun', 'reference-plural-pronoun', 'reference-group', 'reference-group-state', 'reference-group-person', 'reference-not-modifier', 'reference-body', 'reference-force-body', 'reference-state',
  'reference-document', 'reference-person-head', 'reference-rank-head', 'reference-voice', 'male-honorific', 'female-honorific', 'leader-role', 'expletive-verb', 'reference-private-body', 'reference-title-qualifier', 'reference-reflexive', 'reference-group-men', 'reference-group-women',
  'speaker-voice',
  'month', 'month-abbreviation', 'date-preposition', 'month-lead', 'year-lead', 'weekday-date-lead', 'year-not-before', 'previous', 'last-year', 'verb-month', 'year-modifier',
] as const;
export type WordListName = (typeof wordListNames)[number];

/** Each word list, its words in file order (lowercase unless the list is about capitalised words). */
export type WordLists = Readonly<Record<WordListName, readonly string[]>>;

/** Parses words.tsv (`list` and `words`, a list cell; a list may take several rows). Throws on an unknown or missing list. */
export function parseWordLists(text: string): WordLists {
  const lists = Object.fromEntries(wordListNames.map((n) => [n, [] as string[]])) as Record<WordListName, string[]>;
  for (const r of parseTable(text, 'words.tsv', ['list', 'words'])) {
    const name = r.list as WordListName;
    if (!wordListNames.includes(name)) throw new Error(`words.tsv: list \`${r.list}\`, expected one of ${wordListNames.join(', ')}`);
    lists[name].push(...listCell(r.words));
  }
  const empty = wordListNames.filter((n) => !lists[n].length);
  if (empty.length) throw new Error(`words.tsv: no words for ${empty.join(', ')}`);
  return lists;
}

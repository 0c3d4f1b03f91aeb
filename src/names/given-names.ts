// Short forms of given names (Vince for Vincent, Bill for William): one
// given name written two ways, like a spelling variant. The table is data
// (src/lexicon/given-names.tsv); this module only compares.
import type { WordLists } from '../lexicon/rule-files.ts';
import { foldName, sameSurname } from './variants.ts';

/**
 * Titles written before a given name, not a surname: "Sir Alan" is Alan
 * Sugar, "Prince Charles" is no Mr Charles. Honorifics (Sir, Dame) as
 * written, royal and religious titles as the titles lexicon spells the role
 * (words.tsv `given-name-title`).
 */
export function givenNameTitles(words: Pick<WordLists, 'given-name-title'>): ReadonlySet<string> {
  return new Set(words['given-name-title']);
}

/** Folded given name → the folded full given names it may stand for; a full name stands for itself. */
export type GivenNames = ReadonlyMap<string, readonly string[]>;

/** No short forms: names match only as spelled or as spelling variants. */
export const noGivenNames: GivenNames = new Map();

/** Builds the table from rows of a full given name and its short forms, as written. */
export function givenNameTable(rows: Iterable<readonly [string, readonly string[]]>): GivenNames {
  const table = new Map<string, string[]>();
  const add = (form: string, full: string) => {
    const list = table.get(form) ?? table.set(form, []).get(form)!;
    if (!list.includes(full)) list.push(full);
  };
  for (const [name, shorts] of rows) {
    const full = foldName(name);
    add(full, full);
    for (const s of shorts) add(foldName(s), full);
  }
  return table;
}

/** True when two folded given names are one: equal, a spelling variant, or forms of one full name (Vince, Vincent). */
export function sameGivenName(a: string, b: string, table: GivenNames): boolean {
  if (sameSurname(a, b)) return true;
  const fulls = table.get(a);
  return !!fulls && (table.get(b) ?? []).some((f) => fulls.includes(f));
}

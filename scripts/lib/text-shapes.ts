// Seeds shaped to find superlinear stages (issue 14.3), shared by the
// scaling test (test/robustness/scaling.test.ts) and `npm run bench:text`.
// Each shape takes a size and gives an article; doubling the size doubles
// the text, so a linear generator takes about twice as long.

const syllables = ['ka', 'lo', 'mer', 'vin', 'ta', 'dre', 'sol', 'an', 'bri', 'gu', 'nel', 'os', 'ri', 'fam', 'ze', 'hol'];

/**
 * The i-th of many distinct invented words, capitalised: "Kalomer", "Vintadre".
 * Note: syllables are picked by a hash of `i`, so words spread over the space of
 * names as real names do, rather than each differing from the next in one syllable.
 */
function word(i: number, salt: number): string {
  let w = '';
  let h = Math.imul(i + 1, 0x9e3779b1) ^ Math.imul(salt + 1, 0x85ebca77);
  for (let k = 0; k < 4; k++) {
    h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
    w += syllables[(h >>> 24) % syllables.length];
  }
  return w[0]!.toUpperCase() + w.slice(1) + base36(i);
}

/** `i` in letters (a, b, … z, ba, …), so that every word is distinct. */
function base36(i: number): string {
  let out = '';
  for (let n = i; ; n = Math.floor(n / 26) - 1) {
    out = String.fromCharCode(97 + (n % 26)) + out;
    if (n < 26) break;
  }
  return out;
}

/** `count` distinct people, each named in full, then by surname, some with a title: the 5,000-name seed of the issue at count 5000 (about 200 KB). */
export function manyNames(count: number): string {
  const lines = ['Delegates gather for the regional summit', ''];
  for (let i = 0; i < count; i += 2) {
    const [a, b] = [`${word(i, 1)} ${word(i, 3)}`, `${word(i + 1, 1)} ${word(i + 1, 3)}`];
    lines.push(`${a} met ${b} on Tuesday. Mr ${word(i, 3)} said the talks went well.`, '');
  }
  return lines.join('\n');
}

/** One sentence with a `letters`-long run of letters, then a "Mr." every few words: each abbreviation test used to rescan the run. */
export function longRunWithTitles(letters: number): string {
  return `Talks resume\n\nGondor ${'a'.repeat(letters)} met${' Mr. Brown and Mr. Grey.'.repeat(Math.floor(letters / 200))}\n`;
}

/** One paragraph without a sentence end, of `clauses` clauses naming people by initials and titles ("J. Kalomer said that Dr. Vintadre"). */
export function initialsParagraph(clauses: number): string {
  const parts: string[] = [];
  for (let i = 0; i < clauses; i++) parts.push(`${String.fromCharCode(65 + (i % 26))}. ${word(i, 5)} said that the talks with Dr. ${word(i + 1, 5)} would go on and`);
  return `A long paragraph\n\n${parts.join(' ')} so on\n`;
}

/** One sentence of `count` capitalised words in a row, a title every few: one long run for the name finder. */
export function capitalisedRun(count: number): string {
  const parts: string[] = [];
  // Note: English function words, capitalised, keep the run a run and the text English to the language guess.
  const glue = ['The', 'Of', 'And', 'Said', 'Minister', 'With', 'Who'];
  for (let i = 0; i < count; i++) parts.push(i % 3 === 2 ? glue[i % glue.length]! : word(i, 2));
  return `Gondor said on Tuesday that ${parts.join(' ')} met.\n`;
}

/** A token of `letters` letters with a capital every six, in a paragraph that boilerplate and speaker patterns are tried on. */
export function capitalisedToken(letters: number): string {
  const token = 'Gondor'.repeat(Math.ceil(letters / 6));
  return `Talks resume in Gondor\n\nOfficials in Gondor said the talks would resume. "We will not give up," the officials said. ${token} Officials contributed reporting.\n`;
}

/** The shapes by name, with a size at which one run takes long enough to time (tenths of a second) on a quiet machine. */
export const textShapes: Record<string, { make: (size: number) => string; size: number }> = {
  'many names': { make: manyNames, size: 1250 },
  'a long run of letters with titles': { make: longRunWithTitles, size: 600_000 },
  'initials without a sentence end': { make: initialsParagraph, size: 2_000 },
  'a run of capitalised words': { make: capitalisedRun, size: 10_000 },
  'a long token with capitals': { make: capitalisedToken, size: 300_000 },
};

// Scraping noise over the dev articles (../shared/seeds and
// ../shared/corpus/world, skipped when absent): the title line is removed and
// spliced into a random word of a late paragraph, and captions with credits,
// newsletter prompts, "Advertisement", "READ MORE:" and share lines are
// scattered between paragraphs. Every title must be recovered and no noise
// may stay in the text. Runs the clean stage only, so it takes seconds.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/lexicon/load.ts';
import { clean, prepareClean } from '../../src/pipeline/clean.ts';
import { isHeadingLike } from '../../src/pipeline/clean/headline.ts';
import { knownWords } from '../../src/pipeline/clean/known-words.ts';

const dirs = ['../../../shared/seeds/', '../../../shared/corpus/world/'].map((d) => new URL(d, import.meta.url));
const articles = dirs.filter((d) => existsSync(d)).flatMap((d) =>
  readdirSync(d).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ name: f, text: readFileSync(new URL(f, d), 'utf8') })));
const tools = prepareClean(loadLexicon());
const runs = Number(process.env.NOISE_RUNS ?? 10);

// Noise lines as scrapers leave them; names and places are made up.
const noise = [
  'Advertisement',
  'READ MORE: Officials weigh the cost of the new border plan',
  'Stay updated with the latest news! Subscribe to The Daily Ledger Newsletter Subscribe Now',
  'Share this article',
  'Share Save',
  'A woman walks past a damaged building in Vardenfell, Morrowind, May 12, 2024. REUTERS/Ann Tallow',
  'Delegates arrive for talks in Caldera, Elsweyr, June 3, 2024. (Photo by Tom Reed/Getty Images)',
  'Soldiers stand guard at a checkpoint in this handout picture released on April 2, 2024.',
];

/** The article with its title spliced into word `word` (at `cut`) of a late paragraph and noise lines inserted. */
function noisy(text: string, picks: { paragraph: number; word: number; cut: number; noise: number[] }) {
  const [title, ...rest] = text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  const paragraphs = [...rest];
  // Note: an article whose first line is no headline (the first seed: its headline is already spliced) gets noise only.
  if (!isHeadingLike(title!, 25)) return noiseOnly([title!, ...paragraphs], picks);
  // Note: the late half of the text; one-paragraph articles (a body on one line) use its second half.
  const late = paragraphs.length > 1 ? Math.floor(paragraphs.length / 2) + (picks.paragraph % Math.ceil(paragraphs.length / 2)) : 0;
  const target = paragraphs[late]!;
  // Note: a word the lexicon or the rest of the article knows (a capitalised one as a name or written so elsewhere):
  // recovery has to tell the split word from the glued tokens,
  // and a split that leaves a real word ("ban" + "ter") or a paragraph with glued words of its own ("IranianIsraeli") is ambiguous.
  const known = knownWords(paragraphs.filter((_, i) => i !== late), tools.words);
  const glued = /\p{Ll}\p{Lu}/u.test(target);
  const lastWord = title!.split(/\s+/).at(-1)!;
  const words = [...target.matchAll(/(?<![\p{L}\p{N}'’.-])(?:\p{Lu}\p{Ll}{3,}|\p{Ll}{4,})(?![\p{L}\p{N}'’-])/gu)]
    .filter((m) => !glued && m.index > target.length / 3 && (/^\p{Lu}/u.test(m[0]) ? known.capital(m[0]) : known.word(m[0], 'plain')))
  // Both halves at least two letters: a one-letter rest ("Russia" + "n") often makes a real word by chance.
  const cuts = words.flatMap((m) => Array.from({ length: m[0].length - 3 }, (_, n) => ({ m, at: m.index + 2 + n })))
    .filter(({ m, at }) => !known.word(`${lastWord}${target.slice(at, m.index + m[0].length)}`.toLowerCase()));
  if (!cuts.length) return noiseOnly([title!, ...paragraphs], picks);
  const { m: w, at } = cuts[(picks.word + picks.cut) % cuts.length]!;
  paragraphs[late] = target.slice(0, at) + title + target.slice(at);
  const lines = addNoise(paragraphs, picks);
  return { title: title!, text: paragraphs.join('\n\n'), word: w[0], lines };
}

/** The article with noise lines only, its title left in place. */
function noiseOnly(paragraphs: string[], picks: { paragraph: number; noise: number[] }) {
  const lines = addNoise(paragraphs, picks);
  return { title: undefined, text: paragraphs.join('\n\n'), word: '', lines };
}

/** Inserts the picked noise lines between paragraphs, in place; returns them. */
function addNoise(paragraphs: string[], picks: { paragraph: number; noise: number[] }): string[] {
  const lines = picks.noise.map((n) => noise[n % noise.length]!);
  lines.forEach((line, i) => paragraphs.splice(1 + ((i * 7 + picks.paragraph) % paragraphs.length), 0, line));
  return lines;
}

describe.skipIf(!articles.length)('scraping noise over the dev articles', () => {
  it.each(articles.map((a) => [a.name, a.text] as const))('%s: title recovered, nothing leaked', (_, text) => {
    const picks = fc.record({ paragraph: fc.nat(), word: fc.nat(), cut: fc.nat(), noise: fc.array(fc.nat(), { minLength: 1, maxLength: 4 }) });
    fc.assert(
      fc.property(picks, (p) => {
        const n = noisy(text, p);
        const c = clean({ seed: 'noisy.txt', text: n.text, meta: {}, language: 'en', warnings: [] }, tools);
        const body = c.paragraphs.join('\n');
        if (n.title) {
          const at = n.text.indexOf(n.title);
          expect(c.headline?.text, `spliced into "${n.word}": …${n.text.slice(at - 30, at + n.title.length + 30)}…`).toBe(n.title);
          expect(body).not.toContain(n.title);
        } else expect(c.headline).toEqual(clean({ seed: 'clean.txt', text, meta: {}, language: 'en', warnings: [] }, tools).headline);
        for (const line of n.lines) expect(body).not.toContain(line.slice(0, 24));
        // The split word is whole again, in the text or in the boilerplate it belonged to.
        if (n.word) expect(body.includes(n.word) || c.removed.some((r) => r.text.includes(n.word)), n.word).toBe(true);
      }),
      { numRuns: runs, seed: 20261203 },
    );
  });
});

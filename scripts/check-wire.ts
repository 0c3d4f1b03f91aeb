// npm run check:wire -- [--bbc DIR] [--world DIR] [--list]
// Issue #12's corpus numbers, rerunnable: generates the BBC corpus (default
// ../shared/corpus/bbc, articles from 2004-05) and the world corpus (default
// ../shared/corpus/world, whose manifest.json holds each article's true date)
// into temporary folders, and prints one `key: value` line per number:
//   bbc.persons               person pages
//   bbc.one_word_persons      person pages named by one word (target <= 40)
//   bbc.bare_surname_pages    one-word person pages that are the last word of another person's name (target 0)
//   bbc.dated / undated       briefings with and without `published`, and by `publishedFrom`
//   bbc.wrong_dates           `published` outside 2004-2005 (target 0)
//   world.right / empty / wrong   `published` against the manifest (wrong target 0); a month-only
//                             manifest date accepts any day of that month
// --list also prints the person pages' names (bbc.person lines), to read for junk.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import matter from 'gray-matter';
import { parseArgs } from './lib/args.ts';

const repo = path.resolve(import.meta.dirname, '..');
const args = parseArgs(process.argv.slice(2), { bbc: 'string', world: 'string', list: 'boolean' });
const bbc = path.resolve(String(args.bbc ?? path.join(repo, '../shared/corpus/bbc')));
const world = path.resolve(String(args.world ?? path.join(repo, '../shared/corpus/world')));
const tmp = mkdtempSync(path.join(tmpdir(), 'dossier-wire-'));

function out(key: string, value: string | number): void {
  console.log(`${key}: ${value}`);
}

/** Copies a corpus's .txt/.md seeds (not its README) into a temporary folder, generates it, and returns the content folder. */
function generate(name: string, source: string): string {
  const seeds = path.join(tmp, name, 'seeds');
  const content = path.join(tmp, name, 'content');
  mkdirSync(seeds, { recursive: true });
  const files = (readdirSync(source, { recursive: true }) as string[]).filter(
    (f) => /\.(?:txt|md)$/i.test(f) && !/^readme\./i.test(path.basename(f)) && statSync(path.join(source, f)).isFile(),
  );
  for (const f of files) cpSync(path.join(source, f), path.join(seeds, f));
  const r = spawnSync('node', [path.join(repo, 'scripts/generate.ts'), '--seeds', seeds, '--out', content, '--cache', path.join(tmp, name, 'cache'), '--skip-invalid'], {
    cwd: repo,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (r.status !== 0) throw new Error(`check-wire: generate ${name} exited ${r.status}:\n${r.stderr.slice(-2000)}`);
  out(`${name}.seeds`, files.length);
  return content;
}

interface Briefing {
  seed: string;
  published?: string | Date;
  publishedFrom?: string;
}

/** Briefing front matter; gray-matter reads a bare YYYY-MM-DD as a Date, so it is turned back into the ISO day. */
function briefings(content: string): Briefing[] {
  const dir = path.join(content, 'briefings');
  return readdirSync(dir).map((f) => {
    const data = matter(readFileSync(path.join(dir, f), 'utf8')).data as Briefing;
    const p = data.published;
    return { ...data, published: p instanceof Date ? p.toISOString().slice(0, 10) : p };
  });
}

function persons(content: string): string[] {
  const dir = path.join(content, 'actors');
  return readdirSync(dir)
    .map((f) => matter(readFileSync(path.join(dir, f), 'utf8')).data as { name: string; type: string })
    .filter((a) => a.type === 'person')
    .map((a) => a.name)
    .sort();
}

function bbcNumbers(content: string): void {
  const names = persons(content);
  const oneWord = names.filter((n) => !/\s/.test(n.trim()));
  const lastWords = new Set(names.filter((n) => /\s/.test(n.trim())).map((n) => n.trim().split(/\s+/).at(-1)!));
  out('bbc.persons', names.length);
  out('bbc.one_word_persons', oneWord.length);
  if (oneWord.length) out('bbc.one_word_persons.names', oneWord.slice(0, 60).join(', '));
  const bare = oneWord.filter((n) => lastWords.has(n));
  out('bbc.bare_surname_pages', bare.length);
  if (bare.length) out('bbc.bare_surname_pages.names', bare.join(', '));
  if (args.list) for (const n of names) out('bbc.person', n);
  const all = briefings(content);
  const dated = all.filter((b) => b.published);
  out('bbc.briefings', all.length);
  out('bbc.dated', dated.length);
  out('bbc.undated', all.length - dated.length);
  const from = new Map<string, number>();
  for (const b of dated) from.set(b.publishedFrom ?? '(none)', (from.get(b.publishedFrom ?? '(none)') ?? 0) + 1);
  for (const [k, n] of [...from].sort()) out(`bbc.dated.from.${k}`, n);
  const wrong = dated.filter((b) => !/^200[45]/.test(String(b.published)));
  out('bbc.wrong_dates', wrong.length);
  for (const b of wrong.slice(0, 20)) out('bbc.wrong_date', `${b.seed} ${b.published} (${b.publishedFrom ?? '?'})`);
}

function worldNumbers(content: string): void {
  const manifest = JSON.parse(readFileSync(path.join(world, 'manifest.json'), 'utf8')) as { articles: { file: string; date: string }[] };
  const truth = new Map(manifest.articles.map((a) => [a.file, a.date]));
  let right = 0;
  let empty = 0;
  const wrong: string[] = [];
  for (const b of briefings(content)) {
    const want = truth.get(path.basename(b.seed));
    if (want === undefined) continue;
    if (!b.published) empty++;
    else if (String(b.published).startsWith(want)) right++;
    else wrong.push(`${b.seed} ${b.published} (${b.publishedFrom ?? '?'}) want ${want}`);
  }
  out('world.right', right);
  out('world.empty', empty);
  out('world.wrong', wrong.length);
  for (const w of wrong) out('world.wrong_date', w);
}

try {
  if (existsSync(bbc)) bbcNumbers(generate('bbc', bbc));
  else out('bbc', `skipped (${bbc} absent)`);
  if (existsSync(path.join(world, 'manifest.json'))) worldNumbers(generate('world', world));
  else out('world', `skipped (${world}/manifest.json absent)`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

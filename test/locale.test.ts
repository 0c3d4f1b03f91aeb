// Output does not depend on the machine's locale: generation in child
// processes under two locales (whose collations differ: Swedish sorts "Ö"
// after "Z") gives the same bytes. Uses the seed, a few of the world articles
// in ../shared (skipped when absent) and a fictional seed full of accents.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeBin, repo, snapshot, tempDir } from './robustness/helpers.ts';

const world = path.join(repo, '../shared/corpus/world');
const worldSeeds = existsSync(world) ? readdirSync(world).filter((f) => f.endsWith('.txt')).sort().slice(0, 4) : [];

// Two spellings of one surname, once each, so that only the order of the strings picks the display name:
// a Swedish collator puts "Odegard" first ("Ö" after "Z"), the root collator "Ödegaard" ("a" before "r").
const accents = [
  'Iceland and Norway meet in Reykjavik',
  '',
  'Martin Ödegaard, the envoy of Norway, met officials of Iceland on Monday, officials in Reykjavik said.',
  '',
  'Iceland praised Norway, according to a statement. "We will meet again in the spring," Martin Odegard said.',
  '',
].join('\n');

function generateUnder(locale: string, seeds: string): Map<string, string> {
  const out = tempDir(`locale-${locale}`);
  const env = { ...process.env, LANG: locale, LC_ALL: locale, LC_COLLATE: locale };
  const run = spawnSync(nodeBin, [path.join(repo, 'scripts/generate.ts'), '--seeds', seeds, '--out', out, '--no-cache', '--threads', '1'], { cwd: repo, env, encoding: 'utf8', timeout: 120_000 });
  expect(run.status, run.stderr).toBe(0);
  return snapshot(out);
}

describe('locale independence', () => {
  it('generates identical bytes under C and sv_SE.UTF-8', () => {
    const seeds = tempDir('locale-seeds');
    for (const f of readdirSync(path.join(repo, 'seeds')).filter((f) => f.endsWith('.txt'))) copyFileSync(path.join(repo, 'seeds', f), path.join(seeds, f));
    for (const f of worldSeeds) copyFileSync(path.join(world, f), path.join(seeds, f));
    writeFileSync(path.join(seeds, 'accents.txt'), accents);
    const c = generateUnder('C', seeds);
    const sv = generateUnder('sv_SE.UTF-8', seeds);
    expect(c.size).toBeGreaterThan(worldSeeds.length + 2);
    expect([...sv.keys()]).toEqual([...c.keys()]);
    for (const [file, bytes] of c) expect(sv.get(file), file).toBe(bytes);
  });
});

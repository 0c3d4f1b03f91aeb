// The generate CLI as CI uses it, on a real child process: --check names
// what differs, a deleted seed takes its briefing and the actor pages only it
// fed, and a byte-identical seed is reported and published once.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, writeSeeds } from '../robustness/helpers.ts';
import { articles, generateIn } from './fixtures.ts';

/** A temporary folder with the fixture seeds (plus `extra`) and content generated from them. */
function generated(extra: Record<string, string> = {}): string {
  const dir = tempDir('scale');
  mkdirSync(path.join(dir, 'seeds'));
  writeSeeds(path.join(dir, 'seeds'), { ...articles, ...extra });
  expect(generateIn(dir, []).status).toBe(0);
  return dir;
}

const read = (dir: string, rel: string) => readFileSync(path.join(dir, 'content', rel), 'utf8');
const list = (dir: string, sub: string) => readdirSync(path.join(dir, 'content', sub)).sort();

describe('generate --check', () => {
  it('exits 0 when content is what generation would write', () => {
    expect(generateIn(generated(), ['--check']).status).toBe(0);
  });

  it('exits 1 naming an edited, a missing and a stale file', () => {
    const dir = generated();
    writeFileSync(path.join(dir, 'content/actors/chile.md'), 'edited by hand\n');
    rmSync(path.join(dir, 'content/actors/kenya.md'));
    writeFileSync(path.join(dir, 'content/briefings/left-over.md'), 'stale\n');
    const run = generateIn(dir, ['--check']);
    expect(run.status).toBe(1);
    for (const f of ['actors/chile.md', 'actors/kenya.md', 'briefings/left-over.md']) expect(run.stderr).toContain(path.join(dir, 'content', f));
    expect(run.stderr).toMatch(/3 file\(s\) differ/);
    expect(read(dir, 'actors/chile.md')).toBe('edited by hand\n');
  });

  it('covers the network and timeline pages and the report, which are written through the same journal', () => {
    const dir = generated();
    expect(read(dir, 'network.md')).toMatch(/^ties:\n {2}- source: /m);
    expect(read(dir, 'timeline.md')).toMatch(/^briefings: 3\nevents: /m);
    writeFileSync(path.join(dir, 'content/network.md'), 'edited by hand\n');
    writeFileSync(path.join(dir, 'content/timeline.md'), 'edited by hand\n');
    rmSync(path.join(dir, 'content/report.md'));
    const run = generateIn(dir, ['--check']);
    expect(run.status).toBe(1);
    for (const f of ['network.md', 'timeline.md', 'report.md']) expect(run.stderr).toContain(path.join(dir, 'content', f));
    expect(generateIn(dir, []).stderr).toMatch(/generate: 3 written, 0 removed/);
    expect(generateIn(dir, ['--check']).status).toBe(0);
  });
});

describe('deleting a seed', () => {
  it('removes its briefing and its own actor pages, and updates the pages it shared', () => {
    const dir = generated();
    const slug = 'chile-and-norway-agree-on-copper-trade';
    expect(read(dir, 'actors/norway.md')).toContain(slug);
    rmSync(path.join(dir, 'seeds/copper-deal.txt'));
    const run = generateIn(dir, []);
    expect(run.status).toBe(0);
    expect(list(dir, 'briefings')).not.toContain(`${slug}.md`);
    expect(list(dir, 'actors')).not.toContain('chile.md');
    expect(read(dir, 'actors/norway.md')).not.toContain(slug);
    expect(run.stderr).toMatch(/generate: \d+ written, 2 removed/);
    expect(generateIn(dir, ['--check']).status).toBe(0);
  });
});

describe('an incremental run', () => {
  it('touches no file when nothing changed, and after an added seed only its briefing, the actor pages it feeds and the timeline (which counts briefings; the report is unchanged)', () => {
    const dir = generated();
    const files = () => (readdirSync(path.join(dir, 'content'), { recursive: true }) as string[]).filter((f) => statSync(path.join(dir, 'content', f)).isFile());
    const stamps = () => new Map(files().map((f) => [f, statSync(path.join(dir, 'content', f)).mtimeMs]));
    const changed = (before: Map<string, number>) => [...stamps()].filter(([f, t]) => before.get(f) !== t).map(([f]) => f).sort();
    const first = stamps();
    expect(generateIn(dir, []).status).toBe(0);
    expect(changed(first)).toEqual([]);
    writeSeeds(path.join(dir, 'seeds'), { 'whale-count.txt': 'Iceland counts whales\n\nIceland and Kenya agreed on Monday to count whales together, officials said.\n' });
    const second = stamps();
    expect(generateIn(dir, []).status).toBe(0);
    expect(changed(second)).toEqual(['actors/iceland.md', 'actors/kenya.md', 'briefings/iceland-counts-whales.md', 'timeline.md']);
  });
});

describe('a page edited by hand', () => {
  it('is rendered again and restored by the next run, though the render cache knows it', () => {
    const dir = generated();
    const page = read(dir, 'actors/norway.md');
    writeFileSync(path.join(dir, 'content/actors/norway.md'), 'edited by hand\n');
    rmSync(path.join(dir, 'content/actors/chile.md'));
    const run = generateIn(dir, []);
    expect(run.stderr).toMatch(/0 rendered/);
    expect(run.stderr).toMatch(/generate: 2 written, 0 removed/);
    expect(read(dir, 'actors/norway.md')).toBe(page);
    expect(generateIn(dir, ['--check']).status).toBe(0);
  });
});

describe('exact duplicate seeds', () => {
  it('are reported and published once; a near-duplicate is not one', () => {
    const dir = generated({ 'copy-of-pact.txt': articles['fishing-pact.txt']!, 'pact-edited.txt': `${articles['fishing-pact.txt']!} ` });
    const run = generateIn(dir, []);
    expect(run.stderr).toContain('duplicate: fishing-pact.txt repeats copy-of-pact.txt byte for byte; published once');
    expect(run.stderr).not.toMatch(/duplicate: pact-edited/);
    expect(list(dir, 'briefings').filter((f) => f.startsWith('iceland-and-norway-sign-a-fishing-pact'))).toHaveLength(2);
  });
});

// The run policy, tested on a real `generate` child process: any refused seed
// makes the run exit 1, name every refused file with its reason and leave the
// content folder byte for byte as it was; --skip-invalid publishes the rest.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fictionalSeed, generate, generateAsync, snapshot, tempDir, writeSeeds } from './helpers.ts';

const maxBytes = 20_000;
const good = Object.fromEntries(Array.from({ length: 4 }, (_, i) => [`good-${i}.txt`, fictionalSeed(i)]));
const bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
for (let i = 1; i < 9; i++) bomb.push(`${'abcdefghi'[i]}: &${'abcdefghi'[i]} [${Array(9).fill(`*${'abcdefghi'[i - 1]}`).join(',')}]`);

/** Each bad seed: its file name, how to make it, and the reason the run must give. */
const bad: [string, (dir: string, name: string) => void, RegExp][] = [
  ['empty.txt', (d, n) => writeFileSync(path.join(d, n), ''), /empty seed/],
  ['blank.txt', (d, n) => writeFileSync(path.join(d, n), ' \n\t\u00a0\u200b\n'), /empty seed/],
  ['only-front-matter.md', (d, n) => writeFileSync(path.join(d, n), '---\ntitle: Nothing else\n---\n\n'), /empty seed/],
  ['only-script.txt', (d, n) => writeFileSync(path.join(d, n), '<script>alert(1)</script><style>p{}</style>'), /empty seed/],
  ['nul.txt', (d, n) => writeFileSync(path.join(d, n), 'Gondor\u0000Arnor met on Tuesday.'), /binary file: NUL byte/],
  ['image.txt', (d, n) => writeFileSync(path.join(d, n), Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48])), /binary file/],
  ['noise.txt', (d, n) => writeFileSync(path.join(d, n), Uint8Array.from({ length: 2000 }, (_, i) => (i * 37) % 255 + 1)), /binary file: \d+% control characters/],
  ['yaml-error.md', (d, n) => writeFileSync(path.join(d, n), `---\ntitle: ok\nurl: a: b\n---\n${fictionalSeed(9)}`), /front matter YAML error at line 3: Nested mappings/],
  ['alias-bomb.md', (d, n) => writeFileSync(path.join(d, n), `---\n${bomb.join('\n')}\n---\n${fictionalSeed(8)}`), /Excessive alias count/],
  ['too-big.txt', (d, n) => writeFileSync(path.join(d, n), fictionalSeed(7).repeat(200)), /bytes, more than the limit of 20000 \(raise it with --max-bytes\)/],
  ['escape.txt', (d, n) => { writeFileSync(path.join(d, '..', 'outside.txt'), fictionalSeed(6)); symlinkSync('../outside.txt', path.join(d, n)); }, /symbolic link to .*outside the seeds folder/],
  ['broken-link.txt', (d, n) => symlinkSync('nowhere.txt', path.join(d, n)), /cannot resolve: ENOENT/],
  ['pipe.txt', (d, n) => spawnSync('mkfifo', [path.join(d, n)]), /not a regular file \(a named pipe\)/],
  ['folder-link.txt', (d, n) => { mkdirSync(path.join(d, 'sub')); symlinkSync('sub', path.join(d, n)); }, /not a regular file \(a folder\)/],
];
const runningAsRoot = process.getuid?.() === 0;

let root = '';
beforeAll(() => {
  root = tempDir('policy');
  mkdirSync(path.join(root, 'template', 'seeds'), { recursive: true });
  writeSeeds(path.join(root, 'template', 'seeds'), good);
  expect(generate(['--seeds', path.join(root, 'template', 'seeds'), '--out', path.join(root, 'template', 'content')]).status).toBe(0);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A copy of the good seeds and of the content already generated from them. */
function published(label: string): { seeds: string; out: string } {
  cpSync(path.join(root, 'template'), path.join(root, label), { recursive: true });
  return { seeds: path.join(root, label, 'seeds'), out: path.join(root, label, 'content') };
}

describe.concurrent('a run with a refused seed', () => {
  it.each(bad)('%s: exits 1, names the file and reason, leaves content byte-identical', async (name, make, reason) => {
    const { seeds, out } = published(name.replace(/\W/g, '-'));
    const before = snapshot(out);
    make(seeds, name);
    const run = await generateAsync(['--seeds', seeds, '--out', out, '--max-bytes', String(maxBytes)]);
    expect(run.status).toBe(1);
    const line = run.stderr.split('\n').find((l) => l.startsWith(`refused: ${name}: `));
    expect(line, run.stderr).toMatch(reason);
    expect(run.stderr).toMatch(/seed\(s\) refused; .* left as it was/);
    expect(snapshot(out)).toEqual(before);
  });

  it.skipIf(runningAsRoot)('unreadable.txt: refused with the reason', () => {
    const { seeds, out } = published('unreadable');
    writeFileSync(path.join(seeds, 'unreadable.txt'), fictionalSeed(5));
    chmodSync(path.join(seeds, 'unreadable.txt'), 0);
    const run = generate(['--seeds', seeds, '--out', out]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/refused: unreadable.txt: cannot open: EACCES/);
  });

  it('lists every refused seed, and --skip-invalid publishes the rest', () => {
    const { seeds, out } = published('all-bad');
    for (const [name, make] of bad) make(seeds, name);
    const refusedRun = generate(['--seeds', seeds, '--out', out, '--max-bytes', String(maxBytes)]);
    expect(refusedRun.status).toBe(1);
    for (const [name] of bad) expect(refusedRun.stderr).toContain(`refused: ${name}: `);

    writeFileSync(path.join(seeds, 'late.txt'), fictionalSeed(20));
    const skipped = generate(['--seeds', seeds, '--out', out, '--max-bytes', String(maxBytes), '--skip-invalid']);
    expect(skipped.status, skipped.stderr).toBe(0);
    for (const [name] of bad) expect(skipped.stderr).toContain(`refused: ${name}: `);
    const files = [...snapshot(out).keys()];
    expect(files.filter((f) => f.startsWith('briefings/'))).toHaveLength(Object.keys(good).length + 1);
    expect(files.some((f) => f.startsWith('.') || f.includes('/.'))).toBe(false);
  });
});

describe('seeds that are odd but publishable', () => {
  it('publishes names with spaces, accents, emoji and #, Latin-1, HTML, non-English and hostile front matter', () => {
    const { seeds, out } = published('odd');
    const latin1 = Buffer.concat([Buffer.from('Faramir of Gondor said on Tuesday that the caf'), Buffer.from([0xe9]), Buffer.from(' was closed. '), Buffer.from([0x93]), Buffer.from('No,'), Buffer.from([0x94]), Buffer.from(' he said.\n')]);
    writeSeeds(seeds, {
      'with space.txt': fictionalSeed(11),
      'café Ünïcödé.txt': fictionalSeed(12),
      'emoji 🎉.txt': fictionalSeed(13),
      'hash#tag.txt': fictionalSeed(14),
      '#.txt': fictionalSeed(15),
      'latin1.txt': latin1,
      'pasted.txt': '<html><body><h1>Gondor envoy meets Arnor king</h1><p>Faramir met Aragorn &amp; Elrond on Tuesday.</p><script>alert(1)</script></body></html>',
      'french.txt': 'Le roi du Gondor a déclaré mardi que ses envoyés se rendront en Arnor, où ils doivent rencontrer le conseil, qui a demandé des discussions avec les chefs des deux pays.\n',
      'front.md': `---\ntitle: Slug attack\nslug: ../../../evil\nlayout: ../layouts/Evil.astro\nurl: "javascript:alert(1)"\n---\n${fictionalSeed(16)}`,
      'same-1.txt': 'Gondor and Arnor agree truce\n\nFaramir of Gondor met Aragorn of Arnor on Tuesday, officials said.\n',
      'same-2.txt': 'Gondor and Arnor agree truce\n\nFaramir of Gondor met Aragorn of Arnor on Friday, the council said.\n',
    });
    const run = generate(['--seeds', seeds, '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    const files = snapshot(out);
    const briefings = [...files.keys()].filter((f) => f.startsWith('briefings/'));
    expect(briefings).toHaveLength(Object.keys(good).length + 11);
    expect([...files.keys()].every((f) => /^(?:briefings|actors)\/[a-z0-9-]+\.md$|^(?:network|report|timeline)\.md$/.test(f))).toBe(true);
    const text = (f: string) => Buffer.from(files.get(f)!, 'base64').toString('utf8');
    const bySeed = new Map(briefings.map((f) => [/^seed: (.*)$/m.exec(text(f))?.[1], text(f)]));
    expect(bySeed.get('latin1.txt')).toContain('café');
    expect(bySeed.get('pasted.txt')).not.toMatch(/alert|<h1>|&amp;/);
    expect(bySeed.get('french.txt')).toMatch(/^language: fr$/m);
    expect(bySeed.get('front.md')).toMatch(/^slug: slug-attack$/m);
    expect(bySeed.get('front.md')).not.toMatch(/javascript:|evil/i);
    expect(briefings.filter((f) => f.startsWith('briefings/gondor-and-arnor-agree-truce'))).toHaveLength(2);
    expect(generate(['--seeds', seeds, '--out', out, '--check']).status).toBe(0);
  });
});

// No seed, however long its paragraphs or tokens, may hang a run. Each case
// runs `generate` as a child process with a deadline, so a superlinear stage
// fails the test instead of stalling the suite; the times are printed.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeBin, repo, tempDir } from './helpers.ts';
import { spawnSync } from 'node:child_process';

// Generous: a 1 MB seed of prose takes a few seconds on a quiet machine.
const deadline = 20_000;
const words = ['Iran', 'met', 'the', 'Qatari', 'foreign', 'minister', 'Abbas', 'Araghchi', 'and', 'Russia', 'said', 'talks', 'would', 'go', 'on', 'in', 'Doha', 'with', 'China'];

/** About `bytes` bytes of words with no punctuation at all: one sentence, one paragraph. */
function endlessParagraph(bytes: number): string {
  const out: string[] = [];
  for (let i = 0, length = 0; length < bytes; i++) {
    const w = words[(i * 7 + (i >> 3)) % words.length]!;
    out.push(w);
    length += w.length + 1;
  }
  return out.join(' ');
}

const cases: [string, string][] = [
  ['a 1 MB paragraph without punctuation', `A long day in Doha\n\n${endlessParagraph(1_000_000)}\n`],
  ['a 200 KB single token', `Iran met Qatar on Tuesday. ${'Gondor'.repeat(200_000 / 6)} said.\n`],
  ['a 1 MB line of brackets and quotes', `Iran met Qatar. ${'(["“'.repeat(250_000)}\n`],
];

let root = '';
beforeAll(() => { root = tempDir('linear'); });
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('long seeds', () => {
  it.each(cases)('%s: generate finishes within the deadline', (label, text) => {
    const seeds = path.join(root, label.replace(/\W+/g, '-'));
    mkdirSync(seeds);
    writeFileSync(path.join(seeds, 'long.txt'), text);
    const started = performance.now();
    const run = spawnSync(nodeBin, ['scripts/generate.ts', '--no-cache', '--seeds', seeds, '--out', path.join(seeds, 'out'), '--check'], { cwd: repo, encoding: 'utf8', timeout: deadline, killSignal: 'SIGKILL' });
    const ms = Math.round(performance.now() - started);
    console.log(`${label}: ${run.signal ? `killed after ${ms} ms` : `${ms} ms`}`);
    expect(run.signal, `${label} did not finish within ${deadline} ms`).toBeNull();
    expect(run.stderr).not.toMatch(/refused/);
  }, deadline + 10_000);
});

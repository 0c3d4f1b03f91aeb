// The generator's bundle is rebuilt exactly when a file that went into it
// changed, and a failed build falls back to the sources.
import { mkdtempSync, readFileSync, statSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundled } from './bundle.ts';

/** A tiny program: entry.ts re-exports a value from helper.ts. */
function program(): { dir: string; entry: string; helper: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'dossier-bundle-'));
  const entry = path.join(dir, 'entry.ts');
  const helper = path.join(dir, 'helper.ts');
  writeFileSync(entry, "import { value } from './helper.ts';\nexport const answer: number = value;\n");
  writeFileSync(helper, 'export const value: number = 1;\n');
  return { dir, entry, helper };
}

describe('bundled', () => {
  it('builds once, reuses the bundle while its inputs are older, and rebuilds when one changes', async () => {
    const { dir, entry, helper } = program();
    const url = await bundled(entry, dir);
    expect(url).toMatch(/entry\.bundle\.mjs$/);
    expect((await import(`${url}?first`)).answer).toBe(1);
    const built = statSync(new URL(url!)).mtimeMs;
    expect(await bundled(entry, dir)).toBe(url);
    expect(statSync(new URL(url!)).mtimeMs).toBe(built);
    writeFileSync(helper, 'export const value: number = 2;\n');
    utimesSync(helper, new Date(), new Date(Date.now() + 60_000));
    expect(await bundled(entry, dir)).toBe(url);
    expect((await import(`${url}?second`)).answer).toBe(2);
  });

  it('rebuilds a bundle cut short, though it is newer than its inputs', async () => {
    const { dir, entry } = program();
    const url = await bundled(entry, dir);
    const whole = readFileSync(new URL(url!), 'utf8');
    truncateSync(new URL(url!), Math.floor(whole.length / 2));
    utimesSync(new URL(url!), new Date(), new Date(Date.now() + 60_000));
    expect(await bundled(entry, dir)).toBe(url);
    expect(readFileSync(new URL(url!), 'utf8')).toBe(whole);
    expect((await import(`${url}?whole`)).answer).toBe(1);
  });

  it('answers undefined, to run the sources, when the build fails', async () => {
    const { dir, entry } = program();
    writeFileSync(entry, "import { nothing } from './missing.ts';\nexport const answer = nothing;\n");
    expect(await bundled(entry, dir)).toBeUndefined();
  });
});

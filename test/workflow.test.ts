// The publish workflow (issue 14.6): rebuilt on every push to main, the
// publishing permissions only in the job that runs no project code, actions
// pinned to commits, a cache key covering what shapes the output, and a
// refused seed reported in the job summary.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const text = readFileSync(new URL('../.github/workflows/publish.yml', import.meta.url), 'utf8');
const workflow = parse(text) as {
  on: { push: { branches: string[]; paths?: string[] } };
  permissions: Record<string, string>;
  jobs: Record<string, { permissions: Record<string, string>; steps: { uses?: string; run?: string; with?: Record<string, string>; if?: string }[] }>;
};

describe('publish.yml', () => {
  it('runs on every push to main, whatever changed', () => {
    expect(workflow.on.push.branches).toEqual(['main']);
    expect(workflow.on.push.paths).toBeUndefined();
  });

  it('grants nothing by default, reading to the build and publishing to the deploy job only', () => {
    expect(workflow.permissions).toEqual({});
    expect(workflow.jobs.build!.permissions).toEqual({ contents: 'read' });
    expect(workflow.jobs.deploy!.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(workflow.jobs.deploy!.steps.every((s) => s.uses && !s.run)).toBe(true);
  });

  it('pins every action to a commit, with its tag in a comment', () => {
    const uses = text.split('\n').filter((l) => /^\s*(?:- )?uses:/.test(l));
    expect(uses.length).toBeGreaterThan(4);
    for (const line of uses) expect(line).toMatch(/uses: [\w-]+\/[\w-]+@[0-9a-f]{40} # v\d+(?:\.\d+)*$/);
  });

  it('keys the cache on everything that shapes the output', () => {
    const cache = workflow.jobs.build!.steps.find((s) => s.uses?.startsWith('actions/cache@'))!;
    for (const input of ['package-lock.json', 'src/**', 'scripts/**', 'astro.config.mjs', 'seeds/**']) expect(cache.with!.key).toContain(`'${input}'`);
  });

  it('puts refused seeds in the job summary when generation fails', () => {
    const summary = workflow.jobs.build!.steps.find((s) => s.run?.includes('GITHUB_STEP_SUMMARY'))!;
    expect(summary.if).toContain('failure()');
    expect(summary.run).toContain('scripts/job-summary.ts generate.log');
  });
});

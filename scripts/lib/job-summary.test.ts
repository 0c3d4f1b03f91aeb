import { describe, expect, it } from 'vitest';
import { escapeMarkdown, jobSummary } from './job-summary.ts';

describe('jobSummary', () => {
  it('lists each refused seed and the verdict, escaped', () => {
    const log = [
      'generate: 3 seeds from /r/seeds',
      'refused: empty.txt: empty seed: no article text after the front matter and markup',
      'refused: [x](javascript:alert(1)).txt: binary file: NUL byte',
      'generate: 2 seed(s) refused; /r/content left as it was (use --skip-invalid to publish the rest)',
    ].join('\n');
    const md = jobSummary(log);
    expect(md).toContain('- refused\\: empty\\.txt\\: empty seed\\: no article text after the front matter and markup');
    expect(md).toContain('- refused\\: \\[x\\]\\(javascript\\:alert\\(1\\)\\)\\.txt\\: binary file\\: NUL byte');
    expect(md).toMatch(/^\*\*generate\\: 2 seed\\\(s\\\) refused; /m);
  });

  it('is empty for a run that refused nothing', () => {
    expect(jobSummary('generate: 3 seeds from /r/seeds\ngenerate: 3 written, 0 removed, 0 unchanged\n')).toBe('');
  });

  it.each([['# Title', '\\# Title'], ['a*b*', 'a\\*b\\*'], ['<img>', '\\<img\\>'], ['plain', 'plain']])('escapes %j', (input, out) => {
    expect(escapeMarkdown(input)).toBe(out);
  });
});

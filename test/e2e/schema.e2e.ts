// The site refuses content the generator's schema rejects: the build fails and names the file and field.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = mkdtempSync(path.join(tmpdir(), 'dossier-schema-'));

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A fictional briefing whose one relation has a quad class the schema does not know. */
const badBriefing = `---
title: Gondor and Arnor meet
titleSource: lead
slug: gondor-and-arnor-meet
seed: gondor.txt
language: en
summary: Gondor met Arnor.
keyPoints: []
actors:
  - { id: gondor, name: Gondor, type: country, aliases: [], mentions: 1 }
  - { id: arnor, name: Arnor, type: country, aliases: [], mentions: 1 }
relations:
  - source: gondor
    target: arnor
    type: consult
    verb: met
    cameo: '04'
    quad: friendly-chat
    symmetric: true
    evidence: { sentence: 0, text: Gondor met Arnor. }
quotes: []
timeline: []
warnings: []
---

## Source text

<span id="s-0"></span>Gondor met Arnor.
`;

describe('content that fails the schema', () => {
  it('fails the build, naming the file, the field and the allowed values', () => {
    const content = path.join(root, 'content');
    mkdirSync(path.join(content, 'briefings'), { recursive: true });
    mkdirSync(path.join(content, 'actors'), { recursive: true });
    const file = path.join(content, 'briefings', 'gondor-and-arnor-meet.md');
    writeFileSync(file, badBriefing);
    const result = spawnSync(path.resolve('node_modules/.bin/node'), ['node_modules/.bin/astro', 'build', '--outDir', path.join(root, 'dist')], {
      encoding: 'utf8',
      env: { ...process.env, DOSSIER_CONTENT: content, NODE_ENV: 'production' },
    });
    const output = result.stdout + result.stderr;
    expect(result.status).not.toBe(0);
    expect(output).toContain(file);
    expect(output).toContain('relations.0.quad');
    expect(output).toContain('"verbal-cooperation"');
  });
});

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../robustness/helpers.ts';
import { codeVersion } from '../../scripts/lib/code-version.ts';

/** A tiny project: a.ts imports b.ts (type-only too) and a package; c.ts is imported by nobody. */
function project(): string {
  const root = tempDir('code-version');
  mkdirSync(path.join(root, 'src/sub'), { recursive: true });
  mkdirSync(path.join(root, 'node_modules/zod'), { recursive: true });
  writeFileSync(path.join(root, 'node_modules/zod/package.json'), '{"version":"4.0.0"}');
  writeFileSync(path.join(root, 'src/a.ts'), "import { b } from './sub/b.ts';\nimport type { T } from './t.ts';\nimport { z } from 'zod';\nexport const a = b;\n");
  writeFileSync(path.join(root, 'src/sub/b.ts'), 'export const b = 1;\n');
  writeFileSync(path.join(root, 'src/t.ts'), 'export type T = 1;\n');
  writeFileSync(path.join(root, 'src/c.ts'), 'export const c = 1;\n');
  return root;
}

describe('codeVersion', () => {
  it.each([
    ['an imported file', 'src/sub/b.ts', 'export const b = 2;\n', true],
    ['a type-only import', 'src/t.ts', 'export type T = 2;\n', true],
    ["an imported package's version", 'node_modules/zod/package.json', '{"version":"4.0.1"}', true],
    ['a file nobody imports', 'src/c.ts', 'export const c = 2;\n', false],
  ])('changes with %s: %s', (_, file, text, changes) => {
    const root = project();
    const before = codeVersion([path.join(root, 'src/a.ts')], root);
    writeFileSync(path.join(root, file), text);
    expect(codeVersion([path.join(root, 'src/a.ts')], root) !== before).toBe(changes);
  });
});

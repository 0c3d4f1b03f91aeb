// The site only reads content/: pages, layouts, components and their
// helpers in src/site import nothing from the generator's corpus stages,
// renderers or pipeline, not even through another module. A short walk over
// import statements, no tool: a new import of that kind fails here, naming
// the chain that reaches it.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const src = path.resolve(import.meta.dirname, '../src');
const siteDirs = ['pages', 'site', 'components', 'layouts'];
const forbidden = ['corpus', 'render', 'pipeline'];

// `import … from 'x'`, `export … from 'x'`, `import 'x'`, `import('x')`; in .ts files and in .astro front matter and scripts alike.
const specifiers = /(?:^|[\s;])(?:import|export)\b[^'";]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(?\s*['"]([^'"]+)['"]/g;

/** The relative import specifiers of a module's text. */
export function relativeImports(text: string): string[] {
  return [...text.matchAll(specifiers)].map((m) => m[1] ?? m[2]!).filter((s) => s.startsWith('.'));
}

/** Source files (not tests) under a folder. */
function sources(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => path.join(dir, f))
    .filter((f) => /\.(?:ts|astro|mjs)$/.test(f) && !/\.test\.ts$/.test(f) && statSync(f).isFile());
}

/** Each module reachable from `entry` by relative imports, with the chain of files that reaches it. */
function reachable(entry: string): Map<string, string[]> {
  const chains = new Map<string, string[]>([[entry, [entry]]]);
  const todo = [entry];
  while (todo.length) {
    const file = todo.pop()!;
    if (!existsSync(file) || !/\.(?:ts|astro|mjs)$/.test(file)) continue;
    for (const spec of relativeImports(readFileSync(file, 'utf8'))) {
      const target = path.resolve(path.dirname(file), spec);
      if (chains.has(target)) continue;
      chains.set(target, [...chains.get(file)!, target]);
      todo.push(target);
    }
  }
  return chains;
}

describe('the site only reads content/', () => {
  it.each([
    ["import { x } from '../corpus/network.ts';", ['../corpus/network.ts']],
    ["import type { T } from '../render/mermaid.ts';\nimport Base from '../layouts/Base.astro';", ['../render/mermaid.ts', '../layouts/Base.astro']],
    ["export * from './a.ts'; const m = await import('../pipeline/index.ts');", ['./a.ts', '../pipeline/index.ts']],
    ["import '../styles/global.css';\nimport rss from '@astrojs/rss';", ['../styles/global.css']],
  ])('finds the relative imports of %j', (text, expected) => {
    expect(relativeImports(text)).toEqual(expected);
  });

  it.each(siteDirs)('src/%s reaches nothing in src/corpus, src/render or src/pipeline', (dir) => {
    const files = sources(path.join(src, dir));
    expect(files.length).toBeGreaterThan(0);
    const bad: string[] = [];
    for (const file of files) {
      for (const [target, chain] of reachable(file)) {
        const top = path.relative(src, target).split(path.sep)[0]!;
        if (forbidden.includes(top)) bad.push(chain.map((f) => path.relative(src, f)).join(' → '));
      }
    }
    expect(bad).toEqual([]);
  });
});

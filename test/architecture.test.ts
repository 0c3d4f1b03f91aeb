// The dependency rules of src/, read from the import statements themselves
// (no tool): lexicons and renderers never reach into the pipeline, the site
// (pages, layouts, components, src/site) only reads content/ and so reaches
// no generator code even through another module, and no module imports
// itself through others. Type-only imports count for the
// layer rules (a reader must know the types too) and for cycles alike.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const src = path.join(root, 'src');

/** Every .ts and .astro file under src/, as paths relative to the repository. */
function sources(): string[] {
  return readdirSync(src, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(?:ts|astro)$/.test(e.name) && !/\.test\.ts$/.test(e.name))
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

// `import … from '…'`, `export … from '…'`, `import '…'` and `import('…')`; group 1 is `type` for a type-only import.
const specifier = /(?:^|[\s;}])(?:import|export)\s+(type\s)?(?:[^'"`;]*?\sfrom\s)?\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The files `file` imports (relative specifiers only; packages are not the rules' business); `runtime` leaves out type-only imports. */
export function importsOf(file: string, text: string, runtime = false): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(specifier)) {
    const spec = m[2] ?? m[3]!;
    if (!spec.startsWith('.') || (runtime && m[1])) continue;
    out.add(path.posix.normalize(path.posix.join(path.posix.dirname(file), spec)));
  }
  return [...out].sort();
}

const texts = new Map(sources().map((f) => [f, readFileSync(path.join(root, f), 'utf8')]));
const inSrc = (list: string[]) => list.filter((i) => i.startsWith('src/'));
const graph = new Map([...texts].map(([f, text]) => [f, inSrc(importsOf(f, text))]));
const runtimeGraph = new Map([...texts].map(([f, text]) => [f, inSrc(importsOf(f, text, true))]));

/** Imports from files under `from` into files under `to`, as `a -> b` lines. */
function crossings(from: string, to: string): string[] {
  return [...graph].flatMap(([f, list]) => (f.startsWith(from) ? list.filter((i) => i.startsWith(to)).map((i) => `${f} -> ${i}`) : []));
}

/** Each file reachable from `entry` through imports, with the chain of files that reaches it. */
function reachable(entry: string): Map<string, string[]> {
  const chains = new Map<string, string[]>([[entry, [entry]]]);
  const todo = [entry];
  while (todo.length) {
    const file = todo.pop()!;
    for (const next of graph.get(file) ?? []) {
      if (chains.has(next)) continue;
      chains.set(next, [...chains.get(file)!, next]);
      todo.push(next);
    }
  }
  return chains;
}

/** Cycles of `graph`, one per back edge found by depth-first search. */
function cycles(graph: ReadonlyMap<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (f: string) => {
    state.set(f, 'open');
    stack.push(f);
    for (const next of graph.get(f) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(f, 'done');
  };
  for (const f of graph.keys()) if (!state.has(f)) visit(f);
  return found;
}

describe('architecture', () => {
  it('reads the imports it checks', () => {
    const text = "import type { X } from '../c/d.ts';\nexport { y } from './e.ts';\nconst z = await import('./f.ts');\nimport 'g';\nimport { h, type H } from './h.ts';";
    expect(importsOf('src/a/b.ts', text)).toEqual(['src/a/e.ts', 'src/a/f.ts', 'src/a/h.ts', 'src/c/d.ts']);
    expect(importsOf('src/a/b.ts', text, true)).toEqual(['src/a/e.ts', 'src/a/f.ts', 'src/a/h.ts']);
    expect(graph.get('src/pipeline/index.ts')).toContain('src/pipeline/clean.ts');
  });

  it('src/lexicon imports nothing from src/pipeline', () => {
    expect(crossings('src/lexicon/', 'src/pipeline/')).toEqual([]);
  });

  it('src/render imports nothing from src/pipeline', () => {
    expect(crossings('src/render/', 'src/pipeline/')).toEqual([]);
  });

  it.each(['pages', 'site', 'components', 'layouts'])('src/%s reaches nothing in src/corpus, src/render or src/pipeline', (dir) => {
    const files = [...graph.keys()].filter((f) => f.startsWith(`src/${dir}/`));
    expect(files.length).toBeGreaterThan(0);
    const bad = files.flatMap((f) => [...reachable(f)].filter(([t]) => /^src\/(?:corpus|render|pipeline)\//.test(t)).map(([, chain]) => chain.join(' -> ')));
    expect(bad).toEqual([]);
  });

  it('keeps no lexicon-derived cache in a module: stages get their tools from prepareTools', () => {
    const caches = [...texts].filter(([f, text]) => /^src\/(?:pipeline|lexicon)\//.test(f) && /\bnew WeakMap\b/.test(text)).map(([f]) => f);
    expect(caches).toEqual([]);
  });

  it('has no import cycles in src/', () => {
    expect(cycles(runtimeGraph).map((c) => c.join(' -> '))).toEqual([]);
  });

  it('has no type-only import cycles in src/ either', () => {
    expect(cycles(graph).map((c) => c.join(' -> '))).toEqual([]);
  });
});

// A hash of the code a cache's contents depend on: every module reachable by
// static imports from the given entry files, the versions of the packages
// they import, and Node's version. Editing any of these files invalidates the
// cache; editing an unrelated one (a test, the site) does not.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const specifiers = /(?:^|[\s;])(?:import|export)\b[^'";]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(?\s*['"]([^'"]+)['"]/g;

/** sha256 over the import graph of `entries` (absolute paths), packages by their version. */
export function codeVersion(entries: readonly string[], root: string): string {
  const hash = createHash('sha256').update(`node ${process.versions.node}\0`);
  const seen = new Set<string>();
  const todo = [...entries];
  const files: string[] = [];
  const packages = new Set<string>();
  while (todo.length) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    files.push(file);
    const text = source(file);
    for (const m of text.matchAll(specifiers)) {
      const spec = m[1] ?? m[2]!;
      if (spec.startsWith('.')) todo.push(path.resolve(path.dirname(file), spec));
      else if (!spec.startsWith('node:')) packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
    }
  }
  for (const file of files.sort()) hash.update(`${path.relative(root, file)}\0${source(file)}\0`);
  for (const pkg of [...packages].sort()) hash.update(`${pkg}@${packageVersion(root, pkg)}\0`);
  return hash.digest('hex');
}

/** A file's text; a missing one hashes as such (the import itself will fail and say so). */
function source(file: string): string {
  return existsSync(file) ? readFileSync(file, 'utf8') : '\0missing';
}

function packageVersion(root: string, pkg: string): string {
  const file = path.join(root, 'node_modules', pkg, 'package.json');
  return existsSync(file) ? String(JSON.parse(readFileSync(file, 'utf8')).version) : 'missing';
}

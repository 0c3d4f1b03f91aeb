// The generator loaded as one bundled file. An incremental run is short, and
// loading the generator's few hundred modules one by one (type-stripping
// each .ts file, resolving each import) took about 0.15 s of it on this
// machine; one esbuild bundle loads in a fraction of that. The bundle is
// rebuilt whenever a file that went into it, or this file, is newer than it.
// It is written beside its entry, so that `import.meta.url` and
// `import.meta.dirname` in the entry (worker scripts, the project root) mean
// the same bundled or not. Without esbuild, or if it fails, the caller loads
// the sources as they are: the same bytes come out, only later. The list of
// inputs also records the bundle's sha256, so a truncated or damaged bundle
// (a full disk, a copy cut short) is rebuilt rather than loaded.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeFileAtomic } from './atomic-write.ts';

/** A URL to import instead of `entry` (a .ts file): an up-to-date bundle of it, or undefined to import the entry itself. */
export async function bundled(entry: string, root: string): Promise<string | undefined> {
  const out = entry.replace(/\.ts$/, '.bundle.mjs');
  const inputsFile = `${out}.inputs.json`;
  if (upToDate(out, inputsFile, root)) return pathToFileURL(out).href;
  try {
    const esbuild = await import('esbuild');
    const result = await esbuild.build({
      entryPoints: [entry], absWorkingDir: root, bundle: true, platform: 'node', format: 'esm', target: 'node22',
      write: false, metafile: true, outfile: out, logLevel: 'silent',
      // Note: bundled CommonJS packages call require(), which an ES module lacks.
      banner: { js: "import { createRequire as __dossierRequire } from 'node:module'; const require = __dossierRequire(import.meta.url);" },
    });
    // Note: the list of inputs first, the bundle last, each renamed into place: a run that sees the bundle sees its inputs.
    const code = result.outputFiles[0]!.contents;
    writeFileAtomic(inputsFile, JSON.stringify({ inputs: Object.keys(result.metafile.inputs).sort(), sha256: sha256(code) }));
    writeFileAtomic(out, code);
    return pathToFileURL(out).href;
  } catch (e) {
    process.stderr.write(`generate: running from sources (no bundle: ${(e as Error).message.split('\n')[0]})\n`);
    return undefined;
  }
}

/** True when the bundle exists with the checksum it was written with, and neither this file nor any file that went into it (relative to `root`) changed after it was written. */
function upToDate(out: string, inputsFile: string, root: string): boolean {
  const built = statSync(out, { throwIfNoEntry: false })?.mtimeMs;
  if (built === undefined) return false;
  try {
    const recorded = JSON.parse(readFileSync(inputsFile, 'utf8')) as { inputs: string[]; sha256: string };
    const inputs = recorded.inputs.map((f) => path.resolve(root, f));
    return [import.meta.filename, ...inputs].every((f) => (statSync(f, { throwIfNoEntry: false })?.mtimeMs ?? Infinity) < built)
      && sha256(readFileSync(out)) === recorded.sha256;
  } catch {
    return false;
  }
}

function sha256(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

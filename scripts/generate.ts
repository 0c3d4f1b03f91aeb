// npm run generate: see scripts/lib/generate-cli.ts for the options.
// An incremental run is mostly start-up, so this entry loads the generator
// as one bundled file (scripts/lib/bundle.ts), rebuilt when its sources
// change, with Node's compile cache on: an incremental run on the BBC corpus
// takes about 0.15 s less. DOSSIER_NO_BUNDLE=1 runs the sources as they
// are; NODE_COMPILE_CACHE and NODE_DISABLE_COMPILE_CACHE decide as usual.
// A disk error (read-only, full, not permitted) ends the run with one line
// naming the file and what to do, not a stack trace.
import module from 'node:module';
import path from 'node:path';
import { bundled } from './lib/bundle.ts';
import { diskErrorLine } from './lib/disk-error.ts';
import { printable } from '../src/util/printable.ts';

const root = path.resolve(import.meta.dirname, '..');
module.enableCompileCache?.(process.env.NODE_COMPILE_CACHE ?? path.join(root, '.cache/node-compile'));
const cli = path.join(import.meta.dirname, 'lib/generate-cli.ts');
try {
  await import((process.env.DOSSIER_NO_BUNDLE ? undefined : await bundled(cli, root)) ?? cli);
} catch (e) {
  // Note: known by name, since the bundle holds its own copy of the class (scripts/lib/write-content.ts).
  const line = (e as Error)?.name === 'RecoveryError' ? `generate: ${(e as Error).message}` : diskErrorLine(e);
  if (!line) throw e;
  process.stderr.write(`${printable(line)}\n`);
  process.exit(1);
}

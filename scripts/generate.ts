// npm run generate: see scripts/lib/generate-cli.ts for the options.
// An incremental run is mostly start-up, so this entry loads the generator
// as one bundled file (scripts/lib/bundle.ts), rebuilt when its sources
// change, with Node's compile cache on: an incremental run on the BBC corpus
// takes about 0.15 s less. DOSSIER_NO_BUNDLE=1 runs the sources as they
// are; NODE_COMPILE_CACHE and NODE_DISABLE_COMPILE_CACHE decide as usual.
import module from 'node:module';
import path from 'node:path';
import { bundled } from './lib/bundle.ts';

const root = path.resolve(import.meta.dirname, '..');
module.enableCompileCache?.(process.env.NODE_COMPILE_CACHE ?? path.join(root, '.cache/node-compile'));
const cli = path.join(import.meta.dirname, 'lib/generate-cli.ts');
await import((process.env.DOSSIER_NO_BUNDLE ? undefined : await bundled(cli, root)) ?? cli);

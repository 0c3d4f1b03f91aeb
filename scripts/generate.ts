// npm run generate: see scripts/lib/generate-cli.ts for the options.
// This entry only turns on Node's compile cache before loading the
// generator: an incremental run is mostly start-up, and compiling (and
// stripping the types of) the generator's modules takes about 0.25 s of
// it on every run without the cache. NODE_COMPILE_CACHE and
// NODE_DISABLE_COMPILE_CACHE still decide when they are set.
import module from 'node:module';
import path from 'node:path';

module.enableCompileCache?.(process.env.NODE_COMPILE_CACHE ?? path.resolve(import.meta.dirname, '../.cache/node-compile'));
await import('./lib/generate-cli.ts');

// generate() with the texts of its output files, for tests that read pages.
import { generate, type GenerateOptions } from '../src/generate/index.ts';
import { outputTexts } from '../src/generate/output.ts';
import type { Lexicon } from '../src/lexicon/load.ts';
import type { SeedFile } from '../src/pipeline/types.ts';

/** generate()'s result plus `files`: every output file's text by path. */
export async function generateFiles(seeds: readonly SeedFile[], lex: Lexicon, opts: GenerateOptions = {}) {
  const result = await generate(seeds, lex, opts);
  return { ...result, files: outputTexts(result.outputs) };
}

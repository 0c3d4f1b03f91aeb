// Where the model lives, and loading it once per process. Unlike the rest of
// src/, this reads a file: the model is part of the program, like its code,
// and a stage must not need its caller to pass it in.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadModel, type SyntaxModel } from './model.ts';
import { modelSha256 } from './model/version.ts';
import { createHash } from 'node:crypto';

/** The model's path relative to the project root. */
export const MODEL_PATH = 'src/syntax/model/en-ewt.model';

/** The project's model file: found by walking up from this module, which may run from src/syntax or from a bundle in scripts/lib. */
export function modelFile(): string {
  for (let dir = import.meta.dirname; ; dir = path.dirname(dir)) {
    const file = path.join(dir, MODEL_PATH);
    if (existsSync(file)) return file;
    if (path.dirname(dir) === dir) throw new Error(`Syntax model not found: expected ${MODEL_PATH} (run npm run train:parser)`);
  }
}

let cached: SyntaxModel | undefined;

/** The project's model, read and checked on first use and kept for the process (each worker thread loads its own). */
export function syntaxModel(): SyntaxModel {
  if (cached) return cached;
  const bytes = readFileSync(modelFile());
  const sha = createHash('sha256').update(bytes).digest('hex');
  // Note: the cache of pipeline results hashes the code it imports; version.ts carries the model's hash into it.
  if (sha !== modelSha256) throw new Error(`${MODEL_PATH} has sha256 ${sha}, but src/syntax/model/version.ts expects ${modelSha256}: run npm run train:parser`);
  cached = loadModel(bytes);
  return cached;
}

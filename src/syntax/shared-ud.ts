// Test helper: the UD English EWT files in ../shared/ud, which belong to
// others and are not in the repository. Tests that need them skip without.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The folder holding en_ewt-ud-*.conllu beside the project, or undefined when absent. */
export const sharedUd: string | undefined = (() => {
  const dir = path.resolve(import.meta.dirname, '../../../shared/ud');
  return existsSync(path.join(dir, 'en_ewt-ud-dev.conllu')) ? dir : undefined;
})();

/** The text of one EWT split (`train`, `dev` or `test`); only call when sharedUd is set. */
export function readUd(split: 'train' | 'dev' | 'test'): string {
  return readFileSync(path.join(sharedUd!, `en_ewt-ud-${split}.conllu`), 'utf8');
}

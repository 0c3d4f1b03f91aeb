// Builds the site before the browser tests when dist/ is missing or older than its inputs.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { newestMtime } from './newest-mtime.ts';
import { contentDir, distDir, siteInputs } from './site-paths.ts';

/** Runs an npm script with the output shown, so a failing build explains itself. */
function run(script: string): void {
  console.log(`[e2e] npm run ${script}`);
  execSync(`npm run ${script}`, { stdio: 'inherit', env: process.env });
}

/** True when content has at least one generated briefing. */
function hasContent(): boolean {
  const folder = join(contentDir, 'briefings');
  return existsSync(folder) && readdirSync(folder).some((name) => name.endsWith('.md'));
}

/** Generates content when there is none, then rebuilds the site when any input is newer than the search index. */
export default async function setup(): Promise<void> {
  if (!hasContent()) run('generate');
  const built = await newestMtime(join(distDir, 'pagefind', 'pagefind-entry.json'));
  const inputs = Math.max(await newestMtime(contentDir), ...(await Promise.all(siteInputs.map(newestMtime))));
  if (process.env.E2E_REBUILD === '1' || built < inputs) run('build:site');
  else console.log('[e2e] dist/ is up to date');
}

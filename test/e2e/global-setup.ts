// Builds the site before the browser tests when dist/ is missing, older than its inputs,
// or was built from other content or for another base path.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { newestMtime } from './newest-mtime.ts';
import { basePath, contentDir, distDir, siteInputs } from './site-paths.ts';

/** Where the last e2e build noted what it was built from. */
const stampFile = resolve('node_modules/.cache/dossier-e2e/build.json');

/** Runs an npm script with the output shown, so a failing build explains itself. */
function run(script: string): void {
  console.log(`[e2e] npm run ${script}`);
  // Note: Vitest sets NODE_ENV=test, which would make Vite build in dev mode (and bundle Mermaid).
  execSync(`npm run ${script}`, { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
}

/** True when content has at least one generated briefing. */
function hasContent(): boolean {
  const folder = join(contentDir, 'briefings');
  return existsSync(folder) && readdirSync(folder).some((name) => name.endsWith('.md'));
}

/** What dist/ is built from, as a string to compare with the stamp. */
const wanted = JSON.stringify({ contentDir, basePath });

/** False only when the stamp says dist/ was built from other content or for another base path. */
function sameBuild(): boolean {
  // Note: no stamp (CI right after `npm run build`) means dist/ was built for this environment.
  return !existsSync(stampFile) || readFileSync(stampFile, 'utf8') === wanted;
}

/** Generates content when there is none, then rebuilds the site unless dist/ is current. */
export default async function setup(): Promise<void> {
  if (!hasContent()) run('generate');
  const built = await newestMtime(join(distDir, 'pagefind', 'pagefind-entry.json'));
  const inputs = Math.max(await newestMtime(contentDir), ...(await Promise.all(siteInputs.map(newestMtime))));
  if (process.env.E2E_REBUILD === '1' || built < inputs || !sameBuild()) {
    run('build:site');
  } else {
    console.log('[e2e] dist/ is up to date');
  }
  mkdirSync(dirname(stampFile), { recursive: true });
  writeFileSync(stampFile, wanted);
}

// What the browser tests of the built site share: the site served on a free
// port with a Chromium beside it for the tests of one file, and the validated
// front matter of content/, to compare pages against.
import { readdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import yaml from 'js-yaml';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launch } from './browser.ts';
import { serve } from './serve.ts';
import { basePath, contentDir, distDir } from './site-paths.ts';

/** Serves dist/ and launches Chromium before the file's tests, and stops both after; read `origin` and `browser` inside tests. */
export function builtSite(): { readonly origin: string; readonly browser: Browser } {
  let server: Server | undefined;
  const session = { origin: '', browser: undefined as unknown as Browser };
  beforeAll(async () => {
    let url: string;
    ({ server, url } = await serve(distDir, basePath));
    session.origin = url;
    session.browser = await launch();
  });
  afterAll(async () => {
    await session.browser?.close();
    server?.close();
  });
  return session;
}

/** The validated front matter of every Markdown file in a content folder, by file name without `.md`. */
export function frontMatter<T>(folder: string, schema: { parse(v: unknown): T }): Map<string, T> {
  const dir = join(contentDir, folder);
  const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
  return new Map(files.map((f) => [f.replace(/\.md$/, ''), schema.parse(yaml.load(readFileSync(join(dir, f), 'utf8').split(/^---$/m)[1]!))]));
}

/** The front matter of one content file (`network.md`), validated by its schema. */
export function frontMatterOf<T>(file: string, schema: { parse(v: unknown): T }): T {
  return schema.parse(yaml.load(readFileSync(join(contentDir, file), 'utf8').split(/^---$/m)[1]!));
}

// Where the e2e tests find the site and what they build it from.
import { resolve } from 'node:path';

/** The built site. */
export const distDir = resolve('dist');

/** The generated Markdown the site is built from (DOSSIER_CONTENT, as in src/content.config.ts). */
export const contentDir = resolve(process.env.DOSSIER_CONTENT ?? 'content');

/** Files whose change makes dist/ stale, besides the content (the site and the modules it imports). */
export const siteInputs = ['src/pages', 'src/layouts', 'src/components', 'src/styles', 'src/site', 'src/model', 'src/content.config.ts', 'public', 'astro.config.mjs', 'package.json'].map((p) => resolve(p));

/** The base path the site was built for (DOSSIER_BASE, as in astro.config.mjs), with both slashes: `/` or `/repo/`. */
export const basePath = `/${(process.env.DOSSIER_BASE ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

/** A site path (`actors/`) under the base path. */
export function at(path: string): string {
  return basePath + path.replace(/^\/+/, '');
}

// Where the e2e tests find the site and what they build it from.
import { resolve } from 'node:path';

/** The built site. */
export const distDir = resolve('dist');

/** The generated Markdown the site is built from (DOSSIER_CONTENT, as in src/content.config.ts). */
export const contentDir = resolve(process.env.DOSSIER_CONTENT ?? 'content');

/** Files whose change makes dist/ stale, besides the content. */
export const siteInputs = ['src', 'public', 'astro.config.mjs', 'package.json'].map((p) => resolve(p));

// The Astro site that publishes content/ (see docs/site.md).
import sitemap from '@astrojs/sitemap';
import { cpSync, mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';

// Note: GitHub Pages serves a project site under /<repo>/; the publish
// workflow passes the origin and base path it gets from actions/configure-pages.
const site = process.env.DOSSIER_SITE || 'https://example.github.io';
const base = process.env.DOSSIER_BASE || '/';

/**
 * Copies Mermaid's prebuilt ES modules (no source maps) to dist/_mermaid/ after the build.
 * Note: the browser imports them from there, so Vite never bundles Mermaid: that saves ~10 s a build.
 */
function prebuiltMermaid() {
  return {
    name: 'dossier:prebuilt-mermaid',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const from = dirname(createRequire(import.meta.url).resolve('mermaid/dist/mermaid.esm.min.mjs'));
        const to = join(fileURLToPath(dir), '_mermaid');
        const chunks = join('chunks', 'mermaid.esm.min');
        mkdirSync(join(to, chunks), { recursive: true });
        cpSync(join(from, 'mermaid.esm.min.mjs'), join(to, 'mermaid.esm.min.mjs'));
        for (const name of readdirSync(join(from, chunks)).filter((n) => n.endsWith('.mjs'))) {
          cpSync(join(from, chunks, name), join(to, chunks, name));
        }
      },
    },
  };
}

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  integrations: [sitemap(), prebuiltMermaid()],
  // Note: briefings hold no code but Mermaid, which the browser renders; no highlighter keeps pages light.
  markdown: { syntaxHighlight: false },
  build: { format: 'directory', inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
});

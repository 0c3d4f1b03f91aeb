// The Astro site that publishes content/ (see docs/site.md).
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';

// Note: GitHub Pages serves a project site under /<repo>/; the publish
// workflow passes the origin and base path it gets from actions/configure-pages.
const site = process.env.DOSSIER_SITE || 'https://example.github.io';
const base = process.env.DOSSIER_BASE || '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  integrations: [sitemap()],
  // Note: briefings hold no code but Mermaid, which the browser renders; no highlighter keeps pages light.
  markdown: { syntaxHighlight: false },
  build: { format: 'directory', inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  // Note: Mermaid's diagram chunks are large but load only on pages with a diagram, and only the ones a flowchart needs.
  vite: { build: { chunkSizeWarningLimit: 1600 } },
});

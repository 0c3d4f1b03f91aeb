// ingest: bytes to text. Decodes UTF-8 (BOM or not), normalises line ends,
// and reads the optional front-matter block.
import matter from 'gray-matter';
import type { Ingested, SeedFile, SeedMeta } from './types.ts';

/** Decodes a seed and separates its front matter from the article text. */
export function ingest(seed: SeedFile): Ingested {
  const warnings: string[] = [];
  const decoded = new TextDecoder('utf-8', { fatal: false }).decode(seed.bytes).replace(/^\uFEFF/, '');
  const text = decoded.replace(/\r\n?/g, '\n');
  const { meta, body } = readFrontMatter(text);
  return { seed: seed.name, text: body, meta, language: 'en', warnings };
}

function readFrontMatter(text: string): { meta: SeedMeta; body: string } {
  if (!text.startsWith('---\n')) return { meta: {}, body: text };
  const parsed = matter(text);
  const data = parsed.data as Record<string, unknown>;
  const meta: SeedMeta = {};
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
  const title = str(data.title);
  const outlet = str(data.outlet);
  const url = str(data.url);
  const published = data.published instanceof Date ? data.published.toISOString().slice(0, 10) : str(data.published);
  if (title) meta.title = title;
  if (outlet) meta.outlet = outlet;
  if (url) meta.url = url;
  if (published && /^\d{4}-\d{2}-\d{2}/.test(published)) meta.published = published.slice(0, 10);
  return { meta, body: parsed.content };
}

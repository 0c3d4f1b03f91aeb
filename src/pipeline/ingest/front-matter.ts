// The optional YAML block at the top of a seed. Its values are checked one by
// one and copied into SeedMeta; nothing else in it is used, so a `slug` or
// `layout` key can neither pick an output path nor change a template.
// Note: the block is split here rather than by gray-matter, which reads an
// unclosed `---` as front matter to the end of the file and has a `---js`
// engine that runs code; `yaml` caps alias expansion (billion laughs).
import { parseDocument } from 'yaml';
import type { SeedMeta } from '../types.ts';

/** The front matter's fields, the text after it, and what was ignored. */
export interface FrontMatter {
  meta: SeedMeta;
  body: string;
  warnings: string[];
}

/** Longest title and outlet kept; longer ones are cut at a word. */
export const maxTitle = 300;
export const maxOutlet = 120;
const maxUrl = 2048;
const maxAliases = 100;
// Keys a static-site generator might obey; named in a warning so a curator sees they had no effect.
const ignoredKeys = new Set(['slug', 'layout', 'permalink']);
// `---`, then a first line that looks like `key:`, then a closing `---` or `...` line.
const block = /^---[ \t]*\n(?=[ \t]*(?:#|[\w"'-][^\n:]*:))([\s\S]*?)^(?:---|\.\.\.)[ \t]*(?:\n|$)/my;

/** Splits off and validates front matter; throws naming the line of a YAML syntax error. */
export function frontMatter(text: string): FrontMatter {
  if (!text.startsWith('---')) return { meta: {}, body: text, warnings: [] };
  block.lastIndex = 0;
  const m = block.exec(text);
  if (!m) return { meta: {}, body: text, warnings: /^---[ \t]*\n/.test(text) ? ['starts with `---` but has no front-matter block: read as text'] : [] };
  const warnings: string[] = [];
  const data = parseYaml(m[1]!);
  return { meta: readMeta(data, warnings), body: text.slice(m[0].length), warnings };
}

/** Parses YAML into maps (never plain objects, so `__proto__` is just a key); throws on syntax errors and alias bombs. */
function parseYaml(source: string): Map<unknown, unknown> {
  const doc = parseDocument(source);
  const error = doc.errors[0];
  if (error) {
    // The block starts on the file's second line, after `---`.
    const line = (error.linePos?.[0].line ?? 0) + 1;
    throw new Error(`front matter YAML error at line ${line}: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:$/, '')}`);
  }
  let data: unknown;
  try {
    data = doc.toJS({ mapAsMap: true, maxAliasCount: maxAliases });
  } catch (e) {
    throw new Error(`front matter YAML is refused: ${(e as Error).message} (at most ${maxAliases} alias expansions)`);
  }
  if (data === null || data === undefined) return new Map();
  if (!(data instanceof Map)) throw new Error('front matter YAML error: expected `key: value` lines, found a single value or a list');
  return data;
}

/** Copies the known, valid fields; warns about the rest of what it had to drop. */
function readMeta(data: Map<unknown, unknown>, warnings: string[]): SeedMeta {
  const meta: SeedMeta = {};
  for (const key of data.keys()) if (typeof key === 'string' && ignoredKeys.has(key)) warnings.push(`front matter \`${key}\` ignored: slugs and layouts are not set by seeds`);
  const title = label(data.get('title'), maxTitle, 'title', warnings);
  const outlet = label(data.get('outlet'), maxOutlet, 'outlet', warnings);
  const url = webUrl(data.get('url'), warnings);
  const published = isoDate(data.get('published'), warnings);
  if (title) meta.title = title;
  if (outlet) meta.outlet = outlet;
  if (url) meta.url = url;
  if (published) meta.published = published;
  return meta;
}

/** A one-line label: control characters out, whitespace collapsed, cut at `max` characters. */
export function label(value: unknown, max: number, key: string, warnings: string[]): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' && typeof value !== 'number') { warnings.push(`front matter \`${key}\` ignored: expected text`); return undefined; }
  const text = String(value).replace(/[\p{Cc}\p{Cf}]/gu, ' ').replace(/\s+/g, ' ').trim();
  const chars = [...text];
  if (chars.length <= max) return text || undefined;
  warnings.push(`front matter \`${key}\` cut to ${max} characters`);
  const cut = chars.slice(0, max - 1).join('');
  return `${cut.replace(/\s+\S*$/, '') || cut}…`;
}

/** An absolute http(s) URL, or undefined with a warning. */
export function webUrl(value: unknown, warnings: string[]): string | undefined {
  if (value === undefined || value === null) return undefined;
  const text = typeof value === 'string' ? value.trim() : '';
  let url: URL | undefined;
  try { url = new URL(text); } catch { url = undefined; }
  if (url && (url.protocol === 'http:' || url.protocol === 'https:') && url.href.length <= maxUrl) return url.href;
  warnings.push(`front matter \`url\` ignored: expected an http(s) URL of at most ${maxUrl} characters`);
  return undefined;
}

/** A real calendar date `YYYY-MM-DD` (a longer ISO timestamp is cut to its date), or undefined with a warning. */
export function isoDate(value: unknown, warnings: string[]): string | undefined {
  if (value === undefined || value === null) return undefined;
  const text = value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString() : typeof value === 'string' ? value.trim() : '';
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(text);
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  if (m && date && date.toISOString().slice(0, 10) === text.slice(0, 10)) return text.slice(0, 10);
  warnings.push('front matter `published` ignored: expected a real date YYYY-MM-DD');
  return undefined;
}

// Shared Markdown serialisation and small mdast builders. Seed text only ever
// enters a tree as a `text` node (which toMarkdown escapes); `html` nodes are
// made here from numbers only.
import yaml from 'js-yaml';
import type {
  Blockquote, Emphasis, Heading, Html, Link, List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Table, TableCell, Text,
} from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { type Options, toMarkdown } from 'mdast-util-to-markdown';

/** The one set of toMarkdown options for every page Dossier writes. */
export const markdownOptions: Options = {
  extensions: [gfmToMarkdown({ tablePipeAlign: false })],
  bullet: '-',
  emphasis: '_',
  strong: '*',
  fences: true,
  fence: '`',
  listItemIndent: 'one',
  rule: '-',
  resourceLink: true,
};

/** Serialises a tree once, with the shared options. */
export function serializeMarkdown(root: Root): string {
  return toMarkdown(root, markdownOptions);
}

// js-yaml options: no anchors, no folding, so the same data gives the same bytes.
const yamlOptions = { noRefs: true, lineWidth: -1, sortKeys: false };

/**
 * A page: YAML front matter (keys in the order given) above the serialised body.
 * Note: written with js-yaml 4, the YAML 1.2 dumper Astro reads with; gray-matter's
 * bundled js-yaml 3 leaves `08` unquoted, which YAML 1.2 then reads as the number 8.
 */
export function page(data: Record<string, unknown>, body: Root): string {
  return `---\n${yaml.dump(data, yamlOptions)}---\n${serializeMarkdown(body)}`;
}

/** Drops `undefined` values, deeply (js-yaml cannot write them); key order is kept, so pass zod-parsed data (schema order). */
export function plainData<T>(value: T): T {
  if (Array.isArray(value)) return value.map(plainData) as T;
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  return Object.fromEntries(entries.map(([k, v]) => [k, plainData(v)])) as T;
}

/** A text node; whitespace runs (newlines included) become one space, so tables and lines stay whole. */
export function text(value: string): Text {
  return { type: 'text', value: value.replace(/\s+/g, ' ') };
}

export function emphasis(...children: PhrasingContent[]): Emphasis {
  return { type: 'emphasis', children };
}

export function heading(depth: Heading['depth'], title: string): Heading {
  return { type: 'heading', depth, children: [text(title)] };
}

export function paragraph(...children: PhrasingContent[]): Paragraph {
  return { type: 'paragraph', children };
}

export function link(url: string, ...children: PhrasingContent[]): Link {
  return { type: 'link', url, children };
}

export function list(items: RootContent[][], ordered = false): List {
  const children = items.map((c): ListItem => ({ type: 'listItem', spread: false, children: c as ListItem['children'] }));
  return { type: 'list', ordered, spread: false, children };
}

export function blockquote(...children: RootContent[]): Blockquote {
  return { type: 'blockquote', children: children as Blockquote['children'] };
}

/** A GFM table: a header row of labels, then rows of cells (each cell phrasing content); `id` anchors the table for links. */
export function table(header: string[], rows: PhrasingContent[][][], id?: string): Table {
  const row = (cells: PhrasingContent[][]) => ({ type: 'tableRow' as const, children: cells.map((c): TableCell => ({ type: 'tableCell', children: c })) });
  const head = header.map((h, i): PhrasingContent[] => (i === 0 && id ? [anchor(id), text(h)] : [text(h)]));
  return { type: 'table', align: header.map(() => null), children: [row(head), ...rows.map(row)] };
}

/** An empty `<span id="…">` to link to; the id is a fixed kebab-case word of ours, never seed text. */
export function anchor(id: string): Html {
  if (!/^[a-z]+(?:-[a-z]+)*$/.test(id)) throw new Error(`anchor: id \`${id}\`, expected lowercase kebab-case letters`);
  return { type: 'html', value: `<span id="${id}"></span>` };
}

/** An empty anchor `<span id="s-12"></span>` before a sentence; the id is numeric, never seed text. */
export function sentenceAnchor(index: number): Html {
  if (!Number.isInteger(index) || index < 0) throw new Error(`sentence anchor: index ${index}, expected a non-negative integer`);
  return { type: 'html', value: `<span id="s-${index}"></span>` };
}

/** The fragment that points to a sentence anchor. */
export function sentenceHref(index: number, base = ''): string {
  return `${base}#s-${index}`;
}

/** A section: an h2 and its content, or "None found." when there is none. */
export function section(title: string, content: RootContent[]): RootContent[] {
  return [heading(2, title), ...(content.length ? content : [paragraph(text('None found.'))])];
}

/** The URL of an actor page. */
export function actorHref(id: string): string {
  return `/actors/${id}/`;
}

/** The URL of a briefing, optionally at a sentence. */
export function briefingHref(slug: string, sentence?: number): string {
  return sentence === undefined ? `/briefings/${slug}/` : sentenceHref(sentence, `/briefings/${slug}/`);
}

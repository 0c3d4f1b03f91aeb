// What every generated file must satisfy, whatever the seeds: front matter
// the site's schema accepts, Markdown whose only raw HTML is the sentence
// anchors, no script links, and Mermaid blocks that Mermaid itself parses.
import { readdirSync, readFileSync } from 'node:fs';
import { load as loadYaml } from 'js-yaml';
import { JSDOM } from 'jsdom';
import type { Root } from 'mdast';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import { visit } from 'unist-util-visit';
import { ActorPageData, BriefingData, CorpusTimelineData, NetworkData } from '../../src/model/index.ts';
import type { SeedFile } from '../../src/pipeline/types.ts';

// Inline, remark reads `<span id="s-1"></span>` as two html nodes: the opening and the closing tag.
// The relations table's own anchor is the one fixed id besides sentence numbers.
const anchor = /^(?:<span id="(?:s-\d+|relations-table)">(?:<\/span>)?|<\/span>)$/;
const safeUrl = /^(?:https?:\/\/|\/(?!\/)|#)/i;
const frontMatter = /^---\n([\s\S]*?)\n---\n/;

let mermaidParse: ((text: string) => Promise<unknown>) | undefined;

/** Mermaid's own parser; jsdom globals must exist before mermaid is imported. */
export async function loadMermaid(): Promise<(text: string) => Promise<unknown>> {
  if (mermaidParse) return mermaidParse;
  const dom = new JSDOM('<!doctype html><html><body></body></html>');
  Object.assign(globalThis, { window: dom.window, document: dom.window.document });
  const { default: mermaid } = await import('mermaid');
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
  mermaidParse = (text) => mermaid.parse(text);
  return mermaidParse;
}

/** Every problem found in the generated files, as `path: problem` lines; none is the goal. */
export async function checkOutput(files: Map<string, string>): Promise<string[]> {
  const parse = await loadMermaid();
  const problems: string[] = [];
  for (const [path, text] of files) {
    // Note: the report is for curators, not the site, and has no front matter.
    const m = path === 'report.md' ? undefined : frontMatter.exec(text);
    if (!m && path !== 'report.md') { problems.push(`${path}: no front matter`); continue; }
    // Note: js-yaml 4 is what Astro reads front matter with; it reads `08` as a number and unquoted dates as Date.
    const schema = path.startsWith('briefings/') ? BriefingData : path.startsWith('actors/') ? ActorPageData : path === 'timeline.md' ? CorpusTimelineData : NetworkData;
    const parsed = m ? schema.safeParse(loadYaml(m[1]!)) : undefined;
    if (parsed && !parsed.success) problems.push(`${path}: front matter: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`);
    const tree = remark().use(remarkGfm).parse(text.slice(m?.[0].length ?? 0)) as Root;
    const blocks: string[] = [];
    visit(tree, (node) => {
      if (node.type === 'html' && !anchor.test(node.value)) problems.push(`${path}: raw HTML ${JSON.stringify(node.value.slice(0, 80))}`);
      if ((node.type === 'link' || node.type === 'definition') && !safeUrl.test(node.url)) problems.push(`${path}: link to ${JSON.stringify(node.url.slice(0, 80))}`);
      if (node.type === 'image' || node.type === 'imageReference') problems.push(`${path}: an image`);
      if (node.type === 'code' && node.lang === 'mermaid') blocks.push(node.value);
    });
    for (const block of blocks) {
      try { await parse(block); } catch (e) { problems.push(`${path}: mermaid: ${String((e as Error).message).split('\n')[0]}`); }
    }
  }
  return problems;
}

/** Real articles read from ../shared at test time (never copied into the repo); empty when shared/ is absent. */
export function corpusSeeds(): SeedFile[] {
  const dirs = ['../../../shared/corpus/world/', '../../../shared/seeds/'].map((d) => new URL(d, import.meta.url));
  return dirs.flatMap((dir) => {
    try {
      return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((name) => ({ name, bytes: readFileSync(new URL(name, dir)) }));
    } catch {
      return [];
    }
  });
}

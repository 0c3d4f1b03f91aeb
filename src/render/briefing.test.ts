import matter from 'gray-matter';
import type { Html, Link, Nodes, Paragraph, Root, TableRow } from 'mdast';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import { BriefingData, cameoNames, quadOf } from '../model/index.ts';
import type { Briefing } from '../model/index.ts';
import { renderBriefing } from './briefing.ts';

const nastySentence = 'Gondor *warned* Arnor_s __king__ <script>alert(1)</script> see [x](javascript:alert(1)) | pipe `tick`.';

/** A fictional briefing; `overrides` change its data. */
function fixture(overrides: Partial<BriefingData> = {}): Briefing {
  const data = BriefingData.parse({
    title: 'Gondor and Arnor meet at Amon Sûl',
    titleSource: 'front-matter',
    slug: 'gondor-and-arnor-meet',
    seed: 'gondor.txt',
    published: '3019-03-25',
    language: 'en',
    summary: 'Gondor and Arnor *met*; Aragorn son of Arathorn spoke.',
    keyPoints: [{ sentence: 0, text: 'Gondor met Arnor at Amon Sûl.' }],
    actors: [
      { id: 'gondor', name: 'Gondor', type: 'country', aliases: ['the South Kingdom'], mentions: 3 },
      { id: 'arnor', name: 'Arnor', type: 'country', aliases: [], mentions: 2 },
      { id: 'aragorn', name: 'Aragorn son of Arathorn', type: 'person', aliases: ['Strider'], role: 'King', affiliation: 'gondor', mentions: 2 },
    ],
    relations: [
      { source: 'gondor', target: 'arnor', type: 'consult', verb: 'met', cameo: '04', quad: 'verbal-cooperation', symmetric: true, modality: 'asserted', evidence: { sentence: 0, text: 'Gondor met Arnor at Amon Sûl.' } },
      { source: 'gondor', target: 'arnor', type: 'threaten', verb: 'warned', cameo: '13', quad: 'verbal-conflict', symmetric: false, modality: 'asserted', evidence: { sentence: 1, text: nastySentence } },
    ],
    quotes: [{ speaker: 'aragorn', speakerIsActor: true, text: 'The North *will* stand. <b>bold</b>', sentence: 2 }],
    timeline: [
      { date: '3019-03-25', when: 'on Tuesday', text: 'Gondor met Arnor.', sentence: 0 },
      { date: '3019-03-01', when: 'March 1', text: 'Arnor | marched\n| - |.', sentence: 2 },
    ],
    warnings: [],
    ...overrides,
  });
  return {
    data,
    sentences: [
      { index: 0, paragraph: 0, text: 'Gondor met Arnor at Amon Sûl.' },
      { index: 1, paragraph: 0, text: nastySentence },
      { index: 2, paragraph: 1, text: '"The North *will* stand," said Aragorn son of Arathorn. # not a heading' },
      { index: 3, paragraph: 1, text: '1. not a list' },
    ],
  };
}

function parse(md: string): { data: Record<string, unknown>; tree: Root } {
  const { data, content } = matter(md);
  return { data, tree: remark().use(remarkGfm).parse(content) };
}

/** The text of a node and its children (html excluded, so anchors read as nothing). */
function toString(node: Nodes): string {
  if (node.type === 'html') return '';
  if ('value' in node) return node.value;
  return 'children' in node ? (node.children as Nodes[]).map(toString).join('') : '';
}

/** Every node of `type` in the tree, depth first. */
function nodes(tree: Nodes, type: Nodes['type']): Nodes[] {
  const kids = 'children' in tree ? (tree.children as Nodes[]) : [];
  return [...(tree.type === type ? [tree] : []), ...kids.flatMap((k) => nodes(k, type))];
}

describe('renderBriefing', () => {
  const md = renderBriefing(fixture());
  const { data, tree } = parse(md);

  it('writes the validated data as front matter', () => {
    expect(BriefingData.parse(data)).toEqual(fixture().data);
    expect(md.startsWith('---\ntitle: Gondor and Arnor meet at Amon Sûl\n')).toBe(true);
  });

  it('has the sections in order', () => {
    const headings = tree.children.filter((n) => n.type === 'heading').map((n) => (n.type === 'heading' && n.children[0]?.type === 'text' ? n.children[0].value : ''));
    expect(headings).toEqual(['Summary', 'Actors', 'Relations', 'Quotes', 'Timeline', 'Source text']);
  });

  it('anchors the relations table and every sentence with a numeric id, and has no other html', () => {
    const html = (nodes(tree, 'html') as Html[]).map((n) => n.value);
    expect(html).toEqual(['<span id="relations-table">', '</span>', '<span id="s-0">', '</span>', '<span id="s-1">', '</span>', '<span id="s-2">', '</span>', '<span id="s-3">', '</span>']);
  });

  it('keeps seed text inert: no javascript links, no emphasis, no raw html from seeds', () => {
    const urls = (nodes(tree, 'link') as Link[]).map((l) => l.url);
    expect(urls.filter((u) => !/^(#s-\d+|#relations-table|\/actors\/[a-z0-9-]+\/)$/.test(u))).toEqual([]);
    expect(nodes(tree, 'emphasis')).toEqual([]);
    expect(nodes(tree, 'strong')).toEqual([]);
    expect(nodes(tree, 'inlineCode')).toEqual([]);
    expect(md).toContain('\\<script>');
  });

  it('round-trips the seed text through text nodes', () => {
    const source = tree.children.slice(tree.children.findIndex((n) => n.type === 'heading' && JSON.stringify(n).includes('Source text')) + 1);
    const texts = source.flatMap((p) => nodes({ type: 'root', children: [p] }, 'text').map((t) => (t.type === 'text' ? t.value : '')));
    expect(texts.join('')).toBe(
      'Gondor met Arnor at Amon Sûl. ' + nastySentence + '"The North *will* stand," said Aragorn son of Arathorn. # not a heading 1. not a list',
    );
    expect(nodes(tree, 'list')).toHaveLength(1); // the key points only
  });

  it('keeps table cells whole when seed text has pipes and newlines', () => {
    const tables = nodes(tree, 'table');
    const timeline = tables[tables.length - 1];
    const rows = timeline && 'children' in timeline ? (timeline.children as Nodes[]) : [];
    expect(rows.map((r) => ('children' in r ? r.children.length : 0))).toEqual([3, 3, 3]);
    expect(JSON.stringify(rows[1])).toContain('Arnor | marched | - |.');
  });

  it('draws the relation diagram as a mermaid code block', () => {
    const code = nodes(tree, 'code');
    expect(code).toHaveLength(1);
    expect(code[0]).toMatchObject({ lang: 'mermaid' });
  });

  it('says how much a capped diagram shows and links to the full table', () => {
    const codes = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14'] as const;
    const relations = codes.map((cameo, i) => ({ source: 'gondor', target: 'arnor', type: cameoNames[cameo], verb: 'did', cameo, quad: quadOf(cameo), symmetric: false, modality: 'asserted' as const, evidence: { sentence: i % 4, text: 'x' } }));
    const capped = parse(renderBriefing(fixture({ relations: relations as never }))).tree;
    const note = (nodes(capped, 'paragraph') as Paragraph[]).find((p) => toString(p).startsWith('Diagram:'));
    expect(note && toString(note)).toBe('Diagram: 12 of 14 links shown (12 of 14 relations), the strongest by count; see the full table.');
    expect((nodes(note!, 'link') as Link[]).map((l) => l.url)).toEqual(['#relations-table']);
    expect(nodes(tree, 'paragraph').some((p) => toString(p).startsWith('Diagram:'))).toBe(false);
  });

  it('reads relations source, CAMEO event name, target, and says when they are mutual', () => {
    const rows = (nodes(tree, 'tableRow') as TableRow[]).map((r) => r.children.map((c) => toString(c)));
    expect(rows).toContainEqual(['Gondor', 'consult, mutual (met)', 'Arnor', 'verbal cooperation', 'sentence 1']);
    expect(rows).toContainEqual(['Gondor', 'threaten (warned)', 'Arnor', 'verbal conflict', 'sentence 2']);
  });

  it('marks a relation not stated as fact in its Relation cell, leaves denied and hypothetical ones out of the diagram, and says so', () => {
    const stated = fixture({ relations: [
      ...fixture().data.relations,
      { source: 'aragorn', target: 'arnor', type: 'fight', verb: 'attacked', cameo: '19', quad: 'material-conflict', symmetric: false, modality: 'denied', evidence: { sentence: 2, text: 'x' } },
      { source: 'arnor', target: 'gondor', type: 'provide aid', verb: 'send', cameo: '07', quad: 'material-cooperation', symmetric: false, modality: 'hypothetical', evidence: { sentence: 3, text: 'y' } },
      { source: 'aragorn', target: 'gondor', type: 'threaten', verb: 'warned', cameo: '13', quad: 'verbal-conflict', symmetric: false, modality: 'reported', evidence: { sentence: 3, text: 'y' } },
    ] as never });
    const t = parse(renderBriefing(stated)).tree;
    const rows = (nodes(t, 'tableRow') as TableRow[]).map((r) => r.children.map((c) => toString(c)));
    expect(rows).toContainEqual(['Aragorn son of Arathorn', 'denied: fight (attacked)', 'Arnor', 'material conflict', 'sentence 3']);
    expect(rows).toContainEqual(['Arnor', 'hypothetical: provide aid (send)', 'Gondor', 'material cooperation', 'sentence 4']);
    expect(rows).toContainEqual(['Aragorn son of Arathorn', 'reported: threaten (warned)', 'Gondor', 'verbal conflict', 'sentence 4']);
    expect(rows).toContainEqual(['Gondor', 'threaten (warned)', 'Arnor', 'verbal conflict', 'sentence 2']);
    expect(nodes(t, 'emphasis').map(toString)).toEqual(['denied:', 'hypothetical:', 'reported:']);
    const diagram = toString(nodes(t, 'code')[0]!);
    expect(diagram).toContain('"threaten (reported)"');
    expect(diagram).not.toContain('fight');
    expect(diagram).not.toContain('"aid"');
    const note = (nodes(t, 'paragraph') as Paragraph[]).find((p) => toString(p).startsWith('Diagram:'));
    expect(note && toString(note)).toBe('Diagram: 3 of 5 links shown (3 of 5 relations), denied and hypothetical relations (2) are not drawn; see the full table.');
  });

  it('says why there is no diagram when every relation is denied or hypothetical', () => {
    const denied = fixture().data.relations.map((r) => ({ ...r, modality: 'denied' as const }));
    const t = parse(renderBriefing(fixture({ relations: denied }))).tree;
    expect(nodes(t, 'code')).toEqual([]);
    expect((nodes(t, 'paragraph') as Paragraph[]).map(toString)).toContain('No diagram: denied and hypothetical relations (2) are not drawn; see the full table.');
    expect((nodes(parse(renderBriefing(fixture({ relations: [] }))).tree, 'paragraph') as Paragraph[]).some((p) => toString(p).startsWith('No diagram'))).toBe(false);
  });

  it('says both reasons when a diagram is capped and leaves relations out for their modality', () => {
    const codes = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14'] as const;
    const relations = codes.map((cameo, i) => ({ source: 'gondor', target: 'arnor', type: cameoNames[cameo], verb: 'did', cameo, quad: quadOf(cameo), symmetric: false, modality: i === 0 ? 'denied' as const : 'asserted' as const, evidence: { sentence: i % 4, text: 'x' } }));
    const note = (nodes(parse(renderBriefing(fixture({ relations: relations as never }))).tree, 'paragraph') as Paragraph[]).find((p) => toString(p).startsWith('Diagram:'));
    expect(note && toString(note)).toBe('Diagram: 12 of 14 links shown (12 of 14 relations), the strongest by count; denied and hypothetical relations (1) are not drawn; see the full table.');
  });

  it('links names to actor pages, through the caller’s mapping', () => {
    const mapped = renderBriefing(fixture(), { actorHref: (id) => `/actors/${id === 'aragorn' ? 'king-elessar' : id}/` });
    expect(mapped).toContain('[Aragorn son of Arathorn](/actors/king-elessar/)');
    expect(md).toContain('[Gondor](/actors/gondor/)');
  });

  it('says "None found." for empty sections', () => {
    const empty = renderBriefing(fixture({ relations: [], quotes: [], timeline: [] }));
    expect(empty.match(/None found\./g)).toHaveLength(3);
  });

  it('is byte-identical on re-render', () => {
    expect(renderBriefing(fixture())).toBe(md);
  });

  it('names the problem when data is invalid', () => {
    expect(() => renderBriefing({ ...fixture(), data: { ...fixture().data, slug: 'Not A Slug' as never } })).toThrow(/slug/);
  });
});

describe('renderBriefing language note', () => {
  it('says so, visibly, when the article is not in English', () => {
    const fr = renderBriefing(fixture({ language: 'fr' }));
    expect(matter(fr).content).toMatch(/^Note: this article appears to be in French \(fr\)\. Extraction covers English only/m);
    expect(matter(renderBriefing(fixture())).content).not.toMatch(/^Note: this article appears/m);
  });
});

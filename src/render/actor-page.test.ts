import matter from 'gray-matter';
import type { Link, Nodes, Root, TableRow } from 'mdast';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import { ActorPageData, type Slug } from '../model/index.ts';
import { renderActorPage } from './actor-page.ts';

const data = ActorPageData.parse({
  id: 'aragorn-elessar',
  name: 'Aragorn Elessar',
  type: 'person',
  aliases: ['Elessar', 'Strider *the* Ranger'],
  roles: [{ briefing: 'pelennor', role: 'king' }],
  affiliations: [{ briefing: 'pelennor', actor: 'gondor' }],
  briefings: ['pelennor', 'council-of-elrond'],
  mentions: 6,
  relations: [
    {
      other: 'gondor', direction: 'both', cameo: '04', type: 'consult', quad: 'verbal-cooperation', modality: 'asserted', count: 5,
      evidence: [0, 1, 2, 3, 4].map((n) => ({ briefing: 'pelennor', sentence: n, text: `Sentence ${n}.` })),
    },
    { other: 'gondor-army', direction: 'out', cameo: '19', type: 'fight', quad: 'material-conflict', modality: 'reported', count: 1, evidence: [{ briefing: 'pelennor', sentence: 2, text: 'x' }] },
    { other: 'gondor-army', direction: 'in', cameo: '11', type: 'disapprove', quad: 'verbal-conflict', modality: 'denied', count: 1, evidence: [{ briefing: 'pelennor', sentence: 1, text: 'y' }] },
    { other: 'gondor', direction: 'out', cameo: '07', type: 'provide aid', quad: 'material-cooperation', modality: 'hypothetical', count: 1, evidence: [{ briefing: 'pelennor', sentence: 5, text: 'z' }] },
  ],
  quotes: [{ briefing: 'council-of-elrond', sentence: 3, text: 'You have my <sword>. [x](javascript:alert(1))' }],
});
const names = new Map([['gondor', 'Gondor'], ['gondor-army', 'Army of Gondor'], ['aragorn-elessar', 'Aragorn Elessar']]);
const titles = new Map([['pelennor', 'Battle of the *Pelennor* Fields'], ['council-of-elrond', 'The Council of Elrond']]);

/** Every node of `type`, depth first. */
function nodes(tree: Nodes, type: Nodes['type']): Nodes[] {
  const kids = 'children' in tree ? (tree.children as Nodes[]) : [];
  return [...(tree.type === type ? [tree] : []), ...kids.flatMap((k) => nodes(k, type))];
}

/** The text of a node and its children (html excluded). */
function toString(node: Nodes): string {
  if (node.type === 'html') return '';
  if ('value' in node) return node.value;
  return 'children' in node ? (node.children as Nodes[]).map(toString).join('') : '';
}

function headingsOf(tree: Root): string[] {
  return tree.children.flatMap((n) => (n.type === 'heading' && n.children[0]?.type === 'text' ? [n.children[0].value] : []));
}

describe('renderActorPage', () => {
  const md = renderActorPage(data, names, { titles, types: new Map([['gondor', 'country']]) });
  const { data: front, content } = matter(md);
  const tree = remark().use(remarkGfm).parse(content);

  it('writes the validated data as front matter', () => {
    expect(ActorPageData.parse(front)).toEqual(data);
  });

  it('has the aliases, then its relations', () => {
    expect(headingsOf(tree)).toEqual(['Relations']);
    expect(content).toContain('Also written: Elessar; Strider \\*the\\* Ranger.');
  });

  it('links facts to briefing sentences and actors, and nothing else', () => {
    const urls = (nodes(tree, 'link') as Link[]).map((l) => l.url);
    expect(urls).toEqual(expect.arrayContaining(['/briefings/pelennor/#s-0', '/briefings/pelennor/#s-4', '/actors/gondor/']));
    expect(urls.filter((u) => !/^\/(briefings|actors)\/[a-z0-9-]+\/(#s-\d+)?$/.test(u))).toEqual(['#relations-table']);
    expect(md).toContain('[Gondor](/actors/gondor/)');
  });

  it('reads each relation source, CAMEO event name, target, with the briefing title once per evidence cell', () => {
    const rows = (nodes(tree, 'tableRow') as TableRow[]).map((r) => r.children.map((c) => toString(c)));
    expect(rows).toEqual([
      ['Source', 'Relation', 'Target', 'Quad', 'Count', 'Evidence'],
      ['Aragorn Elessar', 'consult, mutual', 'Gondor', 'verbal cooperation', '5', 'Battle of the *Pelennor* Fields: sentences 1, 2, 3, 4, 5'],
      ['Aragorn Elessar', 'reported: fight', 'Army of Gondor', 'material conflict', '1', 'Battle of the *Pelennor* Fields: sentence 3'],
      ['Army of Gondor', 'denied: disapprove', 'Aragorn Elessar', 'verbal conflict', '1', 'Battle of the *Pelennor* Fields: sentence 2'],
      ['Aragorn Elessar', 'hypothetical: provide aid', 'Gondor', 'material cooperation', '1', 'Battle of the *Pelennor* Fields: sentence 6'],
    ]);
  });

  it('draws ties only, a reported one labelled so, and says how many relations the diagram leaves out and why', () => {
    const diagram = nodes(tree, 'code')[0];
    const value = diagram && 'value' in diagram ? diagram.value : '';
    expect(value).toContain('"fight (reported)"');
    expect(value).not.toContain('disapprove');
    expect(value).not.toMatch(/\baid\b/);
    expect(content).toContain('Diagram: 2 of 4 links shown (6 of 8 relations), denied and hypothetical relations (2) are not drawn; see [the full table](#relations-table).');
  });

  it('counts the briefings past the third in an evidence cell', () => {
    const evidence = ['a', 'b', 'c', 'd', 'e'].map((briefing) => ({ briefing: briefing as Slug, sentence: 0, text: 'x' }));
    const wide = renderActorPage({ ...data, relations: [{ ...data.relations[0]!, evidence }] }, names);
    expect(wide).toContain('; 2 more briefings');
    expect(wide).not.toContain('/briefings/d/');
  });

  it('says "None found." for no relations', () => {
    const bare = renderActorPage({ ...data, aliases: [], relations: [] }, names);
    const t = remark().use(remarkGfm).parse(matter(bare).content);
    expect(headingsOf(t)).toEqual(['Relations']);
    expect(bare).toContain('None found.');
  });

  it('is byte-identical on re-render', () => {
    expect(renderActorPage(data, names, { titles, types: new Map([['gondor', 'country']]) })).toBe(md);
  });
});

import matter from 'gray-matter';
import type { Link, Nodes, Root } from 'mdast';
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
      other: 'gondor', direction: 'both', cameo: '04', type: 'consult', quad: 'verbal-cooperation', count: 5,
      evidence: [0, 1, 2, 3, 4].map((n) => ({ briefing: 'pelennor', sentence: n, text: `Sentence ${n}.` })),
    },
    { other: 'gondor-army', direction: 'out', cameo: '19', type: 'fight', quad: 'material-conflict', count: 1, evidence: [{ briefing: 'pelennor', sentence: 2, text: 'x' }] },
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

  it('has its sections in order', () => {
    expect(headingsOf(tree)).toEqual(['Roles', 'Affiliations', 'Briefings', 'Relations', 'Quotes']);
  });

  it('links facts to briefing sentences and actors, and nothing else', () => {
    const urls = (nodes(tree, 'link') as Link[]).map((l) => l.url);
    expect(urls).toEqual(expect.arrayContaining(['/briefings/pelennor/#s-0', '/briefings/council-of-elrond/#s-3', '/actors/gondor/']));
    expect(urls).not.toContain('/briefings/pelennor/#s-4'); // past the three shown
    expect(urls.filter((u) => !/^\/(briefings|actors)\/[a-z0-9-]+\/(#s-\d+)?$/.test(u))).toEqual([]);
    expect(md).toContain('[Gondor](/actors/gondor/)');
    expect(md).toContain('; 2 more');
  });

  it('keeps seed text inert', () => {
    expect(nodes(tree, 'emphasis')).toEqual([]);
    expect(nodes(tree, 'html')).toEqual([]);
  });

  it('draws the ego network with Gondor styled as a country', () => {
    const code = nodes(tree, 'code');
    expect(code).toHaveLength(1);
    expect(code[0]).toMatchObject({ lang: 'mermaid' });
    expect(md).toContain('class n1 country');
    expect(md).toContain('class n0 center');
  });

  it('shows the 25 newest quotes and counts the rest, which stay in the front matter', () => {
    const quotes = Array.from({ length: 27 }, (_, n) => ({ briefing: 'pelennor' as Slug, sentence: n, text: `Quote ${n}.` }));
    const many = renderActorPage({ ...data, quotes }, names);
    const { data: manyFront, content: body } = matter(many);
    expect(nodes(remark().parse(body), 'blockquote')).toHaveLength(25);
    expect(body).toContain('Quote 24.');
    expect(body).not.toContain('Quote 25.');
    expect(body).toContain('2 earlier quotes in the briefings listed above.');
    expect((manyFront as { quotes: unknown[] }).quotes).toHaveLength(27);
  });

  it('omits empty optional sections and says "None found." for relations', () => {
    const bare = renderActorPage({ ...data, roles: [], affiliations: [], relations: [], quotes: [] }, names);
    const t = remark().use(remarkGfm).parse(matter(bare).content);
    expect(headingsOf(t)).toEqual(['Briefings', 'Relations']);
    expect(bare).toContain('None found.');
  });

  it('is byte-identical on re-render', () => {
    expect(renderActorPage(data, names, { titles, types: new Map([['gondor', 'country']]) })).toBe(md);
  });
});

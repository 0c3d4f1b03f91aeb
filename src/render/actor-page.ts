// An actor page: front matter (the validated ActorPageData) and a Markdown
// body built as one mdast tree: the actor's relations, as a diagram and a
// table, every fact linking to the briefing sentence it comes from. The site
// adds what needs other briefings' front matter (dates, outlets, summaries):
// the summary line, timeline, partners and briefing list (src/site/actor-profile.ts).
import type { PhrasingContent, Root, RootContent } from 'mdast';
import { type ActorRelation, ActorPageData, type ActorType, cameoNames } from '../model/index.ts';
import { diagramBlock } from './diagram-note.ts';
import { actorHref, briefingHref, link, page, paragraph, plainData, section, table, text } from './markdown.ts';
import { egoFigure } from './mermaid.ts';
import { modalityPrefix } from './modality.ts';

export interface ActorPageRenderOptions {
  /** Briefing titles by slug, for link text; the slug is shown when absent. */
  titles?: ReadonlyMap<string, string>;
  /** Actor types by id, to style the other actors in the diagram. */
  types?: ReadonlyMap<string, ActorType>;
}

interface Context {
  page: ActorPageData;
  names: ReadonlyMap<string, string>;
  titles: ReadonlyMap<string, string>;
  types: ReadonlyMap<string, ActorType>;
}

/** Briefings cited per relation row; the rest are counted. */
const maxEvidenceBriefings = 3;
/** Longest briefing title in link text. */
const maxTitle = 60;
/** The anchor of the relations table, linked from the diagram's note. */
const tableId = 'relations-table';

/** Renders an actor page as Markdown with YAML front matter; `names` maps actor ids to display names. */
export function renderActorPage(data: ActorPageData, names: ReadonlyMap<string, string>, opts: ActorPageRenderOptions = {}): string {
  const p = plainData(ActorPageData.parse(data));
  const ctx: Context = { page: p, names, titles: opts.titles ?? new Map(), types: opts.types ?? new Map() };
  const body: Root = { type: 'root', children: [...aliasesLine(p), ...relationsSection(ctx)] };
  return page(p, body);
}

function title(ctx: Context, slug: string): string {
  const t = ctx.titles.get(slug) ?? slug;
  return [...t].length > maxTitle ? `${[...t].slice(0, maxTitle - 1).join('').trimEnd()}…` : t;
}

function actorLink(ctx: Context, id: string): PhrasingContent {
  return link(actorHref(id), text(ctx.names.get(id) ?? id));
}

function aliasesLine(p: ActorPageData): RootContent[] {
  return p.aliases.length ? [paragraph(text(`Also written: ${p.aliases.join('; ')}.`))] : [];
}

/** "Title: sentences 2, 5" per briefing, the first three briefings, then how many more. */
function evidenceCell(ctx: Context, r: ActorRelation): PhrasingContent[] {
  const bySlug = new Map<string, number[]>();
  for (const e of r.evidence) bySlug.set(e.briefing, [...(bySlug.get(e.briefing) ?? []), e.sentence]);
  const groups = [...bySlug.entries()];
  const shown = groups.slice(0, maxEvidenceBriefings).flatMap(([slug, sentences], i) => [
    ...(i ? [text('; ')] : []),
    text(`${title(ctx, slug)}: sentence${sentences.length > 1 ? 's' : ''} `),
    ...sentences.flatMap((s, j) => [...(j ? [text(', ')] : []), link(briefingHref(slug, s), text(String(s + 1)))]),
  ]);
  const more = groups.length - maxEvidenceBriefings;
  return more > 0 ? [...shown, text(`; ${more} more briefing${more === 1 ? '' : 's'}`)] : shown;
}

/** Source, CAMEO event name, target: the actor itself is the source of `out` and `both` relations. */
function relationRow(ctx: Context, r: ActorRelation): PhrasingContent[][] {
  const self = [text(ctx.page.name)];
  const other = [actorLink(ctx, r.other)];
  const [source, target] = r.direction === 'in' ? [other, self] : [self, other];
  const name = `${cameoNames[r.cameo]}${r.direction === 'both' ? ', mutual' : ''}`;
  return [source, [...modalityPrefix(r.modality), text(name)], target, [text(r.quad.replace('-', ' '))], [text(String(r.count))], evidenceCell(ctx, r)];
}

function relationsSection(ctx: Context): RootContent[] {
  const { page: p, names, types } = ctx;
  if (p.relations.length === 0) return section('Relations', []);
  const others = [...new Set(p.relations.map((r) => r.other))].map((id) => ({ id, name: names.get(id) ?? id, ...(types.has(id) ? { type: types.get(id)! } : {}), weight: sharedBriefings(p, id) }));
  const figure = egoFigure({ id: p.id, name: p.name, type: p.type }, others, p.relations, { title: `Relations of ${p.name}` });
  const rows = p.relations.map((r) => relationRow(ctx, r));
  const full = table(['Source', 'Relation', 'Target', 'Quad', 'Count', 'Evidence'], rows, tableId);
  return section('Relations', [...diagramBlock(figure, p.relations, tableId), full]);
}

/** How many briefings state a relation between the page's actor and `other`: the weight that ranks equal edges. */
function sharedBriefings(p: ActorPageData, other: string): number {
  return new Set(p.relations.filter((r) => r.other === other).flatMap((r) => r.evidence.map((e) => e.briefing))).size;
}

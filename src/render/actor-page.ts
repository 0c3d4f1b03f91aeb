// An actor page: front matter (the validated ActorPageData) and a Markdown
// body built as one mdast tree, every fact linking to the briefing sentence
// it comes from.
import type { PhrasingContent, Root, RootContent } from 'mdast';
import { type ActorRelation, ActorPageData, type ActorType } from '../model/index.ts';
import {
  actorHref, blockquote, briefingHref, heading, link, list, page, paragraph, plainData, section, table, text,
} from './markdown.ts';
import { egoDiagram } from './mermaid.ts';

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

/** Evidence links shown per relation row; the rest are counted. */
const maxEvidence = 3;
/**
 * Quotes shown on a page, newest first. A head of government is quoted in
 * hundreds of briefings; the page shows the latest and counts the rest,
 * which stay in the front matter and in their briefings.
 */
const maxQuotes = 25;
/** Longest briefing title in link text. */
const maxTitle = 60;

/** Renders an actor page as Markdown with YAML front matter; `names` maps actor ids to display names. */
export function renderActorPage(data: ActorPageData, names: ReadonlyMap<string, string>, opts: ActorPageRenderOptions = {}): string {
  const p = plainData(ActorPageData.parse(data));
  const ctx: Context = { page: p, names, titles: opts.titles ?? new Map(), types: opts.types ?? new Map() };
  const body: Root = {
    type: 'root',
    children: [overview(p), ...rolesSection(ctx), ...affiliationsSection(ctx), ...briefingsSection(ctx), ...relationsSection(ctx), ...quotesSection(ctx)],
  };
  return page(p, body);
}

function title(ctx: Context, slug: string): string {
  const t = ctx.titles.get(slug) ?? slug;
  return [...t].length > maxTitle ? `${[...t].slice(0, maxTitle - 1).join('').trimEnd()}…` : t;
}

function briefingLink(ctx: Context, slug: string): PhrasingContent {
  return link(briefingHref(slug), text(title(ctx, slug)));
}

/** A link to a sentence of a briefing: "Title, sentence 3". */
function evidenceLink(ctx: Context, slug: string, sentence: number): PhrasingContent {
  return link(briefingHref(slug, sentence), text(`${title(ctx, slug)}, sentence ${sentence + 1}`));
}

function actorLink(ctx: Context, id: string): PhrasingContent {
  return link(actorHref(id), text(ctx.names.get(id) ?? id));
}

function overview(p: ActorPageData): RootContent {
  const times = `${p.mentions} mention${p.mentions === 1 ? '' : 's'} in ${p.briefings.length} briefing${p.briefings.length === 1 ? '' : 's'}.`;
  const aliases = p.aliases.length ? [text(` Also written: ${p.aliases.join('; ')}.`)] : [];
  return paragraph(text(`${p.type[0]!.toUpperCase()}${p.type.slice(1)}. ${times}`), ...aliases);
}

function rolesSection(ctx: Context): RootContent[] {
  const items = ctx.page.roles.map((r) => [paragraph(text(`${r.role} — `), briefingLink(ctx, r.briefing))]);
  return items.length ? [heading(2, 'Roles'), list(items)] : [];
}

function affiliationsSection(ctx: Context): RootContent[] {
  const items = ctx.page.affiliations.map((a) => [paragraph(actorLink(ctx, a.actor), text(' — '), briefingLink(ctx, a.briefing))]);
  return items.length ? [heading(2, 'Affiliations'), list(items)] : [];
}

function briefingsSection(ctx: Context): RootContent[] {
  return section('Briefings', ctx.page.briefings.length ? [list(ctx.page.briefings.map((s) => [paragraph(briefingLink(ctx, s))]))] : []);
}

const directionWords: Record<ActorRelation['direction'], string> = { out: 'to', in: 'from', both: 'with' };

function evidenceCell(ctx: Context, r: ActorRelation): PhrasingContent[] {
  const shown = r.evidence.slice(0, maxEvidence).flatMap((e, i) => [...(i ? [text('; ')] : []), evidenceLink(ctx, e.briefing, e.sentence)]);
  const more = r.evidence.length - maxEvidence;
  return more > 0 ? [...shown, text(`; ${more} more`)] : shown;
}

function relationRow(ctx: Context, r: ActorRelation): PhrasingContent[][] {
  return [[text(r.type)], [text(directionWords[r.direction])], [actorLink(ctx, r.other)], [text(r.quad.replace('-', ' '))], [text(String(r.count))], evidenceCell(ctx, r)];
}

function relationsSection(ctx: Context): RootContent[] {
  const { page: p, names, types } = ctx;
  if (p.relations.length === 0) return section('Relations', []);
  const others = [...new Set(p.relations.map((r) => r.other))].map((id) => ({ id, name: names.get(id) ?? id, ...(types.has(id) ? { type: types.get(id)! } : {}) }));
  const diagram = egoDiagram({ id: p.id, name: p.name, type: p.type }, others, p.relations, { title: `Relations of ${p.name}` });
  const rows = p.relations.map((r) => relationRow(ctx, r));
  return section('Relations', [...(diagram ? [diagram] : []), table(['Relation', 'Direction', 'Actor', 'Quad', 'Count', 'Evidence'], rows)]);
}

function quotesSection(ctx: Context): RootContent[] {
  const { quotes } = ctx.page;
  const blocks = quotes.slice(0, maxQuotes).map((q) => blockquote(paragraph(text(q.text)), paragraph(text('— '), evidenceLink(ctx, q.briefing, q.sentence))));
  const more = quotes.length - maxQuotes;
  const rest = more > 0 ? [paragraph(text(`${more} earlier quote${more === 1 ? '' : 's'} in the briefings listed above.`))] : [];
  return blocks.length ? [heading(2, 'Quotes'), ...blocks, ...rest] : [];
}

// A briefing page: front matter (the validated BriefingData) and a Markdown
// body built as one mdast tree. Every claim links to the sentence anchor it
// comes from; the source text at the end carries those anchors.
import type { PhrasingContent, Root, RootContent } from 'mdast';
import { type Briefing, type BriefingActor, BriefingData, cameoNames, type Quote, type Relation, type Sentence } from '../model/index.ts';
import {
  actorHref, blockquote, link, list, page, paragraph, plainData, section, sentenceAnchor, sentenceHref, table, text,
} from './markdown.ts';
import { diagramBlock } from './diagram-note.ts';
import { modalityPrefix } from './modality.ts';
import { relationFigure } from './mermaid.ts';
import { addTo } from '../util/add-to.ts';

export interface BriefingRenderOptions {
  /** The URL of an actor page for a briefing-local actor id; lets the caller apply corpus merges. */
  actorHref?: (id: string) => string;
}

/** Edges drawn in a briefing's diagram; the table below it lists every relation. */
const maxDiagramEdges = 12;
/** The anchor of the relations table, linked from the diagram's note. */
const tableId = 'relations-table';

interface Context {
  data: BriefingData;
  names: Map<string, string>;
  href: (id: string) => string;
}

/** Renders a briefing as a Markdown page with YAML front matter; same input, same bytes. */
export function renderBriefing(b: Briefing, opts: BriefingRenderOptions = {}): string {
  const data = plainData(BriefingData.parse(b.data));
  const ctx: Context = { data, names: new Map(data.actors.map((a) => [a.id, a.name])), href: opts.actorHref ?? actorHref };
  const body: Root = {
    type: 'root',
    children: [
      ...languageNote(data.language),
      publicationNote(data),
      ...summarySection(data),
      ...actorsSection(ctx),
      ...relationsSection(ctx),
      ...quotesSection(ctx),
      ...timelineSection(data),
      ...sourceSection(b.sentences),
    ],
  };
  return page(data, body);
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

/** A visible note on a briefing whose article is not in English, the only language extraction covers. */
function languageNote(code: string): RootContent[] {
  if (code === 'en') return [];
  const name = code === 'und' ? 'a language other than English' : `${languageNames.of(code) ?? code} (${code})`;
  return [paragraph(text(`Note: this article appears to be in ${name}. Extraction covers English only, so actors, relations, quotes and dates may be missing.`))];
}

const sourceNames: Record<NonNullable<BriefingData['publishedFrom']>, string> = {
  'front-matter': 'the seed’s front matter',
  url: 'the article’s URL',
  'published-line': 'the article’s “Published” line',
  dateline: 'the dateline',
};

/** When the article was published and who says so, or that no source says. */
function publicationNote(data: BriefingData): RootContent {
  if (!data.published) return paragraph(text('Published: date unknown (the article states no publication date).'));
  const from = data.publishedFrom ? ` (from ${sourceNames[data.publishedFrom]})` : '';
  return paragraph(text(`Published: ${data.published}${from}.`));
}

/** A link to a sentence of this briefing, labelled with its 1-based number. */
export function sentenceLink(index: number): PhrasingContent {
  return link(sentenceHref(index), text(`sentence ${index + 1}`));
}

/** An actor's name linked to its page; ids with no actor in the briefing are shown as they are. */
function actorLink(ctx: Context, id: string): PhrasingContent {
  return link(ctx.href(id), text(ctx.names.get(id) ?? id));
}

function summarySection(data: BriefingData): RootContent[] {
  const points = data.keyPoints.map((k) => [paragraph(link(sentenceHref(k.sentence), text(k.text)))]);
  return section('Summary', [...(data.summary ? [paragraph(text(data.summary))] : []), ...(points.length ? [list(points)] : [])]);
}

function actorRow(ctx: Context, a: BriefingActor): PhrasingContent[][] {
  return [[actorLink(ctx, a.id)], [text(a.type)], [text(a.role ?? '')], a.affiliation ? [actorLink(ctx, a.affiliation)] : [], [text(String(a.mentions))]];
}

function actorsSection(ctx: Context): RootContent[] {
  const rows = ctx.data.actors.map((a) => actorRow(ctx, a));
  return section('Actors', rows.length ? [table(['Name', 'Type', 'Role', 'Affiliation', 'Mentions'], rows)] : []);
}

/** The CAMEO event name, "mutual" when the relation has no direction, and the article's words. */
export function relationWords(r: Pick<Relation, 'cameo' | 'symmetric' | 'verb'>): string {
  return `${cameoNames[r.cameo]}${r.symmetric ? ', mutual' : ''} (${r.verb})`;
}

function relationRow(ctx: Context, r: Relation): PhrasingContent[][] {
  return [
    [actorLink(ctx, r.source)],
    [...modalityPrefix(r.modality), text(relationWords(r))],
    [actorLink(ctx, r.target)],
    [text(r.quad.replace('-', ' '))],
    [sentenceLink(r.evidence.sentence)],
  ];
}

function relationsSection(ctx: Context): RootContent[] {
  const { actors, relations, title } = ctx.data;
  if (relations.length === 0) return section('Relations', []);
  const weighted = actors.map((a) => ({ ...a, weight: a.mentions }));
  const ordered = relations.map((r) => ({ ...r, order: r.evidence.sentence }));
  const figure = relationFigure(weighted, ordered, { title: `Relations in ${title}`, maxEdges: maxDiagramEdges });
  const rows = relations.map((r) => relationRow(ctx, r));
  const full = table(['Source', 'Relation', 'Target', 'Quad', 'Evidence'], rows, tableId);
  return section('Relations', [...diagramBlock(figure, relations, tableId), full]);
}

function quoteBlock(ctx: Context, q: Quote): RootContent {
  const speaker = q.speakerIsActor ? actorLink(ctx, q.speaker) : text(q.speaker);
  return blockquote(paragraph(text(q.text)), paragraph(text('— '), speaker, text(', '), sentenceLink(q.sentence)));
}

function quotesSection(ctx: Context): RootContent[] {
  return section('Quotes', ctx.data.quotes.map((q) => quoteBlock(ctx, q)));
}

function timelineSection(data: BriefingData): RootContent[] {
  const events = [...data.timeline].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.sentence - b.sentence));
  const rows = events.map((e) => [[text(`${e.date} (${e.when})`)], [text(e.text)], [sentenceLink(e.sentence)]]);
  return section('Timeline', rows.length ? [table(['Date', 'What', 'Source'], rows)] : []);
}

/** The cleaned article, a paragraph per source paragraph, each sentence after its anchor. */
function sourceSection(sentences: readonly Sentence[]): RootContent[] {
  const byParagraph = new Map<number, Sentence[]>();
  for (const s of [...sentences].sort((a, b) => a.index - b.index)) {
    addTo(byParagraph, s.paragraph, s);
  }
  const paragraphs = [...byParagraph.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, group]) => paragraph(...group.flatMap((s, i) => [...(i ? [text(' ')] : []), sentenceAnchor(s.index), text(s.text)])));
  return section('Source text', paragraphs);
}

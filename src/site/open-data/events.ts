// data/events.csv: one row per relation of every briefing. The columns and
// their documentation live here only; the "About the data" page lists them.
import { type BriefingActor, type BriefingData, cameoNames, type Relation } from '../../model/index.ts';
import { csv } from './csv.ts';

interface Row {
  b: BriefingData;
  r: Relation;
  actors: Map<string, BriefingActor>;
}

/** A column of events.csv: its name, what it holds, and how a row gets it. */
export interface EventColumn {
  name: string;
  doc: string;
  value: (row: Row) => string;
}

/** The columns, in file order. */
export const eventColumns: readonly EventColumn[] = [
  { name: 'date', doc: 'Publication date of the briefing\'s article (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`); empty when unknown.', value: ({ b }) => b.published ?? '' },
  { name: 'source', doc: 'Actor id of who acts; the actor page is `/actors/<id>/`.', value: ({ r }) => r.source },
  { name: 'source_name', doc: 'Display name of the source as the briefing gives it.', value: ({ r, actors }) => actors.get(r.source)?.name ?? r.source },
  { name: 'source_type', doc: 'person, country, organization, group or media.', value: ({ r, actors }) => actors.get(r.source)?.type ?? '' },
  { name: 'target', doc: 'Actor id of who is acted upon.', value: ({ r }) => r.target },
  { name: 'target_name', doc: 'Display name of the target.', value: ({ r, actors }) => actors.get(r.target)?.name ?? r.target },
  { name: 'target_type', doc: 'person, country, organization, group or media.', value: ({ r, actors }) => actors.get(r.target)?.type ?? '' },
  { name: 'symmetric', doc: '`true` when the relation has no direction (a meeting, talks): source and target are then interchangeable.', value: ({ r }) => String(r.symmetric) },
  { name: 'cameo_code', doc: 'CAMEO root code, `01` to `20` (a string: keep the leading zero).', value: ({ r }) => r.cameo },
  { name: 'cameo_event', doc: 'The CAMEO codebook\'s name of the root code, e.g. `consult`, `provide aid`.', value: ({ r }) => cameoNames[r.cameo] },
  { name: 'quad', doc: 'CAMEO quad class: verbal-cooperation (01-05), material-cooperation (06-08), verbal-conflict (09-13), material-conflict (14-20).', value: ({ r }) => r.quad },
  { name: 'modality', doc: 'How the article states it: `asserted` (as fact), `reported` (as someone\'s claim: "X said Russia attacked"), `denied` (as not having happened) or `hypothetical` (future, conditional, demanded). Only asserted and reported rows count as ties on the site.', value: ({ r }) => r.modality },
  { name: 'verb', doc: 'The words of the article that state the relation, e.g. `met`.', value: ({ r }) => r.verb },
  { name: 'briefing', doc: 'Slug of the briefing; its page is `/briefings/<slug>/`.', value: ({ b }) => b.slug },
  { name: 'sentence', doc: 'Index (from 0) of the evidence sentence in the briefing\'s source text; the page shows it as sentence N+1 at anchor `#s-<index>`.', value: ({ r }) => String(r.evidence.sentence) },
  { name: 'evidence', doc: 'The sentence itself, as cleaned from the article.', value: ({ r }) => r.evidence.text },
];

/** Every relation of the briefings as CSV, briefings in the order given, relations in article order. */
export function eventsCsv(briefings: readonly BriefingData[]): string {
  const rows = briefings.flatMap((b) => {
    const actors = new Map(b.actors.map((a) => [a.id as string, a]));
    return b.relations.map((r) => eventColumns.map((c) => c.value({ b, r, actors })));
  });
  return csv(eventColumns.map((c) => c.name), rows);
}

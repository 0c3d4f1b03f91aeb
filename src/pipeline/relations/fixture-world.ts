// A small fictional world (PETRARCH2's Arnor and Gondor) for the relations
// tests: builds a WithActors document from sentences by finding known names.
import { readFileSync } from 'node:fs';
import { parseVerbRows } from '../../lexicon/rule-files.ts';
import { syntax } from '../syntax.ts';
import type { ActorId, ActorType, BriefingActor } from '../../model/index.ts';
import type { ActorMention, MentionKind, WithActors } from '../types.ts';
import { prepareRelations, type RelationTools } from '../relations.ts';

interface WorldActor {
  id: string;
  type: ActorType;
  forms: Record<string, MentionKind>;
  affiliation?: string;
}

const world: WorldActor[] = [
  { id: 'arnor', type: 'country', forms: { Arnor: 'name', Arnorian: 'demonym', Arnorians: 'demonym', Fornost: 'metonym' } },
  { id: 'gondor', type: 'country', forms: { Gondor: 'name', Gondorian: 'demonym', 'Minas Tirith': 'metonym', Lossarnaching: 'metonym' } },
  { id: 'rohan', type: 'country', forms: { Rohan: 'name', Rohirric: 'demonym', Edoras: 'metonym' } },
  { id: 'mordor', type: 'country', forms: { Mordor: 'name', Mordorian: 'demonym' } },
  { id: 'orc-legion', type: 'group', forms: { 'Orc Legion': 'name', 'the Orcs': 'name' } },
  { id: 'white-council', type: 'organization', forms: { 'White Council': 'name', WC: 'name' } },
  { id: 'aragorn', type: 'person', forms: { Aragorn: 'name', 'Aragorn Elessar': 'name' }, affiliation: 'gondor' },
  { id: 'eomer', type: 'person', forms: { Eomer: 'name' }, affiliation: 'rohan' },
  { id: 'elrond', type: 'person', forms: { Elrond: 'name' } },
  { id: 'palantir-news', type: 'media', forms: { 'Palantir News': 'name' } },
];

const formPattern = new RegExp(
  `\\b(?:${world.flatMap((a) => Object.keys(a.forms)).sort((a, b) => b.length - a.length).join('|')})\\b`,
  'g',
);

/** A WithActors document of the given sentences, one paragraph, with every known name resolved. */
export function worldDoc(sentences: string[]): WithActors {
  const mentions: ActorMention[] = sentences.flatMap((text, sentence) =>
    [...text.matchAll(formPattern)].map((m) => {
      const actor = world.find((a) => m[0] in a.forms)!;
      return { sentence, start: m.index, end: m.index + m[0].length, text: m[0], kind: actor.forms[m[0]]!, actor: actor.id };
    }),
  );
  const actors: BriefingActor[] = world.map((a) => ({
    id: a.id as ActorId, name: Object.keys(a.forms)[0]!, type: a.type, aliases: [], mentions: 1,
    ...(a.affiliation ? { affiliation: a.affiliation as ActorId } : {}),
  }));
  const parsed = syntax({
    seed: 'world.txt', text: sentences.join(' '), meta: {}, language: 'en', warnings: [], paragraphs: [sentences.join(' ')], removed: [],
    sentences: sentences.map((text, index) => ({ index, paragraph: 0, text })),
  });
  return { ...parsed, mentions, actors, unresolved: [] };
}

/** The relations stage's tools from the real verbs.tsv. */
export function worldBook(): RelationTools {
  const verbs = parseVerbRows(readFileSync(new URL('../../lexicon/verbs.tsv', import.meta.url), 'utf8'));
  return prepareRelations({ verbs });
}

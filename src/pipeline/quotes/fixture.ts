// A small fictional world (Arnor, Gondor) for the quotes, dates and summary
// tests: builds a WithRelations document from paragraphs by finding known names.
import { readFileSync } from 'node:fs';
import type { Title } from '../../lexicon/load.ts';
import { parseSpeechVerbs, parseWordLists } from '../../lexicon/rule-files.ts';
import type { ActorId, ActorType, BriefingActor } from '../../model/index.ts';
import { prepareSegment, splitSentences } from '../segment.ts';
import { prepareReferences, references } from '../references.ts';
import { syntax } from '../syntax.ts';
import { prepareQuotes, type QuoteTools } from './tools.ts';
import type { ActorMention, MentionKind, Sentence, WithRelations } from '../types.ts';

const world: { id: string; type: ActorType; forms: Record<string, MentionKind> }[] = [
  { id: 'gondor', type: 'country', forms: { Gondor: 'name', Gondorian: 'demonym' } },
  { id: 'rohan', type: 'country', forms: { Rohan: 'name' } },
  { id: 'mordor', type: 'country', forms: { Mordor: 'name' } },
  { id: 'arnor', type: 'country', forms: { Arnor: 'name' } },
  { id: 'white-council', type: 'organization', forms: { 'White Council': 'name' } },
  { id: 'entmoot', type: 'organization', forms: { Entmoot: 'name' } },
  { id: 'aragorn', type: 'person', forms: { Aragorn: 'name' } },
  { id: 'faramir', type: 'person', forms: { Faramir: 'name' } },
  { id: 'eomer', type: 'person', forms: { Eomer: 'name' } },
  { id: 'elrond', type: 'person', forms: { Elrond: 'name' } },
  { id: 'palantir-news', type: 'media', forms: { 'Palantir News': 'name' } },
];

const read = (name: string) => readFileSync(new URL(`../../lexicon/${name}`, import.meta.url), 'utf8');
const words = parseWordLists(read('words.tsv'));
const segmentTools = prepareSegment({ words });
const referenceTools = prepareReferences({ words });

const formPattern = new RegExp(`\\b(?:${world.flatMap((a) => Object.keys(a.forms)).sort((a, b) => b.length - a.length).join('|')})\\b`, 'g');

/** A document of the given paragraphs with every known name resolved to its actor, and its references resolved. */
export function fictionDoc(paragraphs: string[], meta: WithRelations['meta'] = {}): WithRelations {
  const sentences: Sentence[] = [];
  paragraphs.forEach((p, paragraph) => {
    for (const text of splitSentences(p, segmentTools)) sentences.push({ index: sentences.length, paragraph, text });
  });
  const mentions: ActorMention[] = sentences.flatMap((s) =>
    [...s.text.matchAll(formPattern)].map((m) => {
      const actor = world.find((a) => m[0] in a.forms)!;
      return { sentence: s.index, start: m.index, end: m.index + m[0].length, text: m[0], kind: actor.forms[m[0]]!, type: actor.type, actor: actor.id };
    }),
  );
  const actors: BriefingActor[] = world.map((a) => ({ id: a.id as ActorId, name: Object.keys(a.forms)[0]!, type: a.type, aliases: [], mentions: 1 }));
  const parsed = syntax({ seed: 'fiction.txt', text: paragraphs.join('\n\n'), meta, language: 'en', warnings: [], paragraphs, removed: [], sentences });
  return { ...references({ ...parsed, mentions, actors, unresolved: [] }, referenceTools), relations: [] };
}

/** The quotes stage's tools from the real speech verbs and word lists and a few fictional titles. */
export function fictionTools(): QuoteTools {
  const titles = ['King', 'Steward', 'Foreign Minister', 'Marshal', '-official'].map((text): Title => ({ text, role: text, kind: 'role' }));
  return prepareQuotes({ speechVerbs: parseSpeechVerbs(read('speech-verbs.txt')), titles, words });
}

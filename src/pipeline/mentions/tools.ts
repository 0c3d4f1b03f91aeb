// Indexes the mentions stage builds once per lexicon.
import type { FormTarget, Lexicon, Title } from '../../lexicon/load.ts';
import { parseTable } from '../../lexicon/table.ts';
import { phraseIndex, type PhraseIndex } from './phrase-index.ts';

export type HeadClass = 'organization' | 'group' | 'media' | 'place' | 'event' | 'other';

export interface MentionTools {
  lex: Lexicon;
  forms: PhraseIndex<FormTarget>;
  /** Case-insensitive: titles are often written in lowercase ("foreign minister Wang Yi"). */
  titles: PhraseIndex<Title>;
  headsAny: PhraseIndex<HeadClass>;
  headsLast: Map<string, HeadClass>;
  headsFirst: Map<string, HeadClass>;
  institutions: PhraseIndex<string>;
}

const cache = new WeakMap<Lexicon, MentionTools>();
const classes = new Set<HeadClass>(['organization', 'group', 'media', 'place', 'event', 'other']);

/** The lexicon's phrase indexes, built on first use. */
export function mentionTools(lex: Lexicon): MentionTools {
  const cached = cache.get(lex);
  if (cached) return cached;
  const rows = parseTable(lex.files['name-heads.tsv'] ?? '', 'name-heads.tsv', ['word', 'position', 'class']);
  for (const r of rows) {
    if (!classes.has(r.class as HeadClass)) throw new Error(`name-heads.tsv: ${r.word}: class \`${r.class}\`, expected one of ${[...classes].join(', ')}`);
  }
  const tools: MentionTools = {
    lex,
    forms: phraseIndex(lex.forms),
    titles: phraseIndex(lex.titles.map((t) => [t.text, t]), true),
    headsAny: phraseIndex(rows.filter((r) => r.position === 'any').map((r) => [r.word!, r.class as HeadClass])),
    headsLast: new Map(rows.filter((r) => r.position === 'last').map((r) => [r.word!, r.class as HeadClass])),
    headsFirst: new Map(rows.filter((r) => r.position === 'first').map((r) => [r.word!, r.class as HeadClass])),
    // Note: case-insensitive: "Ukraine's General Staff" and "Beijing's foreign ministry" alike.
    institutions: phraseIndex(lex.institutions.map((x) => [x, x]), true),
  };
  cache.set(lex, tools);
  return tools;
}

// The only list of per-article stages, in order. Each stage is a pure
// function from the previous stage's output (and the lexicon) to its own.
import type { Lexicon } from '../lexicon/load.ts';
import { actors } from './actors.ts';
import { assemble } from './assemble.ts';
import { clean } from './clean.ts';
import { dates } from './dates.ts';
import { ingest } from './ingest.ts';
import { mentions } from './mentions.ts';
import { quotes } from './quotes.ts';
import { relations } from './relations.ts';
import { segment } from './segment.ts';
import { summary } from './summary.ts';
import type { Briefing, SeedFile } from './types.ts';

/** Stage names in run order, for progress reports and profiles. */
export const stageNames = ['ingest', 'clean', 'segment', 'mentions', 'actors', 'relations', 'quotes', 'dates', 'summary', 'assemble'] as const;

/** Runs every per-article stage on one seed and returns its briefing. */
export function processSeed(seed: SeedFile, lex: Lexicon): Briefing {
  const ingested = ingest(seed);
  const cleaned = clean(ingested, lex);
  const segmented = segment(cleaned);
  const withMentions = mentions(segmented, lex);
  const withActors = actors(withMentions, lex);
  const withRelations = relations(withActors, lex);
  const withQuotes = quotes(withRelations, lex);
  const withDates = dates(withQuotes);
  const summarized = summary(withDates);
  return assemble(summarized);
}

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
import { syntax } from './syntax.ts';
import type { Briefing, SeedFile } from './types.ts';

/** Stage names in run order, for progress reports and profiles. */
export const stageNames = ['ingest', 'clean', 'segment', 'syntax', 'mentions', 'actors', 'relations', 'quotes', 'dates', 'summary', 'assemble'] as const;

/** A stage's name, as listed in stageNames. */
export type StageName = (typeof stageNames)[number];

/** Runs every per-article stage on one seed and returns its briefing; `onStage`, when given, hears each stage's milliseconds. */
export function processSeed(seed: SeedFile, lex: Lexicon, onStage?: (stage: StageName, ms: number) => void): Briefing {
  const lap = stopwatch(onStage);
  const ingested = lap('ingest', ingest(seed));
  const cleaned = lap('clean', clean(ingested, lex));
  const segmented = lap('segment', segment(cleaned));
  const parsed = lap('syntax', syntax(segmented));
  const withMentions = lap('mentions', mentions(parsed, lex));
  const withActors = lap('actors', actors(withMentions, lex));
  const withRelations = lap('relations', relations(withActors, lex));
  const withQuotes = lap('quotes', quotes(withRelations, lex));
  const withDates = lap('dates', dates(withQuotes));
  const summarized = lap('summary', summary(withDates));
  return lap('assemble', assemble(summarized));
}

/** Passes a stage's result through, telling `onStage` the time since the previous lap. */
function stopwatch(onStage?: (stage: StageName, ms: number) => void) {
  let last = onStage ? performance.now() : 0;
  return <T>(stage: StageName, value: T): T => {
    if (onStage) {
      const now = performance.now();
      onStage(stage, now - last);
      last = now;
    }
    return value;
  };
}

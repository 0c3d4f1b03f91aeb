// The only list of per-article stages, in order. Each stage is a pure
// function from the previous stage's output (and its tools) to its own.
// A stage that reads the lexicon exports `prepare…(lexicon)`, which compiles
// the parts it reads into its tools; prepareTools runs them all once per run.
import type { Lexicon } from '../lexicon/load.ts';
import { actors, prepareActors, type ActorTools } from './actors.ts';
import { assemble } from './assemble.ts';
import { clean, prepareClean, type CleanTools } from './clean.ts';
import { dates, type DateTools, prepareDates } from './dates.ts';
import { ingest, type IngestTools, prepareIngest } from './ingest.ts';
import { mentions, prepareMentions, type MentionTools } from './mentions.ts';
import { prepareQuotes, quotes, type QuoteTools } from './quotes.ts';
import { prepareReferences, references, type ReferenceTools } from './references.ts';
import { prepareRelations, relations, type RelationTools } from './relations.ts';
import { prepareSegment, segment, type SegmentTools } from './segment.ts';
import { prepareStance, stance, type StanceTools } from './stance.ts';
import { prepareSummary, summary, type SummaryTools } from './summary.ts';
import { prepareSyntax, syntax, type SyntaxTools } from './syntax.ts';
import type { Briefing, SeedFile } from './types.ts';

/** Stage names in run order, for progress reports and profiles. */
export const stageNames = ['ingest', 'clean', 'segment', 'syntax', 'mentions', 'actors', 'references', 'relations', 'quotes', 'stance', 'dates', 'summary', 'assemble'] as const;

/** A stage's name, as listed in stageNames. */
export type StageName = (typeof stageNames)[number];

/** Every stage's tools, compiled from one lexicon. */
export interface Tools {
  ingest: IngestTools;
  clean: CleanTools;
  segment: SegmentTools;
  syntax: SyntaxTools;
  mentions: MentionTools;
  actors: ActorTools;
  references: ReferenceTools;
  relations: RelationTools;
  quotes: QuoteTools;
  stance: StanceTools;
  dates: DateTools;
  summary: SummaryTools;
}

/** Compiles what every stage reads from `lex`; call once per run and pass the result to processSeed. */
export function prepareTools(lex: Lexicon): Tools {
  const relations = prepareRelations(lex);
  return {
    ingest: prepareIngest(lex),
    clean: prepareClean(lex),
    segment: prepareSegment(lex),
    syntax: prepareSyntax(lex),
    mentions: prepareMentions(lex),
    actors: prepareActors(lex),
    references: prepareReferences(lex),
    relations,
    quotes: prepareQuotes(lex),
    stance: prepareStance(lex, relations),
    dates: prepareDates(lex),
    summary: prepareSummary(lex),
  };
}

/** Runs every per-article stage on one seed and returns its briefing; `onStage`, when given, hears each stage's milliseconds. */
export function processSeed(seed: SeedFile, tools: Tools, onStage?: (stage: StageName, ms: number) => void): Briefing {
  const lap = stopwatch(onStage);
  const ingested = lap('ingest', ingest(seed, tools.ingest));
  const cleaned = lap('clean', clean(ingested, tools.clean));
  const segmented = lap('segment', segment(cleaned, tools.segment));
  const parsed = lap('syntax', syntax(segmented, tools.syntax));
  const withMentions = lap('mentions', mentions(parsed, tools.mentions));
  const withActors = lap('actors', actors(withMentions, tools.actors));
  const withReferences = lap('references', references(withActors, tools.references));
  const withRelations = lap('relations', relations(withReferences, tools.relations));
  const withQuotes = lap('quotes', quotes(withRelations, tools.quotes));
  const withStances = lap('stance', stance(withQuotes, tools.stance));
  const withDates = lap('dates', dates(withStances, tools.dates));
  const summarized = lap('summary', summary(withDates, tools.summary));
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

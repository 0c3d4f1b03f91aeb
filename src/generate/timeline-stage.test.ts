import { describe, expect, it } from 'vitest';
import { briefing } from '../corpus/test-helpers.ts';
import { CorpusTimelineData } from '../model/index.ts';
import { corpusStageNames, timeline, type WithNetwork } from './corpus-stages.ts';

const event = (date: string, sentence: number) => ({ date, when: date, text: `Sentence ${sentence}.`, sentence });
// Note: the stage reads only the briefings; the rest of WithNetwork is carried through untouched.
const corpus = (...slugs: [string, string[]][]) => ({
  briefings: slugs.map(([slug, dates]) => ({ data: briefing(slug, [], { timeline: dates.map(event) }) })),
  refused: [],
  duplicates: [],
}) as unknown as WithNetwork;

describe('the timeline stage', () => {
  it('runs after the network and before the report', () => {
    expect(corpusStageNames.indexOf('timeline')).toBe(corpusStageNames.indexOf('network') + 1);
    expect(corpusStageNames.at(-1)).toBe('report');
  });

  it('adds every dated event in date order and counts every briefing, dated or not, as the site schema wants', () => {
    const c = corpus(['later', ['2025-01-02']], ['undated', []], ['earlier', ['2024', '2025-01-02']]);
    const out = timeline(c);
    expect(out.briefings).toBe(c.briefings);
    expect(out.timeline.briefings).toBe(3);
    expect(out.timeline.events.map((e) => `${e.date} ${e.briefing}`)).toEqual(['2024 earlier', '2025-01-02 earlier', '2025-01-02 later']);
    expect(CorpusTimelineData.parse(out.timeline)).toEqual(out.timeline);
  });
});

import { describe, expect, it } from 'vitest';
import type { CorpusEvent, TimelineEvent } from '../model/index.ts';
import { briefing } from './test-helpers.ts';
import { corpusTimeline } from './timeline.ts';

const event = (date: string, sentence: number, when = date): TimelineEvent => ({ date, when, text: `Sentence ${sentence}.`, sentence });
const line = (e: CorpusEvent) => `${e.date} ${e.briefing} ${e.sentence}`;

describe('corpusTimeline', () => {
  it('merges the events of all briefings in date order; ties by briefing slug, then sentence', () => {
    const b = briefing('b', [], { timeline: [event('2024-05-02', 3), event('2023', 1), event('2024-05-02', 0)] });
    const a = briefing('a', [], { timeline: [event('2024-05-02', 7), event('2024-05', 2)] });
    expect(corpusTimeline([b, a]).map(line)).toEqual(['2023 b 1', '2024-05 a 2', '2024-05-02 a 7', '2024-05-02 b 0', '2024-05-02 b 3']);
  });

  it('puts a year before its months and a month before its days (a date is ordered as its ISO text)', () => {
    const dates = ['2024-10-01', '2024-09-30', '2024', '2024-10'];
    const events = corpusTimeline([briefing('z', [], { timeline: dates.map((d, i) => event(d, i)) }), briefing('10-a', [], { timeline: [event('2024-09-30', 0)] })]);
    expect(events.map(line)).toEqual(['2024 z 2', '2024-09-30 10-a 0', '2024-09-30 z 1', '2024-10 z 3', '2024-10-01 z 0']);
  });

  it('keeps each event whole with its briefing slug and title, and nothing from briefings without dates', () => {
    const dated = briefing('dated', [], { title: 'Gondor and Arnor sign', timeline: [event('2024-03-01', 4, 'on 1 March')] });
    expect(corpusTimeline([briefing('undated', []), dated])).toEqual([
      { date: '2024-03-01', when: 'on 1 March', text: 'Sentence 4.', sentence: 4, briefing: 'dated', title: 'Gondor and Arnor sign' },
    ]);
  });
});

import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { CorpusTimelineData } from '../model/index.ts';
import { renderTimelinePage } from './timeline-page.ts';

const data = (events: unknown[], briefings = 2) => CorpusTimelineData.parse({ title: 'Dated events', briefings, events });
const gondor = { date: '2024-03-01', when: 'on 1 March', text: 'Gondor: "peace" — at last.\n#1', sentence: 4, briefing: 'gondor-signs', title: 'Gondor signs' };
const split = (text: string) => /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;

describe('renderTimelinePage', () => {
  it('writes every event in the front matter, in the order given, with an empty body', () => {
    const timeline = data([gondor, { ...gondor, date: '2024-03', sentence: 1, when: 'in March' }]);
    const [, front, body] = split(renderTimelinePage(timeline));
    expect(yaml.load(front!)).toEqual(timeline);
    expect(body).toBe('');
  });

  it('writes a page for a corpus with no dated event', () => {
    const [, front] = split(renderTimelinePage(data([], 0)));
    expect(yaml.load(front!)).toEqual({ title: 'Dated events', briefings: 0, events: [] });
  });

  it('refuses data the site would reject', () => {
    expect(() => renderTimelinePage(data([{ ...gondor, date: 'March' }]))).toThrow();
    expect(() => renderTimelinePage({ ...data([]), briefings: -1 })).toThrow();
  });
});

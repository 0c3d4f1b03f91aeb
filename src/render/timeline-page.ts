// content/timeline.md: the corpus's dated events as front matter, which the
// site's timeline page lists by year. The page shows no Markdown body, so
// the body is empty.
import { CorpusTimelineData } from '../model/index.ts';
import { page, plainData } from './markdown.ts';

/** The timeline page's Markdown; the data is checked against the schema the site validates it with. */
export function renderTimelinePage(timeline: CorpusTimelineData): string {
  return page(plainData(CorpusTimelineData.parse(timeline)), { type: 'root', children: [] });
}

// The RSS feed of briefings, newest first.
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { loadCorpus } from '../site/corpus.ts';
import { withBase } from '../site/with-base.ts';

/** Builds the feed from the cached corpus; undated briefings carry no pubDate. */
export async function GET(context: APIContext): Promise<Response> {
  const { briefings } = await loadCorpus();
  return rss({
    title: 'Dossier briefings',
    description: 'Structured briefings from news articles: actors, relations, quotes and dates.',
    site: context.site ?? 'https://example.github.io',
    items: briefings.map((b) => ({
      title: b.data.title,
      link: withBase(`briefings/${b.id}/`),
      description: b.data.summary,
      ...(b.data.published ? { pubDate: new Date(b.data.published) } : {}),
    })),
  });
}

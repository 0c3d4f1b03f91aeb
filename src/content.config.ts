// The site's collections, validated by the generator's own schemas so that
// a front matter the generator would reject also fails the build. The site
// computes nothing from them that the generator could: the network is
// content/network.md, the corpus timeline content/timeline.md.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ActorPageData, BriefingData, NetworkData } from './model/index.ts';
import { CorpusTimelineData } from './model/index.ts';

/** Where generated Markdown lives; DOSSIER_CONTENT points the site at another folder (samples, tests). */
const contentDir = resolve(process.env.DOSSIER_CONTENT ?? 'content');

/** A glob loader over one subfolder (or the files `pattern` names in it), keeping file names as ids (they are slugs and actor ids already). */
function markdownIn(folder: string, pattern = '*.md') {
  return glob({
    pattern,
    base: pathToFileURL(resolve(contentDir, folder)),
    generateId: ({ entry }) => entry.replace(/\.md$/, ''),
    // Note: pages use the rendered HTML only; not keeping the Markdown halves the content store.
    retainBody: false,
  });
}

const briefings = defineCollection({ loader: markdownIn('briefings'), schema: BriefingData });
const actors = defineCollection({ loader: markdownIn('actors'), schema: ActorPageData });
/** One entry, `network`: the corpus's ties and their diagram. */
const network = defineCollection({ loader: markdownIn('.', 'network.md'), schema: NetworkData });

/** One entry, `timeline`: every briefing's dated events, in date order. */
const timeline = defineCollection({ loader: markdownIn('.', 'timeline.md'), schema: CorpusTimelineData });

export const collections = { briefings, actors, network, timeline };

// assemble: the briefing's front matter, validated against the schema the
// site uses, and the sentences the body cites.
import { BriefingData, kebab } from '../model/index.ts';
import type { Briefing, Summarized } from './types.ts';

/** Builds and validates the briefing; throws naming the seed and the field when the data breaks the schema. */
export function assemble(doc: Summarized): Briefing {
  const warnings = [...doc.warnings, ...doc.unresolved.map((name) => `unresolved name: ${name}`)];
  const outlet = doc.meta.outlet ?? doc.outletHint;
  const url = doc.meta.url && BriefingData.shape.url.safeParse(doc.meta.url).success ? doc.meta.url : undefined;
  if (doc.meta.url && !url) warnings.push(`front matter url is no valid URL: ${doc.meta.url}`);
  const draft = {
    title: doc.title,
    titleSource: doc.titleSource,
    // Note: the CLI makes slugs unique across the corpus; this is the base slug.
    slug: kebab(doc.title) || kebab(doc.seed.replace(/\.[^.]+$/, '')) || 'briefing',
    seed: doc.seed,
    ...(outlet ? { outlet } : {}),
    ...(url ? { url } : {}),
    ...(doc.published ? { published: doc.published, ...(doc.publishedFrom ? { publishedFrom: doc.publishedFrom } : {}) } : {}),
    language: doc.language,
    summary: doc.summary,
    keyPoints: doc.keyPoints,
    actors: doc.actors,
    relations: doc.relations,
    quotes: doc.quotes,
    timeline: doc.timeline,
    warnings,
  };
  const parsed = BriefingData.safeParse(draft);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${doc.seed}: briefing front matter is invalid at \`${issue.path.join('.') || '(root)'}\`: ${issue.message}`);
  }
  return { data: parsed.data, sentences: doc.sentences };
}

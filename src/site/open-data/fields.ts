// What each field of briefings.jsonl and actors.jsonl holds, for the "About the data" page.
// A unit test checks these lists name every field of the zod schemas, and no other.

/** Fields of a line of data/briefings.jsonl (the briefing's front matter, `BriefingData`). */
export const briefingFields: readonly (readonly [field: string, doc: string])[] = [
  ['title', 'Headline.'],
  ['titleSource', 'Where the headline came from: `front-matter`, `first-line`, `recovered` (spliced into the text by a scraper) or `lead` (written from the first sentence).'],
  ['slug', 'URL segment: the page is `/briefings/<slug>/`.'],
  ['seed', 'File name of the source article in the seeds folder.'],
  ['outlet', 'Publisher, when known.'],
  ['url', 'Address of the original article, when known.'],
  ['published', 'Publication date, `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, only when a source states it; empty when the date is unknown.'],
  ['publishedFrom', 'Where the publication date comes from: `front-matter`, `url` (a date in the article\'s address), `published-line` (a "Published" or "Updated" line) or `dateline`.'],
  ['language', 'ISO 639-1 code of the language detected (`und` when unsure).'],
  ['summary', 'Summary in one or two sentences taken from the article.'],
  ['keyPoints', 'Key sentences: `{ sentence, text }`, `sentence` the index from 0 in the source text.'],
  ['actors', 'Actors: `{ id, name, type, aliases, role?, affiliation?, mentions }`; `id` is the actor page\'s id.'],
  ['relations', 'Relations: `{ source, target, type, verb, cameo, quad, symmetric, modality, evidence: { sentence, text } }` (the same rows as events.csv; `modality` is asserted, reported, denied or hypothetical).'],
  ['quotes', 'Direct quotations: `{ speaker, speakerIsActor, text, sentence }`; `speaker` is an actor id when `speakerIsActor`.'],
  ['timeline', 'Dated events: `{ date, when, text, sentence }`, `when` the words that gave the date.'],
  ['warnings', 'Notes for curators (names the run could not resolve, suspicious input).'],
];

/** Fields of a line of data/actors.jsonl (the actor page's front matter, `ActorPageData`). */
export const actorFields: readonly (readonly [field: string, doc: string])[] = [
  ['id', 'Actor id: the page is `/actors/<id>/`; briefings and events.csv use the same id.'],
  ['name', 'Display name.'],
  ['type', 'person, country, organization, group or media.'],
  ['aliases', 'Other spellings and descriptions seen in the briefings.'],
  ['roles', 'Roles by briefing: `{ briefing, role }`.'],
  ['affiliations', 'State, party or body the actor belongs to, by briefing: `{ briefing, actor }`.'],
  ['briefings', 'Slugs of the briefings that mention the actor, newest first.'],
  ['mentions', 'Times the actor is named or pointed to, over all briefings.'],
  ['relations', 'Relations summed by other actor, direction, CAMEO code and modality: `{ other, direction (out, in or both), cameo, type, quad, modality, count, evidence: [{ briefing, sentence, text }] }`; a denied or hypothetical relation is a row of its own, never added to the count of one that happened.'],
  ['quotes', 'Quotations by the actor: `{ briefing, sentence, text }`, newest first.'],
];

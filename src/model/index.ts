// The vocabulary shared by the generator and the site.
export * from './actor-page.ts';
export * from './actor.ts';
export * from './briefing.ts';
export * from './cameo.ts';
export * from './corpus-timeline.ts';
export * from './evidence.ts';
export * from './ids.ts';
export * from './mention.ts';
export * from './network.ts';
export * from './quote.ts';
export * from './relation.ts';
export * from './sentence.ts';
export * from './timeline.ts';

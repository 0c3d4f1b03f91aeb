// The front matter of both collections, as the data endpoints publish it.
import { getCollection } from 'astro:content';
import type { ActorPageData, BriefingData } from '../../model/index.ts';
import { newestFirst } from '../newest-first.ts';

/** Briefings newest first and actors by id: the order every data file uses. */
export async function openData(): Promise<{ briefings: BriefingData[]; actors: ActorPageData[] }> {
  const briefings = newestFirst(await getCollection('briefings')).map((e) => e.data);
  const actors = (await getCollection('actors')).map((e) => e.data).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { briefings, actors };
}

import { ActorType, type ActorPageData } from '../model/index.ts';
import { byString } from '../util/order.ts';

/** The actors of one type, most-covered first. */
export interface ActorGroup<T> {
  type: ActorType;
  actors: T[];
}

/** Groups actors by type in the schema's type order; within a group, by briefings then mentions, then name. */
export function groupActors<T extends { data: Pick<ActorPageData, 'type' | 'briefings' | 'mentions' | 'name'> }>(actors: readonly T[]): ActorGroup<T>[] {
  return ActorType.options
    .map((type) => ({
      type,
      actors: actors
        .filter((a) => a.data.type === type)
        .sort((a, b) => b.data.briefings.length - a.data.briefings.length || b.data.mentions - a.data.mentions || byString(a.data.name, b.data.name)),
    }))
    .filter((group) => group.actors.length > 0);
}

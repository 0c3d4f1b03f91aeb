import { describe, expect, it } from 'vitest';
import type { ActorId } from '../model/index.ts';
import { actor, briefing, quote, relation } from '../corpus/test-helpers.ts';
import { canonicalize, rewriteIds } from './canonicalize.ts';

const data = briefing('a', [actor('aragorn', 'Aragorn', 'person', { affiliation: 'gondor' as ActorId }), actor('strider', 'Strider'), actor('gondor', 'Gondor', 'country')], {
  relations: [relation('strider', 'gondor', '04'), relation('aragorn', 'strider', '01')],
  quotes: [quote('strider', 'Not all those who wander are lost.')],
});

describe('canonicalize', () => {
  it('returns the briefing itself when no id changes', () => {
    expect(canonicalize(data, (id) => id as ActorId)).toBe(data);
  });

  it('rewrites ids, merges actors that become one and drops relations that became reflexive', () => {
    const out = canonicalize(data, (id) => (id === 'strider' ? 'aragorn' : id) as ActorId);
    expect(out.actors.map((a) => [a.id, a.aliases, a.mentions])).toEqual([['aragorn', ['Strider'], 2], ['gondor', [], 1]]);
    expect(out.relations.map((r) => [r.source, r.target])).toEqual([['aragorn', 'gondor']]);
    expect(out.quotes[0]!.speaker).toBe('aragorn');
    expect(data.actors).toHaveLength(3);
  });

  it('takes its shortcut only where the full rewrite would give an equal briefing', () => {
    expect(rewriteIds(data, (id) => id as ActorId)).toEqual(data);
    const twice = { ...data, actors: [...data.actors, data.actors[1]!] };
    expect(canonicalize(twice, (id) => id as ActorId)).not.toBe(twice);
    expect(canonicalize(twice, (id) => id as ActorId).actors).toHaveLength(3);
  });
});

import { describe, expect, it } from 'vitest';
import type { ActorPageData } from '../../model/index.ts';
import type { Briefing } from '../../pipeline/types.ts';
import { createRenderMemo } from './render-memo.ts';

const page = { id: 'norway', name: 'Norway' } as unknown as ActorPageData;
const opts = { titles: new Map([['pact', 'A pact']]), types: new Map() };
/** A renderer that looks up one name and one title, counting its calls. */
function counter() {
  const calls = { n: 0 };
  const render = (p: ActorPageData, names: ReadonlyMap<string, string>, o: { titles?: ReadonlyMap<string, string> }) => {
    calls.n++;
    return `${p.name} ${names.get('iceland') ?? '?'} ${o.titles?.get('pact') ?? '?'}`;
  };
  return { calls, render };
}

describe('createRenderMemo', () => {
  it('reuses an actor page while the page and the names it looked up are unchanged', () => {
    const { calls, render } = counter();
    const first = createRenderMemo('v1');
    expect(first.actorPage(page, new Map([['iceland', 'Iceland'], ['chile', 'Chile']]), opts, render)).toBe('Norway Iceland A pact');
    const second = createRenderMemo('v1', first.dump());
    expect(second.actorPage(page, new Map([['iceland', 'Iceland'], ['chile', 'Chili']]), opts, render)).toBe('Norway Iceland A pact');
    expect(calls.n).toBe(1);
    const third = createRenderMemo('v1', second.dump());
    expect(third.actorPage(page, new Map([['iceland', 'Island']]), opts, render)).toBe('Norway Island A pact');
    expect(calls.n).toBe(2);
  });

  it('forgets everything when the renderer version changes, and entries unused by a run', () => {
    const { calls, render } = counter();
    const names = new Map([['iceland', 'Iceland']]);
    const first = createRenderMemo('v1');
    first.actorPage(page, names, opts, render);
    createRenderMemo('v2', first.dump()).actorPage(page, names, opts, render);
    expect(calls.n).toBe(2);
    expect(Object.keys(createRenderMemo('v1', first.dump()).dump().actors)).toEqual([]);
  });

  it('reuses a briefing rendering for the same briefing only', () => {
    const b = { data: { slug: 'a' }, sentences: [] } as unknown as Briefing;
    let n = 0;
    const render = (x: Briefing) => `${x.data.slug} ${++n}`;
    const memo = createRenderMemo('v1');
    expect(memo.briefing(b, render)).toBe('a 1');
    const next = createRenderMemo('v1', memo.dump());
    expect(next.briefing(b, render)).toBe('a 1');
    expect(next.briefing({ ...b, data: { ...b.data, slug: 'b' } } as Briefing, render)).toBe('b 2');
    expect(next.stats).toEqual({ reused: 1, rendered: 1 });
  });

  it('refuses a renderer that iterates a map, since its reuse could not be checked', () => {
    const memo = createRenderMemo('v1');
    expect(() => memo.actorPage(page, new Map(), opts, (_p, names) => [...names.keys()].join())).toThrow(/only call get\(\) and has\(\)/);
  });
});

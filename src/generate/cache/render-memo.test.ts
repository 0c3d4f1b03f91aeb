import { describe, expect, it } from 'vitest';
import type { ActorPageData } from '../../model/index.ts';
import type { Briefing } from '../../pipeline/types.ts';
import { contentHash } from '../output.ts';
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
  it('reuses an actor page while the page and the names it looked up are unchanged, rendering it again only when asked', () => {
    const { calls, render } = counter();
    const first = createRenderMemo('v1');
    expect(first.actorPage(page, new Map([['iceland', 'Iceland'], ['chile', 'Chile']]), opts, render).text()).toBe('Norway Iceland A pact');
    const second = createRenderMemo('v1', first.dump());
    const reused = second.actorPage(page, new Map([['iceland', 'Iceland'], ['chile', 'Chili']]), opts, render);
    expect(reused.hash).toBe(contentHash('Norway Iceland A pact'));
    expect(calls.n).toBe(1);
    expect(reused.text()).toBe('Norway Iceland A pact');
    expect(reused.text()).toBe('Norway Iceland A pact');
    expect(calls.n).toBe(2);
    const third = createRenderMemo('v1', second.dump());
    const changed = third.actorPage(page, new Map([['iceland', 'Island']]), opts, render);
    expect(calls.n).toBe(3);
    expect(changed.hash).toBe(contentHash('Norway Island A pact'));
    expect(changed.text()).toBe('Norway Island A pact');
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
    expect(memo.briefing(b, render).text()).toBe('a 1');
    const next = createRenderMemo('v1', memo.dump());
    expect(next.briefing(b, render).hash).toBe(contentHash('a 1'));
    expect(next.briefing({ ...b, data: { ...b.data, slug: 'b' } } as Briefing, render).text()).toBe('b 2');
    expect(next.stats).toEqual({ reused: 1, rendered: 1 });
  });

  it('takes renderings made elsewhere (a worker) without rendering, and remembers them for the next run', () => {
    const { calls, render } = counter();
    const names = new Map([['iceland', 'Iceland']]);
    const worker = createRenderMemo('v1');
    worker.actorPage(page, names, opts, render);
    const main = createRenderMemo('v1');
    main.absorb(worker.rendered());
    expect(main.actorPage(page, names, opts, render).text()).toBe('Norway Iceland A pact');
    expect(calls.n).toBe(1);
    const next = createRenderMemo('v1', main.dump());
    expect(next.actorPage(page, new Map([['iceland', 'Island']]), opts, render).text()).toBe('Norway Island A pact');
    expect(calls.n).toBe(2);
    expect(main.rendered().actors).toEqual({});
  });

  it('lists the pages it cannot reuse, and checks again when a page is rendered with other maps', () => {
    const { calls, render } = counter();
    const names = new Map([['iceland', 'Iceland']]);
    const first = createRenderMemo('v1');
    first.actorPage(page, names, opts, render);
    const other = { ...page, id: 'chile' } as ActorPageData;
    const next = createRenderMemo('v1', first.dump());
    const maps = [names, opts.titles, opts.types] as const;
    expect(next.unrendered([['k', 'briefing']], [page, other], maps)).toEqual({ briefings: [['k', 'briefing']], pages: [other] });
    expect(next.actorPage(page, new Map([['iceland', 'Island']]), opts, render).text()).toBe('Norway Island A pact');
    expect(calls.n).toBe(2);
  });

  it('refuses a renderer that iterates a map, since its reuse could not be checked', () => {
    const memo = createRenderMemo('v1');
    expect(() => memo.actorPage(page, new Map(), opts, (_p, names) => [...names.keys()].join())).toThrow(/only call get\(\) and has\(\)/);
  });
});

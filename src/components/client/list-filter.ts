// The list filters in the browser: reads the form, fetches list-index.json
// once, and shows the matches over the whole corpus in place of the page's list.
import { briefingPasses, isOpen, type ListFilter, type ListIndex } from '../../site/list-filter.ts';

/** Matches shown at most; the count says how many more there are. */
const shownMax = 200;

/** Wires one filter form (see ListFilter.astro). */
export function startListFilter(form: HTMLFormElement): void {
  const mode = form.dataset.mode as 'briefings' | 'events';
  const base = form.dataset.base ?? '/';
  const results = form.nextElementSibling as HTMLOListElement;
  const count = form.querySelector<HTMLElement>('.filter-count')!;
  const statics = [...document.querySelectorAll<HTMLElement>(form.dataset.static!)];
  let index: Promise<ListIndex> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  form.hidden = false;

  const read = (): ListFilter => {
    const v = (name: string) => (form.elements.namedItem(name) as HTMLInputElement | null)?.value ?? '';
    return { from: v('from'), to: v('to'), outlet: v('outlet'), actor: v('actor'), quad: v('quad') };
  };

  const item = (href: string, text: string, meta: string): HTMLLIElement => {
    const li = document.createElement('li');
    li.append(Object.assign(document.createElement('a'), { href, textContent: text }));
    li.append(Object.assign(document.createElement('span'), { className: 'meta', textContent: meta }));
    return li;
  };

  async function apply(): Promise<void> {
    const f = read();
    const open = isOpen(f);
    for (const el of statics) el.hidden = !open;
    results.hidden = open;
    form.dataset.filtered = String(!open);
    if (open) {
      count.textContent = '';
      results.replaceChildren();
      return;
    }
    index ??= fetch(form.dataset.index!).then((r) => r.json() as Promise<ListIndex>);
    const { briefings, events } = await index;
    if (JSON.stringify(read()) !== JSON.stringify(f)) return;
    const meta = (row: ListIndex['briefings'][number]) => [row[3], row[2]].filter(Boolean).join(' · ');
    const items =
      mode === 'briefings'
        ? briefings.filter((row) => briefingPasses(row, f)).map((row) => () => item(`${base}briefings/${row[0]}/`, row[1], meta(row)))
        : events.filter((e) => briefingPasses(briefings[e[2]]!, f, e[0])).map((e) => () => item(`${base}briefings/${briefings[e[2]]![0]}/#s-${e[3]}`, e[1], `${e[0]} · ${e[4]} · ${briefings[e[2]]![1]}`));
    const noun = mode === 'briefings' ? 'briefing' : 'event';
    count.textContent = `${items.length} ${noun}${items.length === 1 ? '' : 's'} match${items.length === 1 ? 'es' : ''}${items.length > shownMax ? `; the first ${shownMax} shown` : ''}.`;
    results.replaceChildren(...items.slice(0, shownMax).map((make) => make()));
  }

  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void apply(), 120);
  };
  form.addEventListener('input', later);
  form.addEventListener('change', later);
  form.addEventListener('reset', () => setTimeout(() => void apply()));
}

// The network explorer in the browser: fetches explorer/graph.json, draws it
// with sigma (WebGL) at the positions computed at build, and answers search,
// filters and clicks. The graph questions themselves live in src/site/explorer/neighbours.ts.
import Graph from 'graphology';
import Sigma from 'sigma';
import { drawDiscNodeHover } from 'sigma/rendering';
import type { ExplorerGraph } from '../../site/explorer/graph-data.ts';
import { edgePasses, type ExplorerFilter, neighbours, openFilter, searchActors } from '../../site/explorer/neighbours.ts';

/** Node colours by actor type index (person, country, organization, group, media). */
const typeColours = ['#7b5ea7', '#2a7f8f', '#8a6d1f', '#a23e6b', '#5d6b7a'];

/** The theme's colours the drawing uses: quad class edges, labels, and dimmed actors. */
interface Colours {
  quads: string[];
  label: string;
  dim: string;
}

/** The page's current theme colours (CSS custom properties), read again whenever the theme changes. */
function themeColours(quads: readonly string[]): Colours {
  const css = getComputedStyle(document.documentElement);
  const read = (name: string, fallback: string) => css.getPropertyValue(`--${name}`).trim() || fallback;
  return { quads: quads.map((q) => read(q, '#888')), label: read('fg', '#000'), dim: read('line', '#ccc') };
}

interface State {
  filter: ExplorerFilter;
  isolated: boolean;
  selected: number | undefined;
  near: Set<number>;
}

/** Starts the explorer in `root` (the page's #explorer); resolves once the graph is drawn and the search box enabled. */
export async function startExplorer(root: HTMLElement): Promise<void> {
  const data = (await (await fetch(root.dataset.graph!)).json()) as ExplorerGraph;
  const base = root.dataset.base ?? '/';
  const $ = <T extends Element>(sel: string) => root.querySelector<T>(sel)!;
  const form = $<HTMLFormElement>('form');
  const search = $<HTMLInputElement>('#explorer-search');
  const suggestions = $<HTMLUListElement>('#explorer-suggestions');
  const canvas = $<HTMLElement>('#explorer-canvas');
  const panel = $<HTMLElement>('#explorer-panel');
  form.hidden = false;
  canvas.hidden = false;

  let colours = themeColours(data.quads);
  const graph = new Graph({ type: 'directed', multi: true });
  const maxWeight = Math.max(1, ...data.nodes.map((n) => n[6]));
  /** Adds actor `i` to the drawn graph if it is not there yet. */
  const ensureNode = (i: number): boolean => {
    const n = data.nodes[i]!;
    if (graph.hasNode(String(i))) return false;
    graph.addNode(String(i), { x: n[3], y: n[4], label: n[1], size: 2 + 10 * Math.sqrt(n[6] / maxWeight), color: typeColours[n[2]] ?? '#888' });
    return true;
  };
  // Note: actors without ties (most of a large corpus: 6,446 of 6,814 on BBC) are added only when asked for,
  // so the first drawing and every redraw handle the few hundred tied actors only.
  data.nodes.forEach((n, i) => n[6] > 0 && ensureNode(i));
  data.edges.forEach((e, j) => graph.addDirectedEdgeWithKey(String(j), String(e[0]), String(e[1]), { size: Math.min(6, 0.5 + Math.log2(e[3])) }));

  const state: State = { filter: openFilter(data), isolated: false, selected: undefined, near: new Set() };
  const renderer = new Sigma(graph, canvas, {
    defaultEdgeType: 'arrow',
    labelColor: { color: colours.label },
    // Note: sigma draws a hovered or selected actor's label on a white box in either theme; dark text keeps it legible there.
    defaultDrawNodeHover: (context, node, settings) => drawDiscNodeHover(context, node, { ...settings, labelColor: { color: '#1b1f24' } }),
    labelRenderedSizeThreshold: 9,
    hideEdgesOnMove: data.edges.length > 5000,
    zIndex: true,
    nodeReducer: (key, attrs) => {
      const i = Number(key);
      const n = data.nodes[i]!;
      if (i !== state.selected && (!state.filter.types.has(n[2]) || (!state.isolated && n[6] === 0))) return { ...attrs, hidden: true };
      if (state.selected === undefined) return attrs;
      if (i === state.selected) return { ...attrs, highlighted: true, forceLabel: true, zIndex: 2 };
      if (state.near.has(i)) return { ...attrs, forceLabel: true, zIndex: 1 };
      return { ...attrs, color: colours.dim, label: '', zIndex: 0 };
    },
    edgeReducer: (key, attrs) => {
      const e = data.edges[Number(key)]!;
      if (!edgePasses(data, e, state.filter)) return { ...attrs, hidden: true };
      if (state.selected !== undefined && e[0] !== state.selected && e[1] !== state.selected) return { ...attrs, hidden: true };
      // Note: colours come from the reducer, not the edge attributes, so a theme change recolours without touching the graph.
      return { ...attrs, color: colours.quads[e[2]] };
    },
  });

  const actorHref = (i: number) => (data.nodes[i]![5] ? `${base}actors/${data.nodes[i]![0]}/` : undefined);

  /** The side panel for the selected actor: its page link and its neighbours under the current filters. */
  function showPanel(): void {
    const i = state.selected;
    panel.replaceChildren();
    panel.hidden = i === undefined;
    if (i === undefined) return;
    const n = data.nodes[i]!;
    const list = neighbours(data, i, state.filter);
    const h = document.createElement('h2');
    h.textContent = n[1];
    const meta = document.createElement('p');
    meta.className = 'meta';
    meta.textContent = `${data.types[n[2]]} · ${list.length} neighbour${list.length === 1 ? '' : 's'} under these filters`;
    panel.append(h, meta);
    const href = actorHref(i);
    if (href) {
      const p = document.createElement('p');
      const a = Object.assign(document.createElement('a'), { href, className: 'actor-page-link', textContent: `${n[1]}'s page →` });
      p.append(a);
      panel.append(p);
    }
    if (!list.length) return;
    const table = document.createElement('table');
    table.className = 'neighbours';
    table.innerHTML = '<thead><tr><th scope="col">Neighbour</th><th scope="col">Type</th><th scope="col">Relations</th></tr></thead>';
    const body = document.createElement('tbody');
    for (const nb of list) {
      const row = body.insertRow();
      const button = Object.assign(document.createElement('button'), { type: 'button', className: 'linkish', textContent: data.nodes[nb.node]![1] });
      button.addEventListener('click', () => select(nb.node));
      row.insertCell().append(button);
      row.insertCell().textContent = data.types[data.nodes[nb.node]![2]] ?? '';
      const counts = row.insertCell();
      counts.textContent = `${nb.count} (${nb.byQuad.flatMap((c, q) => (c ? [`${data.quads[q]!.replace('-', ' ')} ${c}`] : [])).join(', ')})`;
    }
    table.append(body);
    panel.append(table);
  }

  /** Selects an actor (or none): neighbourhood highlighted, camera moved to it, panel and URL hash updated. */
  function select(i: number | undefined): void {
    const added = i !== undefined && ensureNode(i);
    state.selected = i;
    state.near = new Set(i === undefined ? [] : neighbours(data, i, state.filter).map((n) => n.node));
    showPanel();
    // Note: a newly added actor needs indexing; otherwise only the reducers run again.
    renderer.refresh({ skipIndexation: !added });
    history.replaceState(null, '', i === undefined ? location.pathname : `#actor=${encodeURIComponent(data.nodes[i]![0])}`);
    if (i !== undefined) frame([i, ...state.near]);
  }

  /** Moves the camera to show the actors `nodes` (an actor and its neighbourhood) with a margin. */
  function frame(nodes: number[]): void {
    const points = nodes.flatMap((n) => renderer.getNodeDisplayData(String(n)) ?? []);
    if (!points.length) return;
    const xs = points.map((p) => p.x);
    const ys = points.map((p) => p.y);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    // Note: display coordinates span 0..1 over the whole graph, and ratio 1 shows all of it.
    const ratio = Math.min(1, Math.max(0.08, 1.4 * Math.max(x1 - x0, y1 - y0)));
    void renderer.getCamera().animate({ x: (x0 + x1) / 2, y: (y0 + y1) / 2, ratio }, { duration: 300 });
  }

  function suggest(): void {
    suggestions.replaceChildren(
      ...searchActors(data, search.value).map((i) => {
        const li = document.createElement('li');
        const b = Object.assign(document.createElement('button'), { type: 'button', textContent: `${data.nodes[i]![1]} (${data.types[data.nodes[i]![2]]}, ${data.nodes[i]![6]})` });
        b.addEventListener('click', () => {
          suggestions.replaceChildren();
          search.value = data.nodes[i]![1];
          select(i);
        });
        li.append(b);
        return li;
      }),
    );
  }

  function readForm(): void {
    const checked = (name: string) => new Set([...form.querySelectorAll<HTMLInputElement>(`input[name=${name}]:checked`)].map((x) => Number(x.value)));
    const value = (name: string) => form.querySelector<HTMLInputElement>(`input[name=${name}]`)!.value || undefined;
    state.filter = { quads: checked('quad'), types: checked('type'), from: value('from'), to: value('to') };
    state.isolated = form.querySelector<HTMLInputElement>('input[name=isolated]')!.checked;
    if (state.isolated) data.nodes.forEach((_, i) => ensureNode(i));
    if (state.isolated) renderer.refresh();
    select(state.selected);
  }

  // Note: Enter in the search box picks the first suggestion; the form never submits (no inline handler: the XSS test forbids any).
  form.addEventListener('submit', (ev) => ev.preventDefault());
  search.addEventListener('input', suggest);
  search.addEventListener('keydown', (ev) => {
    if (ev.key !== 'Enter') return;
    const first = suggestions.querySelector('button');
    if (first) first.click();
  });
  form.addEventListener('change', (ev) => {
    if (ev.target !== search) readForm();
  });
  // The theme toggle (ThemeToggle.astro) announces each change: redraw in the new theme's colours.
  document.addEventListener('themechange', () => {
    colours = themeColours(data.quads);
    renderer.setSetting('labelColor', { color: colours.label });
    renderer.refresh({ skipIndexation: true });
  });
  renderer.on('clickNode', ({ node }) => select(Number(node)));
  renderer.on('clickStage', () => select(undefined));

  const fromHash = /^#actor=(.+)$/.exec(location.hash)?.[1];
  const start = fromHash ? data.nodes.findIndex((n) => n[0] === decodeURIComponent(fromHash)) : -1;
  if (start >= 0) select(start);
  search.disabled = false;
  root.dataset.ready = 'true';
  performance.mark('explorer-ready');
}

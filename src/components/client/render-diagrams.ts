// Turns ```mermaid code blocks into SVG in the browser, and again when the theme changes.
// Mermaid is imported lazily, so its chunks load only on pages that show a diagram.
import type { Mermaid } from 'mermaid';
import { darkDiagram } from './dark-diagram.ts';

/** The selector for code blocks Satteri renders from ```mermaid fences. */
const blockSelector = 'pre > code.language-mermaid';

/** One diagram: its Mermaid source and the element that shows its SVG. */
interface Diagram {
  source: string;
  pre: HTMLElement;
  target: HTMLElement;
}

/** Adds a figure after each block for its SVG; the `<pre>` stays, hidden by CSS, shown again if drawing fails. */
function collect(root: ParentNode): Diagram[] {
  return [...root.querySelectorAll<HTMLElement>(blockSelector)].map((code) => {
    const pre = code.parentElement as HTMLElement;
    const target = document.createElement('figure');
    target.className = 'diagram';
    target.setAttribute('aria-busy', 'true');
    pre.after(target);
    return { source: code.textContent ?? '', pre, target };
  });
}

/** How to read the generator's edge styles (src/render/mermaid.ts): colour for cooperation or conflict, line for verbal or material. */
function legend(): HTMLElement {
  const caption = document.createElement('figcaption');
  caption.className = 'legend';
  caption.innerHTML = '<span class="quad-verbal-cooperation">green: cooperation</span> · <span class="quad-material-conflict">red: conflict</span> · dotted: said · thick: done';
  return caption;
}

/** Marks a diagram as not drawn: its figure hides and its Mermaid source shows. */
function fail(d: Diagram): void {
  d.target.dataset.rendered = 'error';
  d.target.removeAttribute('aria-busy');
  d.pre.classList.add('diagram-failed');
}

/** Mermaid settings for the site's current theme. */
function settings(): Parameters<Mermaid['initialize']>[0] {
  const dark = document.documentElement.dataset.theme === 'dark';
  return {
    startOnLoad: false,
    securityLevel: 'strict',
    layout: 'dagre',
    theme: dark ? 'dark' : 'default',
    // Note: the dark theme's grey edge-label boxes give labels under 4.5:1 contrast; a darker box fixes that.
    themeVariables: dark ? { edgeLabelBackground: '#2b303a' } : {},
    suppressErrorRendering: true,
    fontFamily: 'inherit',
  };
}

/** The smallest scale a diagram is drawn at: 16px labels stay at 11px or more. */
const minScale = 0.7;

/**
 * Keeps labels legible: a diagram never shrinks below 70% of its natural size (it scrolls sideways
 * instead), and one too wide for its column moves its section to the stacked layout (diagram above table).
 */
function fit(figure: HTMLElement): void {
  const svg = figure.querySelector('svg');
  const natural = Number.parseFloat(svg?.style.maxWidth ?? '');
  if (!svg || !(natural > 0)) return;
  svg.style.minWidth = `${Math.round(natural * minScale)}px`;
  // Note: only ever added, so a redraw in the wider layout cannot flip it back and forth.
  if (natural * minScale > figure.clientWidth) figure.closest('.part')?.classList.add('diagram-wide');
  figure.toggleAttribute('data-scrolls', figure.scrollWidth > figure.clientWidth + 1);
}

/** Renders every diagram; one that fails shows its source and table instead of Mermaid's error picture. */
async function draw(mermaid: Mermaid, diagrams: Diagram[], round: number): Promise<void> {
  mermaid.initialize(settings());
  const dark = document.documentElement.dataset.theme === 'dark';
  for (const [i, d] of diagrams.entries()) {
    try {
      const { svg } = await mermaid.render(`diagram-${round}-${i}`, dark ? darkDiagram(d.source) : d.source);
      d.target.innerHTML = svg;
      d.target.append(legend());
      fit(d.target);
      d.target.dataset.rendered = 'true';
      d.target.removeAttribute('aria-busy');
    } catch (error) {
      fail(d);
      console.warn('Diagram could not be drawn; its table stays below.', error);
    }
  }
}

/** Mermaid: bundled by Vite in dev; in a build, the prebuilt copy astro.config.mjs puts in `_mermaid/`. */
async function loadMermaid(): Promise<Mermaid> {
  if (import.meta.env.DEV) return (await import('mermaid')).default;
  const url = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}_mermaid/mermaid.esm.min.mjs`;
  return ((await import(/* @vite-ignore */ url)) as { default: Mermaid }).default;
}

/** Finds the page's diagrams, loads Mermaid if there are any, draws them and redraws on theme change. */
export async function renderDiagrams(root: ParentNode): Promise<void> {
  const diagrams = collect(root);
  if (diagrams.length === 0) return;
  let mermaid: Mermaid;
  try {
    mermaid = await loadMermaid();
  } catch (error) {
    for (const d of diagrams) fail(d);
    console.warn('Mermaid could not be loaded; the relation tables stay.', error);
    return;
  }
  // Note: redraws queue up, so quick toggles finish in the theme the page ends in.
  let round = 0;
  let queue = draw(mermaid, diagrams, round);
  document.addEventListener('themechange', () => {
    queue = queue.then(() => draw(mermaid, diagrams, ++round));
  });
  await queue;
}

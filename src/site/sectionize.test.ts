import { describe, expect, it } from 'vitest';
import { hasDiagram } from './has-diagram.ts';
import { sectionize } from './sectionize.ts';

describe('sectionize', () => {
  it.each([
    ['<p>lead</p>', '<p>lead</p>'],
    ['<h2 id="summary">Summary</h2><p>a</p>', '<section class="part part-summary"><h2 id="summary">Summary</h2><p>a</p></section>'],
    [
      '<p>lead</p><h2 id="a">A</h2><p>1</p><h2 id="source-text">B</h2><p>2</p>',
      '<p>lead</p><section class="part part-a"><h2 id="a">A</h2><p>1</p></section><section class="part part-source-text"><h2 id="source-text">B</h2><p>2</p></section>',
    ],
    ['<h2>No id</h2><p>x</p>', '<h2>No id</h2><p>x</p>'],
    ['<h3 id="x">X</h3>', '<h3 id="x">X</h3>'],
  ])('%s', (html, expected) => {
    expect(sectionize(html)).toBe(expected);
  });
});

describe('hasDiagram', () => {
  it.each([
    ['<pre><code class="language-mermaid">flowchart LR</code></pre>', true],
    ['<pre><code>flowchart LR</code></pre>', false],
    [undefined, false],
  ])('%s → %s', (html, expected) => {
    expect(hasDiagram(html)).toBe(expected);
  });
});

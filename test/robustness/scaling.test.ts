// Linear time on any text (issue 14.3): for each text shape that used to be
// superlinear (scripts/lib/text-shapes.ts), doubling the seed must roughly
// double the pipeline's time. A ratio, not an absolute time: each size is
// timed three times, in process, and the fastest run counts, so a busy
// machine slows both sizes alike. Quadratic stages gave ratios of 3 to 7.
import { describe, expect, it } from 'vitest';
import { textShapes } from '../../scripts/lib/text-shapes.ts';
import { loadLexicon } from '../../src/lexicon/load.ts';
import { prepareTools, processSeed } from '../../src/pipeline/index.ts';

const tools = prepareTools(loadLexicon());

/** The fastest of three runs of the pipeline on `text`, in milliseconds. */
function fastest(text: string): number {
  let best = Infinity;
  for (let k = 0; k < 3; k++) {
    const started = performance.now();
    processSeed({ name: 'shape.txt', bytes: Buffer.from(text) }, tools);
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

describe('doubling a seed', () => {
  it.each(Object.entries(textShapes))('%s: about doubles the time', (name, shape) => {
    // Note: a first run at full size warms the JIT and the heap, which would otherwise count against the smaller size only.
    const text = shape.make(shape.size);
    fastest(text);
    const once = fastest(text);
    const twice = fastest(shape.make(shape.size * 2));
    console.log(`${name}: ${once.toFixed(0)} ms, doubled ${twice.toFixed(0)} ms, ×${(twice / once).toFixed(2)}`);
    // Note: linear work doubles (×2), quadratic work quadruples (×4); 3.5 leaves room for a loaded machine's noise.
    expect(twice / once).toBeLessThan(3.5);
  }, 120_000);
});

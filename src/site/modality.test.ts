import { describe, expect, it } from 'vitest';
import { tieQuads } from './modality.ts';

describe('tieQuads', () => {
  it('lists the quad classes of ties only, once each, sorted', () => {
    const quads = tieQuads([
      { quad: 'verbal-conflict', modality: 'asserted' },
      { quad: 'material-conflict', modality: 'denied' },
      { quad: 'material-cooperation', modality: 'hypothetical' },
      { quad: 'verbal-cooperation', modality: 'reported' },
      { quad: 'verbal-conflict', modality: 'reported' },
    ]);
    // A denied attack and a promised supply put the page under neither material class.
    expect(quads).toEqual(['verbal-conflict', 'verbal-cooperation']);
  });
});

import { describe, expect, it } from 'vitest';
import { kebab } from './ids.ts';

describe('kebab', () => {
  it.each([
    ['Iran’s FM moves to cement Russia, Qatar ties', 20, 'irans-fm-moves-to'],
    ['Iran’s FM moves to cement Russia', 17, 'irans-fm-moves-to'],
    ['Iran’s FM moves to cement Russia', 18, 'irans-fm-moves-to'],
    ['Supercalifragilistic', 5, 'super'],
    ['Éire and Ærø', 80, 'eire-and-r'],
    ['short', 80, 'short'],
  ])('%j at %i → %j', (text, max, expected) => expect(kebab(text, max)).toBe(expected));

  it('never cuts a word of a long title at the default 80 characters', () => {
    const title = 'Prime Minister announces sweeping changes to the national healthcare financing arrangements today';
    const slug = kebab(title);
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(title.toLowerCase().replaceAll(' ', '-').startsWith(`${slug}-`)).toBe(true);
  });
});

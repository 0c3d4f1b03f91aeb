import { describe, expect, it } from 'vitest';
import { quietTableHeads } from './quiet-table-heads.ts';

describe('quietTableHeads', () => {
  it.each([
    ['<table><thead><tr><th>Source</th></tr></thead><tbody></tbody></table>', '<table><thead data-pagefind-ignore><tr><th>Source</th></tr></thead><tbody></tbody></table>'],
    ['<thead class="x">', '<thead data-pagefind-ignore class="x">'],
    ['<p>the theader &lt;thead&gt;</p>', '<p>the theader &lt;thead&gt;</p>'],
  ])('%s', (html, expected) => expect(quietTableHeads(html)).toBe(expected));
});

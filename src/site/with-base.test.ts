import { describe, expect, it } from 'vitest';
import { rebaseHtml } from './rebase-html.ts';
import { withBase } from './with-base.ts';

describe('withBase', () => {
  it.each([
    ['actors/iran/', '/', '/actors/iran/'],
    ['/actors/iran/', '/', '/actors/iran/'],
    ['', '/', '/'],
    ['actors/', '/dossier/', '/dossier/actors/'],
    ['/actors/', '/dossier', '/dossier/actors/'],
  ])('%s under %s is %s', (path, base, expected) => {
    expect(withBase(path, base)).toBe(expected);
  });
});

describe('rebaseHtml', () => {
  it.each([
    ['<a href="/actors/iran/">Iran</a>', '/', '<a href="/actors/iran/">Iran</a>'],
    ['<a href="/actors/iran/">Iran</a>', '/dossier/', '<a href="/dossier/actors/iran/">Iran</a>'],
    ['<a href="#s-3">sentence 4</a>', '/dossier/', '<a href="#s-3">sentence 4</a>'],
    ['<a href="//cdn.example/x">x</a>', '/dossier/', '<a href="//cdn.example/x">x</a>'],
    ['<a href="https://example.com/a">a</a>', '/dossier/', '<a href="https://example.com/a">a</a>'],
  ])('%s under %s', (html, base, expected) => {
    expect(rebaseHtml(html, base)).toBe(expected);
  });
});

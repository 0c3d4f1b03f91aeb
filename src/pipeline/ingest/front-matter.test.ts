import { describe, expect, it } from 'vitest';
import { frontMatter } from './front-matter.ts';

const fm = (lines: string[], body = 'Gondor sent envoys.\n') => `---\n${lines.join('\n')}\n---\n${body}`;

describe('frontMatter', () => {
  it('reads the known keys and leaves the body', () => {
    const text = fm(['title: "  The  Envoys\tof Gondor "', 'outlet: Palantir News', 'url: https://example.org/a b', 'published: 2024-02-29', 'extra: [1, 2]']);
    expect(frontMatter(text)).toEqual({
      meta: { title: 'The Envoys of Gondor', outlet: 'Palantir News', url: 'https://example.org/a%20b', published: '2024-02-29' },
      body: 'Gondor sent envoys.\n',
      warnings: [],
    });
  });

  it.each([
    ['no front matter', 'Gondor sent envoys.', {}, []],
    ['a rule line that is no front matter', '---\nGondor sent envoys.\n---\nMore.', {}, ['starts with `---` but has no front-matter block: read as text']],
    ['a slug and a layout', fm(['slug: ../../etc/passwd', 'layout: evil', 'title: T']), { title: 'T' }, [
      'front matter `slug` ignored: slugs and layouts are not set by seeds', 'front matter `layout` ignored: slugs and layouts are not set by seeds']],
    ['a javascript: url', fm(['url: "javascript:alert(1)"']), {}, ['front matter `url` ignored: expected an http(s) URL of at most 2048 characters']],
    ['an impossible date', fm(['published: 2023-02-29']), {}, ['front matter `published` ignored: expected a real date YYYY-MM-DD']],
    ['a timestamp', fm(['published: 2024-05-01T10:00:00Z']), { published: '2024-05-01' }, []],
    ['a title that is a list', fm(['title: [a, b]']), {}, ['front matter `title` ignored: expected text']],
    ['a numeric title', fm(['title: 1984']), { title: '1984' }, []],
    ['prototype keys', fm(['__proto__: {title: polluted}', 'constructor: x', 'toString: y']), {}, []],
  ])('%s', (_, text, meta, warnings) => {
    const result = frontMatter(text);
    expect(result.meta).toEqual(meta);
    expect(result.warnings).toEqual(warnings);
    expect(({} as Record<string, unknown>).title).toBeUndefined();
  });

  it('cuts a long title at a word', () => {
    const { meta, warnings } = frontMatter(fm([`title: ${'word '.repeat(100)}`]));
    expect(meta.title?.length).toBeLessThanOrEqual(300);
    expect(meta.title?.endsWith('word…')).toBe(true);
    expect(warnings).toEqual(['front matter `title` cut to 300 characters']);
  });

  it('names the file line of a YAML syntax error', () => {
    expect(() => frontMatter(fm(['title: ok', 'outlet: [unclosed', 'url: x: y']))).toThrow(/^front matter YAML error at line 4: /);
  });

  it('refuses an alias bomb quickly', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++) levels.push(`${'abcdefghij'[i]}: &${'abcdefghij'[i]} [${Array(9).fill(`*${'abcdefghij'[i - 1]}`).join(',')}]`);
    const started = performance.now();
    expect(() => frontMatter(fm(levels))).toThrow(/^front matter YAML is refused: Excessive alias count/);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('refuses front matter that is a list', () => {
    expect(() => frontMatter(fm(['- title: a']))).toThrow(/expected `key: value` lines/);
  });
});

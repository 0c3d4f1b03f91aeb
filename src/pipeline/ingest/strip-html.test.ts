import { describe, expect, it } from 'vitest';
import { stripHtml } from './strip-html.ts';

describe('stripHtml', () => {
  it.each([
    ['plain text is left alone', 'Gondor < Arnor > Rohan', 'Gondor < Arnor > Rohan', false],
    ['entities are decoded in plain text too', 'Faramir&#8217;s men &amp; horses', 'Faramir’s men & horses', false],
    ['paragraph tags become paragraph breaks', '<p>Gondor sent envoys.</p><p>Arnor <b>agreed</b>.</p>', 'Gondor sent envoys.\n\nArnor agreed.', true],
    ['script and style content is dropped', '<style>p{color:red}</style><p>Text</p><script>alert("x<p>")</script> end', 'Text\n\n end', true],
    ['an unclosed script drops the rest', '<p>Text</p><script>alert(1)', 'Text', true],
    ['comments are dropped', '<div>a<!-- <p>hidden</p> -->b</div>', 'ab', true],
    ['a comment never closed stays text', '<!--Gondor sent envoys.\n\nArnor <b>agreed</b>.', '<!--Gondor sent envoys.\n\nArnor agreed.', true],
    ['attributes with events go with their tag', '<img src=x onerror=alert(1)>Caption<br>Next', 'Caption\n\nNext', true],
    ['encoded markup stays text', '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>', '<script>alert(1)</script>', true],
    ['doctype and head are dropped', '<!doctype html><html><head><title>T</title></head><body><p>Body</p></body></html>', 'Body', true],
    ['a stray < in HTML stays', '<p>a <3 b</p>', 'a <3 b', true],
  ])('%s', (_, input, text, html) => {
    expect(stripHtml(input)).toEqual({ text, html });
  });

  it('takes linear time on many unclosed tags and comments', () => {
    const input = `<p>${'<script <!-- <a '.repeat(50_000)}`;
    const started = performance.now();
    stripHtml(input);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

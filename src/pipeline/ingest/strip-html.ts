// Pasted HTML to plain text: tags out, `script`/`style` content dropped,
// block elements turned into line breaks, entities decoded. A hand-written
// scanner rather than one big regex, so that unclosed tags and comments in a
// long seed cost one pass, not one pass per `<`.
// Note: the tag names below stay in code: they are a fixed fact of HTML, not
// English words a curator edits, so they are no lexicon (src/lexicon/).
import { decodeHTML, decodeHTMLStrict } from 'entities';

/** Plain text and whether any markup was found. */
export interface Stripped {
  text: string;
  html: boolean;
}

// Elements whose content is code or metadata, never article text.
const dropped = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'svg', 'math', 'head', 'title', 'textarea', 'select']);
// Elements that start a new paragraph in the text.
const blocks = new Set([
  'p', 'div', 'br', 'hr', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'tr', 'table', 'thead', 'tbody', 'tfoot', 'section', 'article',
  'aside', 'header', 'footer', 'main', 'nav', 'blockquote', 'pre', 'figure', 'figcaption', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'html', 'body', 'form', 'fieldset', 'address', 'details', 'summary',
]);
// A tag, a declaration (`<!doctype>`) or a processing instruction, from `<` to `>`; `[^<>]*` stops at the next `<`, so a stray `<` scans only to the next one.
const tagAt = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)(?:[\s/][^<>]*)?>|<[!?][^<>]*>/y;
// Only text with one of these tags is treated as HTML; a lone `a <b` in prose is left alone.
const looksLikeHtml = /<\/?(?:p|div|br|span|a|b|i|em|strong|img|script|style|h[1-6]|ul|ol|li|table|tr|td|html|body|head|meta|link|iframe|figure|section|article|blockquote|noscript|svg)\b[^<>]*>|<!--|<!doctype/i;

/** Strips markup when the text looks like HTML; decodes entities (`&amp;`, `&#8217;`) in any case. */
export function stripHtml(input: string): Stripped {
  if (!looksLikeHtml.test(input)) return { text: decodeHTMLStrict(input), html: false };
  const parts: string[] = [];
  // Where the last `-->` is: a comment opened after it is never closed, found without another scan.
  const lastClose = input.lastIndexOf('-->');
  let i = 0;
  while (i < input.length) {
    const lt = input.indexOf('<', i);
    if (lt < 0) { parts.push(decodeHTML(input.slice(i))); break; }
    parts.push(decodeHTML(input.slice(i, lt)));
    i = skipMarkup(input, lt, parts, lastClose);
  }
  return { text: parts.join('').replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim(), html: true };
}

/** Handles the markup at `lt` (a `<`), pushing any line break it stands for; returns where the text goes on. */
function skipMarkup(input: string, lt: number, parts: string[], lastClose: number): number {
  if (input.startsWith('<!--', lt)) {
    // Note: a comment never closed is kept as text, so a stray `<!--` cannot swallow an article.
    if (lastClose >= lt + 4) return input.indexOf('-->', lt + 4) + 3;
    parts.push('<!--');
    return lt + 4;
  }
  tagAt.lastIndex = lt;
  const m = tagAt.exec(input);
  if (!m) { parts.push('<'); return lt + 1; }
  const after = lt + m[0].length;
  const name = m[2]?.toLowerCase();
  if (!name) return after;
  if (!m[1] && dropped.has(name) && !m[0].endsWith('/>')) return closingTagEnd(input, name, after);
  parts.push(blocks.has(name) ? '\n\n' : name === 'td' || name === 'th' ? ' ' : '');
  return after;
}

/** The index after `</name>` from `from` on, or the end of the input when it is never closed. */
function closingTagEnd(input: string, name: string, from: number): number {
  const close = new RegExp(`</${name}\\s*>`, 'gi');
  close.lastIndex = from;
  const m = close.exec(input);
  return m ? m.index + m[0].length : input.length;
}

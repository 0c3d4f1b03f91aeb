// Escaping for Mermaid labels: seed text must never end a quoted label,
// start a comment or directive, or reach the page as HTML. Used only by
// mermaid.ts.

/** Longest node label, in characters, before it is cut with an ellipsis. */
export const maxNodeLabel = 40;
/** Longest edge label. */
export const maxEdgeLabel = 32;

// Characters left as they are inside a quoted label; everything else is
// written as a Mermaid entity code, so no seed text can close the quotes,
// start a comment (`%%`), a directive, a markdown string (backtick) or HTML.
const safeChar = /[\p{L}\p{N} .,'’()\-/?!+]/u;
const namedEntities: Record<string, string> = { '"': 'quot', '<': 'lt', '>': 'gt', '&': 'amp' };

/** Collapses whitespace, drops control and format characters, and cuts text to `max` characters. */
function tidy(text: string, max: number): string {
  const chars = [...text.normalize('NFC').replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cs}]/gu, ' ').replace(/\s+/gu, ' ').trim()];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

/** Text for inside `"…"` in a Mermaid label: unsafe characters become entity codes (`#quot;`, `#35;`). */
export function mermaidLabel(text: string, max = maxNodeLabel): string {
  let out = '';
  for (const ch of tidy(text, max)) {
    if (safeChar.test(ch)) out += ch;
    else out += `#${namedEntities[ch] ?? ch.codePointAt(0)};`;
  }
  return out || '#160;';
}

/** Text for `accTitle`/`accDescr` lines, which take no entity codes: plain words and light punctuation only. */
export function mermaidPlainText(text: string, max = 160): string {
  return tidy(text.replace(/[^\p{L}\p{N} .,'’()\-]/gu, ' '), max) || 'Diagram';
}

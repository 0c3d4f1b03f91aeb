// Pairs quotation marks in one paragraph. Curly marks say which way they
// face; a straight `"` is read from its neighbours (space before and a letter
// after opens, a letter before and space or punctuation after closes).

/** A quotation found in a paragraph: offsets of its opening mark and of its closing mark (or the paragraph's end). */
export interface QuoteSpan {
  open: number;
  close: number;
  /** False when the paragraph ended before a closing mark (news style continues the quote in the next paragraph). */
  closed: boolean;
}

const opensAfter = /[\s(\[{—–-]/;
const closesBefore = /[\s.,;:!?)\]}—–-]/;

/** How a mark at `i` faces: 'open', 'close' or 'either'. */
function facing(text: string, i: number): 'open' | 'close' | 'either' {
  const mark = text[i]!;
  if (mark === '“' || mark === '„') return 'open';
  const prev = i > 0 ? text[i - 1]! : '';
  const next = i + 1 < text.length ? text[i + 1]! : '';
  const openPos = (prev === '' || opensAfter.test(prev)) && next !== '' && !/\s/.test(next);
  const closePos = prev !== '' && !/\s/.test(prev) && (next === '' || closesBefore.test(next));
  if (mark === '”') return openPos && !closePos ? 'either' : 'close';
  if (openPos && !closePos) return 'open';
  if (closePos && !openPos) return 'close';
  return 'either';
}

/** Every double-quoted span of `text`, in order. Single quotes are left alone: they are apostrophes far more often. */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c !== '"' && c !== '“' && c !== '”' && c !== '„') continue;
    const way = facing(text, i);
    if (open < 0) {
      // A closing mark with nothing open is a stray (or a typo); skip it.
      if (way !== 'close') open = i;
    } else if (way === 'open' && c !== '”') {
      // Note: an opening mark inside a quotation means the last one was never closed.
      spans.push({ open, close: i, closed: false });
      open = i;
    } else {
      spans.push({ open, close: i, closed: true });
      open = -1;
    }
  }
  if (open >= 0) spans.push({ open, close: text.length, closed: false });
  return spans;
}

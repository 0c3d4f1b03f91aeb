// The left-to-right scan of one sentence's tokens: at each word, a lexicon
// form, a title, or a run of capitalised words.
import type { Mention, Sentence } from '../types.ts';
import { lexiconForm } from './forms.ts';
import { nameRun } from './names.ts';
import type { Scan } from './state.ts';
import { titled } from './titles.ts';
import type { MentionTools } from './tools.ts';
import type { Token } from './words.ts';

/** Every mention in one sentence. */
export function scanSentence(s: Sentence, words: Token[], tools: MentionTools, known: Set<string>): Mention[] {
  const scan: Scan = { s, tokens: splitCompounds(words, tools), tools, known, out: [] };
  let i = 0;
  while (i < scan.tokens.length) i = step(scan, i);
  return scan.out;
}

function step(scan: Scan, i: number): number {
  const t = scan.tokens[i]!;
  if (!t.word) return i + 1;
  return lexiconForm(scan, i) ?? titled(scan, i) ?? (t.cap ? nameRun(scan, i) : i + 1);
}

/** "Iran-Doha", "US-supplied": a hyphenated word whose first part the lexicon knows reads as its parts. */
function splitCompounds(tokens: Token[], tools: MentionTools): Token[] {
  return tokens.flatMap((t) => {
    if (!t.word || !t.text.includes('-')) return [t];
    const parts = t.text.split('-');
    if (!tools.lex.forms.has(parts[0]!)) return [t];
    const out: Token[] = [];
    let at = t.start;
    parts.forEach((p, k) => {
      if (k > 0) out.push({ text: '-', start: at, end: at + 1, cap: false, word: false }), at++;
      if (p) out.push({ text: p, start: at, end: at + p.length, cap: /^\p{Lu}/u.test(p), word: true });
      at += p.length;
    });
    return out;
  });
}


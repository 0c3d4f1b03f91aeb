// A run of capitalised words that may be a name: "Sheikh Mohammed bin
// Abdulrahman Al Thani", "Rapid Support Forces". Lowercase particles count
// inside a run when a capitalised word follows them.
import type { MentionTools } from './tools.ts';
import type { Token } from './tokens.ts';

/** Words that join a body's name to its complement ("Ministry of Foreign Affairs", "Board of Governors"), after a head word only. */
const joiners = new Set(['of', 'for', 'on']);

/** Index one past the last token of the run that starts at `i` (a capitalised token); a joiner may follow a head word (`tools.headsLast`). */
export function runEnd(tokens: Token[], i: number, tools: Pick<MentionTools, 'headsLast' | 'particles' | 'lex'>): number {
  const heads = tools.headsLast;
  const stop = tools.lex.notActors;
  let j = i;
  while (j < tokens.length) {
    const t = tokens[j]!;
    if (t.cap && t.word && !(j > i && stop.has(t.text.toLowerCase()))) { j++; continue; }
    const next = tokens[j + 1];
    const joins = tools.particles.has(t.text.toLowerCase()) || (joiners.has(t.text) && !!heads?.has(tokens[j - 1]?.text ?? '')) || andJoins(tokens, j, heads);
    if (t.word && joins && next?.cap && next.word && j > i) { j++; continue; }
    break;
  }
  // A run never ends on a particle.
  while (j > i + 1 && !tokens[j - 1]!.cap) j--;
  return j;
}

/** The words of tokens[i..j) joined as written in `text`. */
export function spanText(text: string, tokens: Token[], i: number, j: number): string {
  return text.slice(tokens[i]!.start, tokens[j - 1]!.end);
}

/**
 * "Securities and Exchange Commission", "Department for Work and Pensions":
 * "and" joins two runs when the run after it ends in a head word. "Iran and
 * Russia" stays two names.
 */
function andJoins(tokens: Token[], j: number, heads?: ReadonlyMap<string, unknown>): boolean {
  if (!heads || (tokens[j]!.text !== 'and' && tokens[j]!.text !== '&')) return false;
  let k = j + 1;
  while (tokens[k]?.cap && tokens[k]!.word) k++;
  return k > j + 1 && heads.has(tokens[k - 1]!.text);
}

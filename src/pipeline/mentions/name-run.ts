// A run of capitalised words that may be a name: "Sheikh Mohammed bin
// Abdulrahman Al Thani", "Rapid Support Forces". Lowercase particles count
// inside a run when a capitalised word follows them.
import type { MentionTools } from './tools.ts';
import type { Token } from './words.ts';

// Words that join a body's name to its complement ("Ministry of Foreign Affairs") after a head word only: words.tsv `head-joiner`.

/** Index one past the last token of the run that starts at `i` (a capitalised token); a joiner may follow a head word (`tools.headsLast`). */
export function runEnd(tokens: Token[], i: number, tools: Pick<MentionTools, 'headsLast' | 'headJoiners' | 'particles' | 'gluedParticles' | 'lex'>): number {
  const heads = tools.headsLast;
  const stop = tools.lex.notActors;
  const particles = tools.particles;
  const nameWord = (t: Token) => isNameWord(t, tools.gluedParticles);
  let j = i;
  while (j < tokens.length) {
    const t = tokens[j]!;
    if (nameWord(t) && !(j > i && stop.has(t.text.toLowerCase()))) { j++; continue; }
    // "von der Leyen", "de la Cruz": particles in a row join when a name word follows them.
    let k = j;
    while (k > i && tokens[k]?.word && particles.has(tokens[k]!.text.toLowerCase())) k++;
    if (k > j + 1 && tokens[k] && nameWord(tokens[k]!)) { j = k; continue; }
    const next = tokens[j + 1];
    const joins = particles.has(t.text.toLowerCase()) || (tools.headJoiners.has(t.text) && !!heads?.has(tokens[j - 1]?.text ?? '')) || andJoins(tokens, j, heads);
    if ((t.word || t.text === '&') && joins && next && nameWord(next) && j > i) { j++; continue; }
    break;
  }
  // A run never ends on a particle.
  while (j > i + 1 && !nameWord(tokens[j - 1]!)) j--;
  return j;
}

/** A capitalised word, or a particle glued to one ("al-Assad", "d'Estaing"). */
function isNameWord(t: Token, gluedParticles: ReadonlySet<string>): boolean {
  if (t.cap) return t.word;
  const glued = /^(\p{Ll}+)[-'’]\p{Lu}/u.exec(t.text);
  return t.word && !!glued && gluedParticles.has(glued[1]!);
}

/** The words of tokens[i..j) joined as written in `text`. */
export function spanText(text: string, tokens: Token[], i: number, j: number): string {
  return text.slice(tokens[i]!.start, tokens[j - 1]!.end);
}

/**
 * "Securities and Exchange Commission", "Department for Work and Pensions":
 * "and" joins two runs when the run after it ends in a head word. "Iran and
 * Russia" stays two names. "&" between capitalised words always joins: it is
 * written inside names ("Standard & Poor's", "Marks & Spencer", "Securities &
 * Exchange Commission"; 60 such names in the BBC corpus), not between two.
 */
function andJoins(tokens: Token[], j: number, heads?: ReadonlyMap<string, unknown>): boolean {
  if (tokens[j]!.text === '&') return true;
  if (!heads || tokens[j]!.text !== 'and') return false;
  let k = j + 1;
  while (tokens[k]?.cap && tokens[k]!.word) k++;
  return k > j + 1 && heads.has(tokens[k - 1]!.text);
}

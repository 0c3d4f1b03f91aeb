// Where actors stand in an article: each resolved mention (and each
// reference resolved so far) as a site, with its grammatical role from the
// parse, so a pronoun can prefer a subject and skip a name inside a quotation.
import type { ActorType } from '../../model/index.ts';
import type { Sentence, SyntaxWord, WithActors } from '../types.ts';
import { partitionPoint } from '../../util/partition-point.ts';

/** One place an actor (or a coordination of actors) is named or pointed to. */
export interface Site {
  sentence: number;
  start: number;
  end: number;
  actors: string[];
  /** The word heading the span: its deprel says subject, object, possessor. */
  deprel: string;
  /** The index of that word in the parse, -1 when no word overlaps. */
  word: number;
  /** Inside quotation marks. */
  quoted: boolean;
  /** A rival (no actors): a name or noun phrase a pronoun may point to that is no actor of the article, with its sex when known. */
  rival?: { kind: 'person' | 'thing'; sex?: 'm' | 'f' };
}

/** The parse word heading `[start, end)` of a sentence: the overlapping word whose head lies outside the span. */
export function headWord(words: readonly SyntaxWord[], start: number, end: number): number {
  // Note: words are in text order; a binary search finds the first that ends after `start`, so a long sentence costs log n.
  const lo = partitionPoint(words, (w) => w.end <= start);
  const inside: number[] = [];
  for (let i = lo; i < words.length && words[i]!.start < end; i++) inside.push(i);
  return inside.find((i) => !inside.includes(words[i]!.head)) ?? inside[0] ?? -1;
}

/** True when a deprel is a subject's ("nsubj", "nsubj:pass"). */
export function isSubject(deprel: string): boolean {
  return deprel.startsWith('nsubj');
}

/** The role a word plays for the clause: through "conj" and "appos" and "flat" to the first word of the chain. */
export function clauseRole(words: readonly SyntaxWord[], i: number): string {
  let k = i;
  for (let n = 0; n < 4 && k >= 0 && /^(?:conj|appos|flat|compound)/.test(words[k]!.deprel); n++) k = words[k]!.head;
  return k >= 0 ? words[k]!.deprel : '';
}

/**
 * Per sentence, the character ranges inside quotation marks. A quotation
 * may open in one sentence and close in a later one of its paragraph. A
 * straight mark opens when it follows a space, a bracket or a colon (or
 * starts the sentence) and closes otherwise, so one stray mark cannot turn
 * the rest of the paragraph inside out.
 */
export function quotedRanges(sentences: readonly Sentence[]): [number, number][][] {
  let open = false;
  let paragraph = -1;
  return sentences.map((s) => {
    if (s.paragraph !== paragraph) open = false;
    paragraph = s.paragraph;
    const out: [number, number][] = [];
    let from = open ? 0 : -1;
    for (let i = 0; i < s.text.length; i++) {
      const c = s.text[i]!;
      const opening = c === '“' || (c === '"' && (i === 0 || /[\s(\[:—–-]/.test(s.text[i - 1]!)));
      if (c !== '“' && c !== '”' && c !== '"') continue;
      if (opening && !open) { open = true; from = i; } else if (!opening && open) { open = false; out.push([from, i]); }
    }
    if (open) out.push([from, s.text.length]);
    return out;
  });
}

/** The sites of every resolved mention, sentence by sentence, in reading order. */
export function mentionSites(doc: WithActors, quoted: readonly [number, number][][]): Site[][] {
  const out: Site[][] = doc.sentences.map(() => []);
  for (const m of doc.mentions) {
    if (!m.actor) continue;
    const words = doc.parses[m.sentence] ?? [];
    const word = headWord(words, m.start, m.end);
    out[m.sentence]?.push({
      sentence: m.sentence, start: m.start, end: m.end, actors: [m.actor], word,
      deprel: word >= 0 ? clauseRole(words, word) : '', quoted: inside(quoted[m.sentence] ?? [], m.start),
    });
  }
  for (const s of out) s.sort((a, b) => a.start - b.start);
  return out;
}

/** True when offset `at` lies inside one of `ranges`. */
export function inside(ranges: readonly [number, number][], at: number): boolean {
  // Note: a quotation that runs on from the sentence before starts at 0 with no mark: its first word is inside it.
  return ranges.some(([a, b]) => (at > a || at === a && a === 0) && at < b);
}

/** Actor id → type, for the resolvers' filters. */
export type TypeOf = (actor: string) => ActorType | undefined;

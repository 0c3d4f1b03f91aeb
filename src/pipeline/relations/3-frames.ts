// Step 3: frames on the tree. Each frame row of verbs.tsv ("A ~hold * talks
// with B") becomes a parse frame: its head (a verb lemma or a noun), and for
// each actor slot the path that reaches it from the head (subject, object,
// an oblique with its preposition, possibly through a noun: "held talks with
// B" is hold -> talks -> with B), a name glued to the head by a hyphen
// ("Mordor-backed", "the Arnor-Gondor relationship") or set beside its noun
// ("Mordor's proxy the Orc Legion"). Every row of verbs.tsv must have such a
// reading (tree.test.ts): one that had none would be dead data.
import type { CameoCode } from '../../model/index.ts';
import { inflect } from './inflect.ts';
import type { FrameBook } from './verb-frames.ts';

/** How a slot is reached from the frame's head word. */
export type Path =
  | { kind: 'subj' }
  | { kind: 'obj'; preps?: ReadonlySet<string> }
  | { kind: 'owner' }
  /** `bare`: the preposition follows the verb itself in the pattern ("A ~arrive in B"), no object or gap between. */
  | { kind: 'prep'; preps: ReadonlySet<string>; nouns?: ReadonlySet<string>; bare?: boolean }
  /** The name set beside the head noun: "proxy Orc Legion", "its proxy, the Orc Legion". */
  | { kind: 'beside' }
  /** The noun a hyphenated participle describes: "Mordor-backed fighters". */
  | { kind: 'described' }
  /**
   * A name glued by a hyphen: `near` the one right before the head ("Gondor relationship" in
   * "Arnor-Gondor relationship"), `far` the one before the hyphen before that ("Arnor"), `glued` the
   * one before a hyphen right before the head ("Mordor-backed").
   */
  | { kind: 'hyphen'; at: 'near' | 'far' | 'glued' };

/** A frame read on the dependency tree. */
export interface TreeFrame {
  pattern: string;
  cameo: CameoCode;
  symmetric: boolean;
  /** A verb frame's head is matched by lemma, a noun frame's by the word as written. */
  verbal: boolean;
  source?: Path;
  target?: Path;
  /** A list slot (AB): every pair of its actors. */
  pairs?: Path;
  /** Other words of the frame ("closer" in "AB ~grow closer", "each other"): one of each set must hang under the head. */
  extra: ReadonlySet<string>[];
  /** Number of elements: longer frames are tried first. */
  size: number;
}

/** Frames by head word (verb lemma or noun), longest first. */
export type TreeFrames = Map<string, TreeFrame[]>;

/** Reads every frame of the book on the tree; frames that have no tree reading are skipped. */
export function treeFrames(book: Pick<FrameBook, 'frames' | 'classes'>): TreeFrames {
  const out: TreeFrames = new Map();
  const prepWords = new Set([...book.classes.preposition, ...book.classes['weak-anchor']].filter((w) => /^\p{L}+$/u.test(w)));
  const filler = book.classes.determiner;
  for (const f of book.frames) {
    if (f.pattern.endsWith('(passive)')) continue; // the tree reads passives itself
    const read = readFrame(f.pattern, prepWords, filler);
    if (!read) continue;
    const frame: TreeFrame = { pattern: f.pattern, cameo: f.cameo, symmetric: f.symmetric, verbal: read.verbal, ...read.slots, extra: read.extra, size: f.elements.length };
    // A verb is also found by its forms: the lemmatizer misses some ("expelled" -> "expell").
    for (const h of read.verbal ? [...new Set(read.heads.flatMap(inflect))] : read.heads) {
      const list = out.get(h) ?? [];
      list.push(frame);
      out.set(h, list);
    }
  }
  for (const list of out.values()) list.sort((a, b) => b.size - a.size);
  return out;
}

type Slots = Pick<TreeFrame, 'source' | 'target' | 'pairs'>;

/** The head words and slot paths of one pattern, or undefined when it has no tree reading. */
function readFrame(pattern: string, prepWords: ReadonlySet<string>, filler: ReadonlySet<string>): { heads: string[]; verbal: boolean; slots: Slots; extra: ReadonlySet<string>[] } | undefined {
  const tokens = pattern.split(/\s+/).filter(Boolean);
  const glued = hyphenFrame(tokens);
  if (glued) return glued;
  if (tokens.some((t) => t === '^' || t === 'S' || t === '-' || t === ',' || t === "'s")) return undefined;
  const isSlot = (t: string) => t === 'A' || t === 'B' || t === 'AB';
  const isGap = (t: string) => t === '*' || t === '**';
  const words = (t: string) => t.replace(/\?$/, '').split('|').map((w) => w.replace(/^~/, '').toLowerCase());
  const isPrep = (t: string) => words(t).every((w) => prepWords.has(w));
  const plain = (t: string) => !isSlot(t) && !isGap(t) && !t.endsWith('?') && !words(t).every((w) => filler.has(w));
  let anchor = tokens.findIndex((t) => t.startsWith('~'));
  const verbal = anchor >= 0;
  if (!verbal) anchor = tokens.findIndex((t) => plain(t) && !isPrep(t));
  if (anchor < 0) return undefined;
  const slots: Slots = {};
  const used = new Set<number>([anchor]);
  const before: ReadonlySet<string>[] = [];
  for (let j = 0; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (!isSlot(t)) continue;
    let path: Path | undefined;
    if (j < anchor) {
      const between = tokens.slice(j + 1, anchor).filter(plain);
      // "A ~verb": the subject; "A visit to": the owner. "AB jointly ~call": an adverb between
      // subject and verb is a word that must hang under the verb.
      if (between.length && (!verbal || between.some(isPrep))) return undefined;
      before.push(...between.map((b) => new Set(words(b))));
      path = verbal ? { kind: 'subj' } : { kind: 'owner' };
    } else {
      const at = (k: number) => k > anchor && k < j && plain(tokens[k]!);
      const between = tokens.map((_, k) => k).filter(at);
      const last = between.at(-1);
      if (last === undefined) {
        // "A * proxy|proxies B": the name beside the noun.
        if (!verbal) path = { kind: 'beside' };
        else {
          // "A ~meet with? B": the optional preposition makes "met with B" an oblique.
          const optional = tokens.slice(anchor + 1, j).filter((b) => b.endsWith('?') && isPrep(b));
          path = optional.length ? { kind: 'obj', preps: new Set(optional.flatMap(words)) } : { kind: 'obj' };
        }
      } else if (verbal && between.length === 1 && last === anchor + 1 && !isPrep(tokens[last]!)) {
        // "A ~turn down B", "A ~shoot down B": a particle right after the verb (compound:prt) leaves B
        // its object; the particle stays a word that must hang under the verb.
        path = { kind: 'obj' };
      } else {
        if (!isPrep(tokens[last]!)) return undefined;
        const noun = between.slice(0, -1).reverse().find((b) => !isPrep(tokens[b]!));
        between.forEach((b) => isPrep(tokens[b]!) && used.add(b));
        if (noun !== undefined) used.add(noun);
        const bare = verbal && tokens.slice(anchor + 1, last).every((b) => isPrep(b) || (b.endsWith('?') && !isGap(b)));
        path = { kind: 'prep', preps: new Set(words(tokens[last]!)), ...(noun !== undefined ? { nouns: new Set(words(tokens[noun]!)) } : {}), ...(bare ? { bare } : {}) };
      }
    }
    const role = t === 'A' ? 'source' : t === 'B' ? 'target' : 'pairs';
    if (slots[role]) return undefined;
    slots[role] = path;
  }
  if (!slots.pairs && !(slots.source && slots.target)) return undefined;
  const extra = [...before, ...tokens.flatMap((tk, k) => (k > anchor && !used.has(k) && plain(tk) && !isPrep(tk) ? [new Set(words(tk))] : []))];
  return { heads: words(tokens[anchor]!), verbal, slots, extra };
}

/** "A - backed B" (the participle heads, B the noun it describes) and "A - B relationship" (the noun heads). */
function hyphenFrame(tokens: string[]): ReturnType<typeof readFrame> {
  const heads = (t: string) => t.split('|').map((w) => w.toLowerCase());
  const [a, dash, x, y] = tokens;
  if (tokens.length !== 4 || a !== 'A' || dash !== '-') return undefined;
  if (y === 'B' && !x!.startsWith('~')) return { heads: heads(x!), verbal: false, slots: { source: { kind: 'hyphen', at: 'glued' }, target: { kind: 'described' } }, extra: [] };
  if (x === 'B' && !y!.startsWith('~')) return { heads: heads(y!), verbal: false, slots: { source: { kind: 'hyphen', at: 'far' }, target: { kind: 'hyphen', at: 'near' } }, extra: [] };
  return undefined;
}

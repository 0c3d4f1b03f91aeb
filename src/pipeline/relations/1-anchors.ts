// Step 1: anchors. Each actor mention and resolved reference of a sentence is
// pinned to the head word of its span, so the later steps can read actors off
// the dependency tree. A demonym or owner of a stand-in noun ("Israeli
// officials", "Iran's delegation", "the forces of Mordor") pins the noun too.
import type { ActorMention, Reference, SyntaxWord } from '../types.ts';
import { headWord } from '../references/sites.ts';

/** What a word of the tree stands for: the actors it names, and whether they are people. */
export interface Anchor {
  actors: string[];
  person: boolean;
  /** How many names a stand-in noun stands for ("Chinese and US officials": 2); one when absent. */
  names?: number;
}

/** A parsed sentence with its children lists and the actors pinned to its words. */
export interface Tree {
  words: SyntaxWord[];
  kids: number[][];
  anchors: Map<number, Anchor>;
}

/** Spans that point to actors: resolved mentions and references alike. */
export interface Span {
  start: number;
  end: number;
  actors: string[];
  /** A nationality word ("Russian", "Spaniard") rather than a name. */
  demonym?: boolean;
}

/** The tree of one sentence with its spans pinned to head words. */
export function anchorTree(words: SyntaxWord[], spans: readonly Span[], isPerson: (id: string) => boolean, standin: ReadonlySet<string>, time: ReadonlySet<string>, collective: readonly string[] = []): Tree {
  const kids: number[][] = words.map(() => []);
  words.forEach((w, i) => {
    if (w.head >= 0) kids[w.head]!.push(i);
  });
  const anchors = new Map<number, Anchor>();
  for (const span of spans) {
    const head = headWord(words, span.start, span.end);
    if (head < 0 || !span.actors.length) continue;
    if (span.demonym && isNational(words, kids, head, collective)) continue;
    const had = anchors.get(head)?.actors ?? [];
    const actors = [...new Set([...had, ...span.actors])];
    anchors.set(head, { actors, person: actors.every(isPerson) });
  }
  liftNames(words, anchors, kids);
  liftOverTime(words, kids, anchors, time);
  pinStandins(words, kids, anchors, standin);
  return { words, kids, anchors };
}

/** The spans of a sentence: its resolved mentions and its references. */
export function sentenceSpans(mentions: readonly ActorMention[], references: readonly Reference[]): Span[] {
  return [
    ...mentions.flatMap((m) => (m.actor === undefined ? [] : [{ start: m.start, end: m.end, actors: [m.actor], ...(m.kind === 'demonym' ? { demonym: true } : {}) }])),
    ...references.map((r) => ({ start: r.start, end: r.end, actors: r.actors })),
  ];
}

/**
 * "breaking the Russian", "the Spaniard believed": a singular demonym that heads its own noun
 * phrase after a determiner is a person of that nation, not the state. Collective forms
 * ("the French", "the British", "the Chinese": `collective` endings) and plurals ("the Israelis")
 * still stand for the state.
 */
function isNational(words: SyntaxWord[], kids: number[][], i: number, collective: readonly string[]): boolean {
  const w = words[i]!;
  const text = w.text.toLowerCase();
  if (text.endsWith('s') || collective.some((e) => text.endsWith(e))) return false;
  if (w.upos !== 'NOUN' && w.upos !== 'PROPN' && !(w.upos === 'ADJ' && !modifierRels.has(w.deprel))) return false;
  if (modifierRels.has(w.deprel)) return false;
  return kids[i]!.some((k) => words[k]!.deprel === 'det');
}
const modifierRels = new Set(['amod', 'compound', 'nmod:poss']);

/** Relations by which a name hangs under its title ("Chinese leader Xi Jinping", "top diplomat Sergey Lavrov"). */
const nameRels = new Set(['flat', 'compound', 'appos', 'nmod:desc']);

/**
 * "Chinese leader Xi Jinping" parsed with "leader" as the head: the title word stands for the
 * person named under it, before "Chinese" could pin it to China.
 */
function liftNames(words: SyntaxWord[], anchors: Map<number, Anchor>, kids: number[][]): void {
  for (const [i, a] of [...anchors]) {
    const h = words[i]!.head;
    // "US Secretary of State Antony Blinken" parsed with the name as a caseless nmod of the title.
    const caseless = words[i]!.deprel === 'nmod' && !kids[i]!.some((k) => words[k]!.deprel === 'case') && h < i;
    // "Gondor Foreign Minister Aragorn" parsed as one flat name headed by the state: the phrase is
    // the person. BBC: "Argentine President Nestor Kirchner and Venezuelan President Hugo Chavez signed" (business/080).
    const flatUnderState = h >= 0 && words[i]!.deprel === 'flat' && anchors.get(h)?.person === false;
    if (h < 0 || (anchors.has(h) && !flatUnderState) || !(nameRels.has(words[i]!.deprel) || caseless) || !a.person) continue;
    if (words[h]!.upos !== 'NOUN' && words[h]!.upos !== 'PROPN') continue;
    anchors.set(h, a);
  }
}

/** "met with Wang Yi earlier Tuesday" parsed with Tuesday as the head of Wang Yi: the time word stands for the name under it. */
function liftOverTime(words: SyntaxWord[], kids: number[][], anchors: Map<number, Anchor>, time: ReadonlySet<string>): void {
  words.forEach((w, i) => {
    if (anchors.has(i) || !time.has(w.text.toLowerCase())) return;
    const named = kids[i]!.find((k) => anchors.has(k) && words[k]!.deprel !== 'nmod:poss' && words[k]!.deprel !== 'nmod');
    if (named !== undefined) anchors.set(i, anchors.get(named)!);
  });
}

/** "the forces of Mordor", "representatives from Iran": the prepositions by which a stand-in noun names its actor. */
const ofFrom = new Set(['of', 'from']);

/** Owner relations under which an actor word makes its head noun stand for it. */
const ownerRels = new Set(['amod', 'compound', 'nmod:poss', 'nmod']);

/**
 * "Israeli officials", "Iran's delegation", "the forces of Mordor", "envoys from Rohan": a stand-in
 * noun with an actor as its adjective, owner or "of" or "from" phrase stands for that actor. Only nouns not pinned
 * themselves, so "Iran's Foreign Minister Araghchi" stays Araghchi.
 */
function pinStandins(words: SyntaxWord[], kids: number[][], anchors: Map<number, Anchor>, standin: ReadonlySet<string>): void {
  // Nouns pinned here: "Chinese and US officials" (two owners, "US" a compound) stand for both.
  const pinned = new Set<number>();
  for (const [i, own] of [...anchors]) {
    // "the leaders of the United States, Qatar and Egypt": the noun stands for the whole list.
    const named = conjuncts(words, kids, i).filter((k) => anchors.has(k));
    const listed = named.flatMap((k) => anchors.get(k)!.actors);
    const a = listed.length ? { actors: [...new Set([...own.actors, ...listed])], person: own.person && listed.every(() => own.person), names: 1 + named.length } : own;
    // "the Foreign Ministers of England, France and Germany" with "England" no actor: a named
    // conjunct stands in the list's place.
    const at = listHead(words, anchors, i);
    const w = words[at]!;
    const h = w.head;
    if (h < 0 || (anchors.has(h) && !pinned.has(h)) || !ownerRels.has(w.deprel)) continue;
    const noun = words[h]!;
    if (!standin.has(noun.text.toLowerCase()) && !standin.has(noun.lemma.toLowerCase())) continue;
    if (w.deprel === 'nmod' && !kids[at]!.some((k) => words[k]!.deprel === 'case' && ofFrom.has(words[k]!.text.toLowerCase()))) continue;
    const had = pinned.has(h) ? anchors.get(h)! : undefined;
    anchors.set(h, had ? { actors: [...new Set([...had.actors, ...a.actors])], person: had.person && a.person, names: (had.names ?? 1) + (a.names ?? 1) } : a);
    pinned.add(h);
  }
}

/** The first word of the list word `i` is a conjunct in, climbing over conjuncts that name no actor. */
function listHead(words: readonly SyntaxWord[], anchors: ReadonlyMap<number, Anchor>, i: number): number {
  let at = i;
  for (let depth = 0; words[at]!.deprel === 'conj' && words[at]!.head >= 0 && !anchors.has(words[at]!.head) && depth < 8; depth++) at = words[at]!.head;
  return at;
}

/**
 * The conjuncts of word `i`, with those the parser hangs on the conjunct before them ("from Iran,
 * China, Uzbekistan and Turkmenistan" with "Turkmenistan" under "Uzbekistan").
 */
function conjuncts(words: readonly SyntaxWord[], kids: number[][], i: number, depth = 0): number[] {
  const direct = kids[i]!.filter((k) => words[k]!.deprel === 'conj');
  return depth > 6 ? direct : direct.flatMap((k) => [k, ...conjuncts(words, kids, k, depth + 1)]);
}

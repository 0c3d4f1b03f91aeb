// Compiles the rows of src/lexicon/verbs.tsv into frames and word classes,
// once per run (prepareFrameBook).
import type { Lexicon } from '../../lexicon/load.ts';
import type { VerbRow } from '../../lexicon/rule-files.ts';
import { CameoCode } from '../../model/index.ts';
import { inflect, participles } from './inflect.ts';

/** A frame slot: source, target, a list of pairwise partners, or the source as the sentence's subject. */
export type Role = 'A' | 'B' | 'AB' | 'S';

/** One element of a frame pattern. */
export type Element =
  | { kind: 'slot'; role: Role }
  | { kind: 'word'; words: ReadonlySet<string>; optional: boolean; verb: boolean }
  | { kind: 'gap'; max: number; wide: boolean }
  | { kind: 'start' };

/** A compiled frame: its elements, the index of its anchor element, and what it codes. */
export interface Frame {
  pattern: string;
  cameo: CameoCode;
  symmetric: boolean;
  elements: Element[];
  anchor: number;
  /** True when the frame has a verb. */
  verbal: boolean;
  /** The base forms of the frame's verbs. */
  verbs: string[];
}

/** The word classes of verbs.tsv, by name. */
export const wordClasses = [
  'joint', 'naming', 'stance', 'time', 'report', 'act', 'standin', 'negation', 'hypothetical', 'condition', 'determiner', 'preposition',
  'weak-anchor', 'unreal', 'disapproval', 'light', 'states-only', 'visit', 'venue', 'collective-demonym', 'company', 'partner',
  'fixture', 'sport', 'clause-opener', 'reciprocal', 'topic', 'claim', 'forum', 'approval', 'patient-of',
] as const;
export type WordClass = (typeof wordClasses)[number];

/** Everything the relations stage reads from verbs.tsv. */
export interface FrameBook {
  frames: Frame[];
  classes: Record<WordClass, ReadonlySet<string>>;
}

/** Compiles the lexicon's verb frames and word classes (once per run). */
export function prepareFrameBook(lex: Pick<Lexicon, 'verbs'>): FrameBook {
  return compileVerbFrames(lex.verbs);
}

/** Compiles the rows of verbs.tsv. Throws naming the row and the allowed values on bad data. */
export function compileVerbFrames(rows: readonly VerbRow[]): FrameBook {
  const classes = Object.fromEntries(wordClasses.map((c) => [c, new Set<string>()])) as Record<WordClass, Set<string>>;
  for (const row of rows) {
    const kind = row.kind;
    if ((wordClasses as readonly string[]).includes(kind)) for (const w of row.pattern.split('|')) classes[kind as WordClass].add(w.trim().toLowerCase());
    else if (kind !== 'frame') throw new Error(`verbs.tsv: kind \`${kind}\`, expected frame or one of ${wordClasses.join(', ')}`);
  }
  // Note: frames after classes, so that a frame may come before the `weak-anchor` row in the file.
  const frames = rows.filter((r) => r.kind === 'frame').flatMap((r) => compileFrame(r, classes['weak-anchor']));
  // The `joint` class names base forms; frames meet its verbs in any form.
  classes.joint = new Set([...classes.joint].flatMap(inflect));
  // So does `states-only`: a verb the lemmatizer misses ("chaired") is still known by its form.
  classes['states-only'] = new Set([...classes['states-only']].flatMap(inflect));
  classes.visit = new Set([...classes.visit].flatMap(inflect));
  return { frames, classes };
}

/** Compiles one frame row, plus its passive when it starts `A ~verb B`. */
function compileFrame(row: VerbRow, weak: ReadonlySet<string>): Frame[] {
  const where = `verbs.tsv: frame \`${row.pattern}\``;
  const cameo = CameoCode.safeParse(row.cameo);
  if (!cameo.success) throw new Error(`${where}: cameo \`${row.cameo}\`, expected 01 to 20`);
  if (row.symmetric !== 'yes' && row.symmetric !== 'no') throw new Error(`${where}: symmetric \`${row.symmetric}\`, expected yes or no`);
  const symmetric = row.symmetric === 'yes';
  const tokens = (row.pattern ?? '').split(/\s+/).filter(Boolean);
  const elements = tokens.map((t) => parseElement(t, where));
  if (!elements.some((e) => e.kind === 'slot')) throw new Error(`${where}: no A, B or AB slot`);
  const frame = finish(row.pattern, cameo.data, symmetric, elements, where, weak);
  const passive = passiveOf(tokens, where);
  return passive ? [frame, finish(`${row.pattern} (passive)`, cameo.data, symmetric, passive, where, weak)] : [frame];
}

function parseElement(token: string, where: string): Element {
  if (token === 'A' || token === 'B' || token === 'AB' || token === 'S') return { kind: 'slot', role: token };
  if (token === '*') return { kind: 'gap', max: 3, wide: false };
  if (token === '**') return { kind: 'gap', max: 6, wide: true };
  if (token === '^') return { kind: 'start' };
  const optional = token.endsWith('?') && token.length > 1;
  const body = optional ? token.slice(0, -1) : token;
  const alternatives = body.split('|').filter(Boolean);
  if (!alternatives.length) throw new Error(`${where}: empty element \`${token}\``);
  const verb = alternatives.some((a) => a.startsWith('~'));
  const words = alternatives.flatMap((a) => (a.startsWith('~') ? inflect(a.slice(1).toLowerCase()) : [a.toLowerCase()]));
  return { kind: 'word', words: new Set(words), optional, verb };
}

/** `A ~verb B rest` -> `B verb-participle by A rest`; other shapes have no passive. */
function passiveOf(tokens: string[], where: string): Element[] | undefined {
  const [a, verb, b, ...rest] = tokens;
  const verbs = verb?.split('|') ?? [];
  if (a !== 'A' || b !== 'B' || !verbs.length || !verbs.every((v) => v.startsWith('~'))) return undefined;
  const words = new Set(verbs.flatMap((v) => participles(v.slice(1).toLowerCase())));
  return [
    { kind: 'slot', role: 'B' },
    { kind: 'word', words, optional: false, verb: true },
    { kind: 'word', words: new Set(['by']), optional: false, verb: false },
    { kind: 'slot', role: 'A' },
    ...rest.map((t) => parseElement(t, where)),
  ];
}

function finish(pattern: string, cameo: CameoCode, symmetric: boolean, elements: Element[], where: string, weak: ReadonlySet<string>): Frame {
  const verbal = elements.some((e) => e.kind === 'word' && e.verb);
  const verbs = [...pattern.matchAll(/~([a-z]+)/g)].map((m) => m[1]!);
  let anchor = elements.findIndex((e) => e.kind === 'word' && e.verb && !e.optional);
  if (anchor < 0) anchor = elements.findIndex((e) => e.kind === 'word' && !e.optional && ![...e.words].every((w) => weak.has(w)));
  if (anchor < 0) throw new Error(`${where}: no word to anchor on; add a verb (~verb) or a content word`);
  return { pattern, cameo, symmetric, elements, anchor, verbal, verbs };
}

// The state of one sentence's scan and the helpers every reader of it shares.
import type { ActorType } from '../../model/index.ts';
import type { Mention, Sentence } from '../types.ts';
import { spanText } from './name-run.ts';
import type { HeadClass, MentionTools } from './tools.ts';
import type { Token } from './words.ts';

/** The actor a following title belongs to ("Iran’s | Foreign Minister", "IAEA | Director General"). */
export interface Context {
  roleOf: string;
  /** Token index where a title must start to take this context. */
  at: number;
}

/** One sentence being scanned: its tokens, what was found so far, and the title context. */
export interface Scan {
  s: Sentence;
  tokens: Token[];
  tools: MentionTools;
  known: Set<string>;
  out: Mention[];
  ctx?: Context;
}

export const openers = /^["“‘']$/u;

/** The first lexicon actor named inside tokens[i..end), as an affiliation. */
export function innerForm(scan: Scan, i: number, end: number): string | undefined {
  for (let k = i; k < end; k++) {
    const m = scan.tools.forms.match(scan.tokens, k);
    if (m) return m.value.id;
  }
  return undefined;
}

/** What the head words of tokens[i..end) say the name is, if anything. */
export function headClass(scan: Scan, i: number, end: number): HeadClass | undefined {
  const { tokens, tools } = scan;
  let inner: HeadClass | undefined;
  for (let k = i; k < end && !inner; k++) {
    const m = tools.headsAny.match(tokens, k);
    if (m && k + m.length <= end) inner = m.value;
  }
  // "Board of Governors": the head is the word before the joiner.
  const joiner = tokens.slice(i, end).findIndex((t) => !t.cap);
  const head = joiner > 0 && tools.headJoiners.has(tokens[i + joiner]!.text) ? tokens[i + joiner - 1]! : tokens[end - 1]!;
  const last = tools.headsLast.get(head.text);
  // "North American Aerospace Defense Command": a body's head outranks a phrase that is no name by itself.
  if (inner && !(inner === 'other' && isBody(last))) return inner;
  return last ?? (end - i > 1 ? tools.headsFirst.get(tokens[i]!.text) : undefined);
}

/** "Prime Minister Keir Starmer" is fine; a run never ends in a title word. */
export function stripTrailingTitle(scan: Scan, i: number, end: number): number {
  for (let k = i + 1; k < end; k++) if (scan.tools.titles.match(scan.tokens, k)) return k;
  return end;
}

/** Records a person's name, with the role and affiliation a title gave it. */
export function emitPerson(scan: Scan, i: number, end: number, role: string | undefined, roleOf: string | undefined): number {
  const text = spanText(scan.s.text, scan.tokens, i, end);
  const { lex } = scan.tools;
  if (lex.notActors.has(text.toLowerCase())) return end;
  // "Lord Manchester": one place after a title names no one this can tell ("Mr Straw" is someone).
  if (end - i === 1 && lex.places.has(text)) return end;
  const type: ActorType | undefined = scan.tools.lex.curated.types.get(text) ?? 'person';
  push(scan, i, end, { kind: 'name', type, ...(role ? { role } : {}), ...(roleOf ? { roleOf } : {}) });
  scan.ctx = { roleOf: '', at: -1 };
  return end;
}

/** Records a name that is not (known to be) a person's. */
export function emitName(scan: Scan, i: number, end: number, head: HeadClass | undefined, roleOf?: string): number {
  const text = spanText(scan.s.text, scan.tokens, i, end);
  if (scan.tools.lex.notActors.has(text.toLowerCase())) return end;
  const type = scan.tools.lex.curated.types.get(text) ?? (isBody(head) ? head : undefined);
  push(scan, i, end, { kind: 'name', ...(type ? { type } : {}), ...(roleOf ? { roleOf } : {}) });
  return end;
}

/** Records the mention spanning tokens[i..end). */
export function push(scan: Scan, i: number, end: number, extra: Partial<Mention> & Pick<Mention, 'kind'>): void {
  const start = scan.tokens[i]!.start;
  const stop = scan.tokens[end - 1]!.end;
  scan.out.push({ sentence: scan.s.index, start, end: stop, text: scan.s.text.slice(start, stop), ...extra });
}

/** Head classes that name a body: an actor that is not a person. */
export function isBody(head: HeadClass | undefined): head is 'organization' | 'group' | 'media' {
  return head === 'organization' || head === 'group' || head === 'media';
}

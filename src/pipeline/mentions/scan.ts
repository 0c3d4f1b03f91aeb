// The left-to-right scan of one sentence's tokens.
import type { ActorType } from '../../model/index.ts';
import type { Mention, Sentence } from '../types.ts';
import { runEnd, spanText } from './name-run.ts';
import type { HeadClass, MentionTools } from './tools.ts';
import { isPossessive, tokenize, type Token } from './tokens.ts';

/** The actor a following title belongs to ("Iran’s | Foreign Minister", "IAEA | Director General"). */
interface Context {
  roleOf: string;
  /** Token index where a title must start to take this context. */
  at: number;
}

interface Scan {
  s: Sentence;
  tokens: Token[];
  tools: MentionTools;
  known: Set<string>;
  out: Mention[];
  ctx?: Context;
}

// Note: no "a" or "an": "an Indian foreign minister" is someone, not the one the article names.
const determiners = new Set(['the', 'his', 'her', 'its', 'their']);
const openers = /^["“‘']$/u;

/** Every mention in one sentence. */
export function scanSentence(s: Sentence, tools: MentionTools, known: Set<string>): Mention[] {
  const scan: Scan = { s, tokens: splitCompounds(tokenize(s.text), tools), tools, known, out: [] };
  let i = 0;
  while (i < scan.tokens.length) i = step(scan, i);
  return scan.out;
}

function step(scan: Scan, i: number): number {
  const t = scan.tokens[i]!;
  if (!t.word) return i + 1;
  return lexiconForm(scan, i) ?? titled(scan, i) ?? (t.cap ? nameRun(scan, i) : i + 1);
}

/** A country, body, demonym or capital from the lexicon. */
function lexiconForm(scan: Scan, i: number): number | undefined {
  const { tokens, tools } = scan;
  const m = tools.forms.match(tokens, i);
  if (!m) return undefined;
  // "the UN Security Council": a longer name after "the" wins over "the UN".
  if (/^the$/i.test(tokens[i]!.text) && (tools.forms.match(tokens, i + 1)?.length ?? 0) >= m.length) return undefined;
  // "Latin American", "North American": a demonym inside a regional phrase names no state.
  const around = i > 0 ? tools.headsAny.match(tokens, i - 1) : undefined;
  if (around && around.length >= 2) return i + m.length;
  const j = i + m.length;
  // Note: a curated alias may name an actor no lexicon lists (a person): its type is decided later.
  const entry = tools.lex.entries.get(m.value.id) ?? { id: m.value.id, type: 'person' as const };
  const text = spanText(scan.s.text, tokens, i, j);
  if (tools.lex.notActors.has(text.toLowerCase())) return undefined;
  // "Israel Katz": a country that is also a given name, before a capitalised word.
  const next = tokens[j];
  if (tools.lex.firstNames.has(text) && next?.cap && next.word && !tools.forms.match(tokens, j) && !tools.titles.match(tokens, j)) return undefined;
  // "Iran Air", "Chinese Foreign Ministry": a lexicon form opening an unknown body's name.
  if (next?.cap && next.word && !tools.forms.match(tokens, j) && !tools.titles.match(tokens, j)) {
    const end = runEnd(tokens, j, tools.headsLast, tools.lex.notActors);
    const head = headClass(scan, i, end);
    if (isBody(head)) return emitName(scan, i, end, head, m.value.id);
    if (head) return end;
  }
  push(scan, i, j, { kind: m.value.kind, type: entry.type, entry: entry.id });
  // "US Sudan Envoy": of two names before a title, the first is the affiliation, the second the portfolio.
  const chained = scan.ctx?.at === i && scan.ctx.roleOf ? scan.ctx.roleOf : undefined;
  scan.ctx = { roleOf: chained ?? entry.id, at: isPossessive(tokens[j]) ? j + 1 : j };
  return entry.type === 'country' ? institution(scan, i, scan.ctx.at, entry.id) ?? j : j;
}

/** "the Chinese foreign ministry", "Beijing's foreign ministry": a state's body, after the state. */
function institution(scan: Scan, i: number, at: number, state: string): number | undefined {
  const m = scan.tools.institutions.match(scan.tokens, at);
  if (!m) return undefined;
  const end = at + m.length;
  const demonym = scan.tools.lex.demonymOf.get(state) ?? scan.tools.lex.entries.get(state)?.name ?? state;
  const name = `${demonym} ${m.value.replace(/\b\p{L}/gu, (c) => c.toUpperCase())}`;
  push(scan, i, end, { kind: 'name', type: 'organization', roleOf: state, name });
  return end;
}

/** A title, and the person it names or points to. */
function titled(scan: Scan, i: number): number | undefined {
  const { tokens } = scan;
  const titles = readTitles(scan, i);
  if (!titles) return undefined;
  const { end: j, role, pointer } = titles;
  const roleOf = scan.ctx?.at === i ? scan.ctx.roleOf : undefined;
  // "Foreign Minister Faramir Hurin", or with a comma: "Jordan’s foreign minister, Ayman Safadi".
  const nameAt = nameStarts(scan, j) ? j : tokens[j]?.text === ',' && (role || roleOf) && nameStarts(scan, j + 1) ? j + 1 : -1;
  if (nameAt >= 0) {
    const end = stripTrailingTitle(scan, nameAt, runEnd(tokens, nameAt, scan.tools.headsLast, scan.tools.lex.notActors));
    return emitPerson(scan, nameAt, end, role, roleOf);
  }
  // No name follows: a description ("the Iranian top diplomat", "Qatar's foreign minister").
  const before = tokens[i - 1];
  const det = roleOf ? undefined : before && determiners.has(before.text.toLowerCase()) ? before : undefined;
  if ((roleOf || det) && (role || pointer)) {
    const from = roleOf ? scan.out.at(-1)!.start : det!.start;
    const detBefore = roleOf ? tokens.findLast((x) => x.end <= from && x.word) : undefined;
    const start = detBefore && determiners.has(detBefore.text.toLowerCase()) && from - detBefore.end <= 1 ? detBefore.start : from;
    scan.out.push({
      sentence: scan.s.index, start, end: tokens[j - 1]!.end, text: scan.s.text.slice(start, tokens[j - 1]!.end),
      kind: 'description', type: 'person', ...(role ? { role } : {}), ...(roleOf ? { roleOf } : {}),
    });
  }
  return j;
}

/** Consecutive titles from token `i`: where they end, the longest role among them, and whether a pointer ("counterpart") was one. */
function readTitles(scan: Scan, i: number): { end: number; role?: string; pointer: boolean } | undefined {
  let j = i;
  let role: string | undefined;
  let pointer = false;
  for (let m = scan.tools.titles.match(scan.tokens, j); m; m = scan.tools.titles.match(scan.tokens, j)) {
    // A title listed in lowercase ("new", "acting") matches lowercase text only: "New York" is no title.
    if (m.value.text === m.value.text.toLowerCase() && scan.tokens[j]!.cap) break;
    if (m.value.kind === 'role' && (!role || m.value.role.length > role.length)) role = m.value.role;
    if (m.value.kind === 'pointer') pointer = true;
    j += m.length;
  }
  return j === i ? undefined : { end: j, ...(role ? { role } : {}), pointer };
}

/** True when a person's name can start at token `j`: a capitalised word that is no lexicon form, place or body. */
function nameStarts(scan: Scan, j: number): boolean {
  const t = scan.tokens[j];
  if (!t?.cap || !t.word || scan.tools.forms.match(scan.tokens, j)) return false;
  return !headClass(scan, j, runEnd(scan.tokens, j, scan.tools.headsLast, scan.tools.lex.notActors));
}

/** ", the Minister of Foreign Affairs of Iran" or ", Palestine’s Permanent Observer": a role given after a name. */
function apposition(scan: Scan, end: number): { role: string; roleOf?: string } | undefined {
  const { tokens, tools } = scan;
  if (tokens[end]?.text !== ',') return undefined;
  let k = end + 1;
  if (determiners.has(tokens[k]?.text.toLowerCase() ?? '')) k++;
  let roleOf: string | undefined;
  const form = tools.forms.match(tokens, k);
  if (form) {
    roleOf = form.value.id;
    k += form.length + (isPossessive(tokens[k + form.length]) ? 1 : 0);
  }
  const titles = readTitles(scan, k);
  if (!titles?.role) return undefined;
  k = titles.end;
  if (!roleOf && tokens[k]?.text === 'of') {
    k += tokens[k + 1]?.text === 'the' ? 2 : 1;
    roleOf = tools.forms.match(tokens, k)?.value.id;
  }
  return { role: titles.role, ...(roleOf ? { roleOf } : {}) };
}

/** A run of capitalised words that no lexicon knows. */
function nameRun(scan: Scan, i: number): number {
  const { tokens, tools, known } = scan;
  const t = tokens[i]!;
  const full = runEnd(tokens, i, tools.headsLast, tools.lex.notActors);
  const head = headClass(scan, i, full);
  if (head === 'place' || head === 'event' || head === 'other') return full;
  if (tools.lex.notActors.has(t.text.toLowerCase()) && !tools.lex.firstNames.has(t.text)) return i + 1;
  // "Later Hurin said": an everyday word opening a sentence is not part of the name after it.
  const initial = i === 0 || openers.test(tokens[i - 1]!.text);
  if (initial && tools.lex.commonWords.has(t.text.toLowerCase()) && !known.has(t.text) && !tools.lex.firstNames.has(t.text)) return i + 1;
  // A body's whole name, even with a country inside: "North American Aerospace Defense Command".
  if ((isBody(head)) && full - i > 1) return emitName(scan, i, full, head, innerForm(scan, i, full));
  // Cut the run where a lexicon form or title starts inside it.
  let end = full;
  for (let k = i + 1; k < end; k++) if (tools.forms.match(tokens, k) || tools.titles.match(tokens, k)) { end = k; break; }
  const words = end - i;
  const acronym = /^[\p{Lu}\p{N}&]{2,6}$/u.test(t.text);
  // A sentence's first word is a name only if the article capitalises it elsewhere, or another name word follows.
  if (initial && words === 1 && !acronym && !known.has(t.text) && !tools.lex.firstNames.has(t.text)) return i + 1;
  const text = spanText(scan.s.text, tokens, i, end);
  if (tools.lex.notActors.has(text.toLowerCase()) || tools.lex.places.has(text)) return end;
  if (words === 1 && tools.headsLast.has(t.text)) return end; // "Cabinet", "Assembly": a body, but which?
  if (isBody(head)) return emitName(scan, i, end, head);
  if (words === 1 && acronym) return emitName(scan, i, end, 'organization');
  if (words > 5) return end;
  // One word alone, a surname or a given name: the actors stage links it to a full name or reports it.
  if (words === 1) return emitName(scan, i, end, undefined);
  // Two to five capitalised words: a person when a given name opens them or none is an everyday word.
  const common = tokens.slice(i, end).some((w) => tools.lex.commonWords.has(w.text.toLowerCase()));
  if (common && !tools.lex.firstNames.has(t.text)) return end;
  return emitPerson(scan, i, end, undefined, undefined);
}

/** The first lexicon actor named inside tokens[i..end), as an affiliation. */
function innerForm(scan: Scan, i: number, end: number): string | undefined {
  for (let k = i; k < end; k++) {
    const m = scan.tools.forms.match(scan.tokens, k);
    if (m) return m.value.id;
  }
  return undefined;
}

function headClass(scan: Scan, i: number, end: number): HeadClass | undefined {
  const { tokens, tools } = scan;
  let inner: HeadClass | undefined;
  for (let k = i; k < end && !inner; k++) {
    const m = tools.headsAny.match(tokens, k);
    if (m && k + m.length <= end) inner = m.value;
  }
  // "Board of Governors": the head is the word before the joiner.
  const joiner = tokens.slice(i, end).findIndex((t) => !t.cap);
  const head = joiner > 0 && /^(?:of|for|on)$/.test(tokens[i + joiner]!.text) ? tokens[i + joiner - 1]! : tokens[end - 1]!;
  const last = tools.headsLast.get(head.text);
  // "North American Aerospace Defense Command": a body's head outranks a phrase that is no name by itself.
  if (inner && !(inner === 'other' && isBody(last))) return inner;
  return last ?? (end - i > 1 ? tools.headsFirst.get(tokens[i]!.text) : undefined);
}

/** "Prime Minister Keir Starmer" is fine; a run never ends in a title word. */
function stripTrailingTitle(scan: Scan, i: number, end: number): number {
  for (let k = i + 1; k < end; k++) if (scan.tools.titles.match(scan.tokens, k)) return k;
  return end;
}

function emitPerson(scan: Scan, i: number, end: number, role: string | undefined, roleOf: string | undefined): number {
  const text = spanText(scan.s.text, scan.tokens, i, end);
  if (scan.tools.lex.notActors.has(text.toLowerCase())) return end;
  const type: ActorType | undefined = scan.tools.lex.curated.types.get(text) ?? 'person';
  const after = role ? undefined : apposition(scan, end);
  const given = { role: role ?? after?.role, roleOf: roleOf ?? after?.roleOf };
  push(scan, i, end, { kind: 'name', type, ...(given.role ? { role: given.role } : {}), ...(given.roleOf ? { roleOf: given.roleOf } : {}) });
  scan.ctx = { roleOf: '', at: -1 };
  return end;
}

function emitName(scan: Scan, i: number, end: number, head: HeadClass | undefined, roleOf?: string): number {
  const text = spanText(scan.s.text, scan.tokens, i, end);
  if (scan.tools.lex.notActors.has(text.toLowerCase())) return end;
  const type = scan.tools.lex.curated.types.get(text) ?? (isBody(head) ? head : undefined);
  push(scan, i, end, { kind: 'name', ...(type ? { type } : {}), ...(roleOf ? { roleOf } : {}) });
  return end;
}

function push(scan: Scan, i: number, end: number, extra: Partial<Mention> & Pick<Mention, 'kind'>): void {
  const start = scan.tokens[i]!.start;
  const stop = scan.tokens[end - 1]!.end;
  scan.out.push({ sentence: scan.s.index, start, end: stop, text: scan.s.text.slice(start, stop), ...extra });
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

/** Head classes that name a body: an actor that is not a person. */
function isBody(head: HeadClass | undefined): head is 'organization' | 'group' | 'media' {
  return head === 'organization' || head === 'group' || head === 'media';
}

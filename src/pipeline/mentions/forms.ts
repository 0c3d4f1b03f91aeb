// Lexicon forms: countries, bodies, demonyms and capitals, and a state's
// institutions named after them.
import { runEnd, spanText } from './name-run.ts';
import { emitName, headClass, isBody, push, type Scan } from './state.ts';
import { isPossessive } from './words.ts';

/** A country, body, demonym or capital from the lexicon. */
export function lexiconForm(scan: Scan, i: number): number | undefined {
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
    const end = runEnd(tokens, j, tools);
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


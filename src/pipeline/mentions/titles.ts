// Titles before a name ("Foreign Minister Abbas Araghchi"), descriptions
// that point to a person ("the Iranian top diplomat"), and roles given after
// a name (", the Minister of Foreign Affairs of Iran").
import { runEnd } from './name-run.ts';
import { emitPerson, headClass, stripTrailingTitle, type Scan } from './state.ts';
import { isPossessive } from './words.ts';

/** A title, and the person it names or points to. */
export function titled(scan: Scan, i: number): number | undefined {
  const { tokens } = scan;
  const titles = readTitles(scan, i);
  if (!titles) return undefined;
  const { end: j, role, pointer, modifiersOnly } = titles;
  // A state before an office ("Gondor Foreign Minister X") or a possessive ("Gondor's Mr X") is the person's; before
  // an honorific alone it ends the phrase before: "a deal with Tanzania Mr Brown said" (no comma) is no Tanzanian.
  const ownsTitle = role || pointer || modifiersOnly || isPossessive(tokens[i - 1]);
  const roleOf = scan.ctx?.at === i && ownsTitle ? scan.ctx.roleOf : undefined;
  // "former England captain", "the new Xbox": a modifier alone says nothing of what follows; read it as untitled.
  if (modifiersOnly && !roleOf) return j;
  // "Foreign Minister Faramir Hurin", or with a comma: "Jordan’s foreign minister, Ayman Safadi".
  const comma = tokens[j]?.text === ',' && (role || roleOf) && !predicative(scan, i, roleOf) && nameStarts(scan, j + 1);
  const nameAt = nameStarts(scan, j) ? j : comma ? j + 1 : -1;
  if (nameAt >= 0) {
    const end = stripTrailingTitle(scan, nameAt, runEnd(tokens, nameAt, scan.tools));
    const after = role ? undefined : apposition(scan, end);
    return emitPerson(scan, nameAt, end, role ?? after?.role, roleOf ?? after?.roleOf);
  }
  // No name follows: a description ("the Iranian top diplomat", "Qatar's foreign minister").
  const before = tokens[i - 1];
  const det = roleOf ? undefined : before && scan.tools.determiners.has(before.text.toLowerCase()) ? before : undefined;
  if ((roleOf || det) && (role || pointer)) {
    const from = roleOf ? scan.out.at(-1)!.start : det!.start;
    const detBefore = roleOf ? wordBefore(scan, i, from) : undefined;
    const start = detBefore && scan.tools.determiners.has(detBefore.text.toLowerCase()) && from - detBefore.end <= 1 ? detBefore.start : from;
    scan.out.push({
      sentence: scan.s.index, start, end: tokens[j - 1]!.end, text: scan.s.text.slice(start, tokens[j - 1]!.end),
      kind: 'description', type: 'person', ...(role ? { role } : {}), ...(roleOf ? { roleOf } : {}),
    });
  }
  return j;
}

/**
 * True when the title at token `i` (with the country form before it, when
 * `roleOf`) follows "as": "his second term as US President, Tony Blair has
 * said" says what someone else is, and the name after the comma is not him.
 */
function predicative(scan: Scan, i: number, roleOf: string | undefined): boolean {
  const from = roleOf ? scan.out.at(-1)!.start : scan.tokens[i]!.start;
  return wordBefore(scan, i, from)?.text.toLowerCase() === 'as';
}

/** The last word token ending by offset `from`, looking back from token `i`. */
function wordBefore(scan: Scan, i: number, from: number): Scan['tokens'][number] | undefined {
  // Note: walks back from the title, not from the sentence's end, so a run-on sentence stays linear.
  let k = i - 1;
  while (k >= 0 && (scan.tokens[k]!.end > from || !scan.tokens[k]!.word)) k--;
  return scan.tokens[k];
}

/**
 * Consecutive titles from token `i`: where they end, the longest role among
 * them, and whether a pointer ("counterpart") was one. A possessive between
 * titles hands the role on: "the Russian President's Special Representative"
 * is a Special Representative.
 */
function readTitles(scan: Scan, i: number): { end: number; role?: string; pointer: boolean; modifiersOnly: boolean } | undefined {
  const { tokens, tools } = scan;
  let j = i;
  let role: string | undefined;
  let pointer = false;
  let modifiersOnly = true;
  for (let m = tools.titles.match(tokens, j); m; m = tools.titles.match(tokens, j)) {
    // A title listed in lowercase ("new", "acting") matches lowercase text only: "New York" is no title.
    if (m.value.text === m.value.text.toLowerCase() && tokens[j]!.cap) break;
    if (m.value.kind === 'role' && (!role || m.value.role.length > role.length)) role = m.value.role;
    if (m.value.kind === 'pointer') pointer = true;
    if (m.value.kind !== 'modifier') modifiersOnly = false;
    j += m.length;
    if (isPossessive(tokens[j]) && tools.titles.match(tokens, j + 1)) {
      j++;
      role = undefined;
    }
  }
  return j === i ? undefined : { end: j, ...(role ? { role } : {}), pointer, modifiersOnly };
}

/** True when a person's name can start at token `j`: a capitalised word that is no lexicon form, place or body. */
function nameStarts(scan: Scan, j: number): boolean {
  const t = scan.tokens[j];
  if (!t?.cap || !t.word || scan.tools.forms.match(scan.tokens, j)) return false;
  return !headClass(scan, j, runEnd(scan.tokens, j, scan.tools));
}

/** ", the Minister of Foreign Affairs of Iran" or ", Palestine’s Permanent Observer": a role given after a name. */
export function apposition(scan: Scan, end: number): { role: string; roleOf?: string } | undefined {
  const { tokens, tools } = scan;
  if (tokens[end]?.text !== ',') return undefined;
  let k = end + 1;
  if (scan.tools.determiners.has(tokens[k]?.text.toLowerCase() ?? '')) k++;
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


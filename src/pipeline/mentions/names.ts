// Runs of capitalised words that no lexicon knows, typed by their head
// words, given names and position in the sentence.
import { runEnd, spanText } from './name-run.ts';
import { emitName, emitPerson, headClass, innerForm, isBody, openers, type Scan } from './state.ts';
import { apposition } from './titles.ts';
import { appositionBody } from './apposition-body.ts';

/** A run of capitalised words that no lexicon knows. */
export function nameRun(scan: Scan, i: number): number {
  const { tokens, tools, known } = scan;
  const t = tokens[i]!;
  const full = runEnd(tokens, i, tools);
  // "Air Force One": a listed non-actor is skipped whole, before any part of it reads as a body.
  // Note: the run stops before a listed word ("One"), so the listed phrase may reach one token further.
  for (const e of [full + 1, full]) {
    if (e - i > 1 && e <= tokens.length && tools.lex.notActors.has(spanText(scan.s.text, tokens, i, e).toLowerCase())) return e;
  }
  const head = headClass(scan, i, full);
  // "Santa Clara County Superior Court Judge James Kleinberg": what is no actor ends where a title starts inside it.
  if (head === 'place' || head === 'event' || head === 'other') return titleInside(scan, i, full) ?? full;
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
  // "Metinvest, a mining group,": a description's head noun types the name, wherever it stands.
  const described = end === full ? appositionBody(scan, end) : undefined;
  if (described && !tools.lex.notActors.has(spanText(scan.s.text, tokens, i, end).toLowerCase())) return emitName(scan, i, end, described);
  // A sentence's first word is a name only if the article capitalises it elsewhere, or another name word follows.
  if (initial && words === 1 && !acronym && !known.has(t.text) && !tools.lex.firstNames.has(t.text)) return i + 1;
  const text = spanText(scan.s.text, tokens, i, end);
  if (tools.lex.notActors.has(text.toLowerCase()) || tools.lex.places.has(text)) return end;
  if (words === 1 && tools.headsLast.has(t.text)) return end; // "Cabinet", "Assembly": a body, but which?
  if (isBody(head) && words > 1) return emitName(scan, i, end, head);
  if (words === 1 && acronym) return emitName(scan, i, end, 'organization');
  if (words > 5) return end;
  // One word alone, a surname or a given name: the actors stage links it to a full name or reports it.
  if (words === 1) return emitName(scan, i, end, undefined);
  // "BMW X5", "Airbus A380", "Boeing 737": a model number makes a product, never a person.
  if (tokens.slice(i, end).some((w) => /\d/.test(w.text))) return end;
  // "Johnson & Johnson", "Ernst & Young": no person's name holds "&"; a firm's or a duo's does.
  if (tokens.slice(i, end).some((w) => w.text === '&')) return emitName(scan, i, end, 'organization');
  // Two to five capitalised words: a person when a given name opens them or none is an everyday word.
  const common = tokens.slice(i, end).some((w) => tools.lex.commonWords.has(w.text.toLowerCase()));
  if (common && !tools.lex.firstNames.has(t.text)) return end;
  // "Leeds Rhinos", "Tamil Tigers", "Essex Beagles": an everyday noun in the plural as the head names a club, a
  // group or a team, not a person; a given name first still makes one ("Tony Banks", "Britney Spears").
  if (pluralHead(scan, i, end)) return emitName(scan, i, end, 'organization');
  // "Bayern Munich", "Inter Milan", "Werder Bremen", "PSV Eindhoven": a city or region last, after a word that is no given
  // name, names a club or a place, not a person ("Paris Hilton", "Jason Scotland" open with a given name).
  if (tools.lex.places.has(tokens[end - 1]!.text) && !tools.lex.firstNames.has(t.text)) return end;
  // "Democrat John Kerry", "Dutchman Peter Wessels": a word before a given name is a label, not part of the name.
  const lower = t.text.toLowerCase();
  const labelLike = tools.lex.commonWords.has(lower) || tools.labelEndings.some((e) => lower.endsWith(e) && lower.length >= e.length + 3);
  const label = labelLike && !tools.lex.firstNames.has(t.text);
  const from = words > 2 && label && tools.lex.firstNames.has(tokens[i + 1]!.text) ? i + 1 : i;
  const after = apposition(scan, end);
  return emitPerson(scan, from, end, after?.role, after?.roleOf);
}

/** The run's last word is the plural of an everyday noun (words.tsv `plural-ending`) and its first word is no given name. */
function pluralHead(scan: Scan, i: number, end: number): boolean {
  const { tokens, tools } = scan;
  const last = tokens[end - 1]!.text;
  if (tools.lex.firstNames.has(tokens[i]!.text) || !/^\p{Lu}\p{Ll}+$/u.test(last)) return false;
  const lower = last.toLowerCase();
  return tools.pluralEndings.some((e) => lower.endsWith(e) && lower.length - e.length >= 3 && tools.lex.commonWords.has(lower.slice(0, -e.length)));
}

/** The first token after `i` and before `end` where a title starts. */
function titleInside(scan: Scan, i: number, end: number): number | undefined {
  for (let k = i + 1; k < end; k++) if (scan.tools.titles.match(scan.tokens, k)) return k;
  return undefined;
}

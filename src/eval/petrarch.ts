// PETRARCH2's hand-coded unit-test sentences as a measure of the relations
// stage: the records (PETR.UnitTest.records.xml), their fictional actors
// (PETR.Validate.actors.txt) as lexicon rows, and the score of what the
// pipeline emits against the coded source, target and event. Pure: the
// script (scripts/eval-petrarch.ts) reads the files and runs the pipeline.
import { CameoCode } from '../model/cameo.ts';
import { kebab } from '../model/ids.ts';

/** One coded event: PETRARCH actor codes ("ARN", "CALGOV", "---GOV") and a CAMEO code ("064"). */
export interface CodedEvent {
  source: string;
  target: string;
  code: string;
}

export interface CodedSentence {
  id: string;
  category: string;
  text: string;
  /** Empty when the record says no event is to be coded. */
  events: CodedEvent[];
}

/** Reads the records file: every `<Sentence>` outside comments, its text and its `<EventCoding>`s. */
export function parseRecords(xml: string): CodedSentence[] {
  const body = xml.replace(/<!--[\s\S]*?-->/g, '');
  const out: CodedSentence[] = [];
  for (const m of body.matchAll(/<Sentence\b([^>]*)>([\s\S]*?)<\/Sentence>/g)) {
    const attrs = attributes(m[1]!);
    const inner = m[2]!;
    const text = /<Text>([\s\S]*?)<\/Text>/.exec(inner)?.[1]?.replace(/\s+/g, ' ').trim() ?? '';
    const events = [...inner.matchAll(/<EventCoding\b([^>]*)>/g)]
      .map((e) => attributes(e[1]!))
      .filter((a) => a.eventcode)
      .map((a) => ({ source: a.sourcecode ?? '', target: a.targetcode ?? '', code: a.eventcode! }));
    if (text) out.push({ id: attrs.id ?? '', category: attrs.category ?? '', text, events });
  }
  return out;
}

function attributes(text: string): Record<string, string> {
  return Object.fromEntries([...text.matchAll(/(\w+)\s*=\s*"([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
}

/** An actor of the validation dictionary: its phrases (`exact` when PETRARCH's `_` forbids longer words) and codes. */
export interface ValidateActor {
  name: string;
  phrases: { words: string; exact: boolean }[];
  /** Every code it may take (the default and each date restriction's); dates are not read. */
  codes: string[];
}

/** Reads PETR.Validate.actors.txt: `NAME [CODE]`, `+SYNONYM` lines, tab-indented `[CODE dates]` lines. */
export function parseValidateActors(text: string): ValidateActor[] {
  const out: ValidateActor[] = [];
  const body = text.replace(/<!?\s*--[\s\S]*?-->/g, '');
  for (const raw of body.split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, '').trimEnd();
    if (!line.trim()) continue;
    const codes = [...line.matchAll(/\[([^\]\s]+)[^\]]*\]/g)].map((m) => m[1]!).flatMap((c) => c.split('/'));
    const words = line.replace(/\[[^\]]*\]/g, '').trim();
    const last = out.at(-1);
    if (/^\s/.test(raw) || !words) {
      last?.codes.push(...codes);
    } else if (words.startsWith('+')) {
      last?.phrases.push(phrase(words.slice(1)));
      last?.codes.push(...codes);
    } else {
      out.push({ name: words, phrases: [phrase(words)], codes });
    }
  }
  return out.filter((a) => a.codes.some(known));
}

function phrase(words: string): { words: string; exact: boolean } {
  return { words: words.replace(/_+$/, '').split(/[_\s]+/).join(' '), exact: /_$/.test(words.trim()) };
}

/** A code that names a primary actor (not `---`, `+++` or `###`). */
const known = (code: string) => /^[A-Z0-9]{3}/i.test(code);

/** The primary actor a code names: its first three letters ("CALGOV" -> "CAL"). */
export function primary(code: string): string | undefined {
  return known(code) ? code.slice(0, 3).toUpperCase() : undefined;
}

/**
 * The lexicon rows (actors.tsv, `id type name aliases`) that make the
 * validation actors names, with their surface forms as the sentences write
 * them: PETRARCH matches phrases in any case and, without a final `_`, as
 * the start of a longer word ("ARGENTIN" for "Argentina"). Returns the rows
 * and each form's primary codes.
 */
export function actorRows(actors: ValidateActor[], texts: string[]): { rows: string[]; forms: Map<string, Set<string>> } {
  const rows: string[] = [];
  const forms = new Map<string, Set<string>>();
  for (const a of actors) {
    const found = new Set<string>();
    for (const p of a.phrases) {
      const escaped = p.words.split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s-]+');
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}${p.exact ? '' : '\\p{L}*'}(?![\\p{L}\\p{N}])`, 'giu');
      for (const t of texts) for (const m of t.matchAll(re)) if (/^\p{Lu}/u.test(m[0])) found.add(m[0]);
    }
    if (!found.size) continue;
    const codes = new Set(a.codes.map(primary).filter((c): c is string => !!c));
    const [name, ...aliases] = [...found].sort();
    const type = a.codes.some((c) => /^[A-Z]{3}$/.test(c)) ? 'country' : 'organization';
    rows.push([`petr-${kebab(a.name)}`, type, name!, aliases.join('|'), ''].join('\t'));
    for (const f of found) for (const c of codes) (forms.get(f) ?? forms.set(f, new Set()).get(f)!).add(c);
  }
  return { rows, forms };
}

/** What the pipeline emitted for one sentence: each relation's actors as primary codes, and its CAMEO root. */
export interface Emitted {
  sources: Set<string>;
  targets: Set<string>;
  root: string;
  symmetric: boolean;
}

export interface Score {
  /** Sentences with at least one coded event whose two actors have codes of the dictionary. */
  withEvent: number;
  /** Those with a relation between the coded source and target (either way for symmetric relations). */
  pairFound: number;
  /** Those whose found pair has the coded CAMEO root too (the code's first two digits). */
  rootFound: number;
  /** Sentences coded with no event. */
  noEvent: number;
  /** Relations emitted in all sentences, and those matching a coded pair. */
  emitted: number;
  emittedRight: number;
  /** Per category: sentences with an event, pairs found. */
  byCategory: Map<string, { withEvent: number; pairFound: number }>;
}

/** The root of a CAMEO code, or undefined for the unit tests' own codes (900s). */
export function rootOf(code: string): string | undefined {
  const r = CameoCode.safeParse(code.slice(0, 2));
  return r.success ? r.data : undefined;
}

/** Scores the pipeline's relations on the records. */
export function score(sentences: CodedSentence[], emitted: Emitted[][]): Score {
  const s: Score = { withEvent: 0, pairFound: 0, rootFound: 0, noEvent: 0, emitted: 0, emittedRight: 0, byCategory: new Map() };
  sentences.forEach((sentence, i) => {
    const rels = emitted[i] ?? [];
    const events = sentence.events.filter((e) => primary(e.source) && primary(e.target));
    const pairOf = (e: CodedEvent, r: Emitted) =>
      (r.sources.has(primary(e.source)!) && r.targets.has(primary(e.target)!)) || (r.symmetric && r.sources.has(primary(e.target)!) && r.targets.has(primary(e.source)!));
    s.emitted += rels.length;
    s.emittedRight += rels.filter((r) => events.some((e) => pairOf(e, r))).length;
    if (!sentence.events.length) s.noEvent++;
    if (!events.length) return;
    const cat = s.byCategory.get(sentence.category) ?? s.byCategory.set(sentence.category, { withEvent: 0, pairFound: 0 }).get(sentence.category)!;
    s.withEvent++;
    cat.withEvent++;
    if (events.some((e) => rels.some((r) => pairOf(e, r)))) {
      s.pairFound++;
      cat.pairFound++;
    }
    if (events.some((e) => rels.some((r) => pairOf(e, r) && rootOf(e.code) === r.root))) s.rootFound++;
  });
  return s;
}

// The field's verb dictionary (PETRARCH2's CAMEO verbs, petrarch-verbs.tsv,
// with the curator's petrarch-verbs-curated.tsv over it) as a typed structure,
// and the matcher the relations stage asks with one clause of the parse:
// verb lemma, particle, object, obliques -> a CAMEO code and where its
// source and target sit.
import { CameoCode } from '../model/cameo.ts';
import { compilePattern, specificity, type CompiledPattern, type Elem, type Slot } from './verb-pattern.ts';
import { parseTable } from './table.ts';

export type { Slot } from './verb-pattern.ts';

/** A CAMEO root, '01' to '20'. */
export type CameoRoot = CameoCode;

/** One clause as the parse gives it; all words lower-case lemmas. */
export interface VerbClause {
  /** The verb (or event noun) lemma: 'impose'. */
  lemma: string;
  /** 'up' in "step up". */
  particle?: string;
  /** The direct object phrase's lemmas, head last: ['economic', 'sanction']. */
  object?: string[];
  /** Obliques: [{ prep: 'on', words: ['syria'] }]. */
  preps: { prep: string; words: string[] }[];
  /** The subject phrase's lemmas, head last; only the few patterns with words before the verb read it. */
  subject?: string[];
}

export interface VerbMatch {
  /** Full CAMEO code: '163'. */
  code: string;
  root: CameoRoot;
  /** Where the entry came from: 'CAMEO.2.0.txt:1234' (or the curated file's line). */
  source: string;
  /** The pattern that matched, or the verb alone (`impose`) when the block's or verb's code applied. */
  pattern: string;
  /** Where the event's source is: the subject unless the pattern says otherwise; undefined when the pattern does not name it. */
  sourceIn?: Slot;
  /** Where the event's target is, when the pattern says (`+`); for `:code` patterns, the subject. */
  targetIn?: Slot;
  /** The prepositions of the pattern's phrases ("with" in `* (with)`): where a pattern that marks no target names its other party. */
  preps?: string[];
  /** PETRARCH's `x:y`: the same two actors also stand in event y, target to source. */
  reverse?: { code: string; root: CameoRoot };
}

/** A verb of a block: its lemma and, for multi-word verbs, the other words ("ask for", "wire +tap"). */
export interface VerbEntry {
  lemma: string;
  /** Words after the verb ("for" in "ask for"): the particle, a preposition or the object's head. */
  after: string[];
  /** Words before the verb ("wire" in "wire tap"): never in a clause, so such verbs match on the lemma and `after` only. */
  before: string[];
  block: string;
  /** Raw code, or undefined for the block's. */
  code?: string;
  source: string;
}

export interface VerbPatternEntry {
  block: string;
  text: string;
  compiled: CompiledPattern;
  specificity: number;
  code: string;
  source: string;
}

export interface VerbBlock {
  name: string;
  code: string;
  source: string;
  patterns: VerbPatternEntry[];
}

export interface VerbDictionary {
  /** Verb entries by lemma, in file order. */
  verbs: Map<string, VerbEntry[]>;
  blocks: Map<string, VerbBlock>;
  /** Synset name (`&weapon`) to its members, each a phrase of words. */
  synsets: Map<string, string[][]>;
}

const GENERATED = 'petrarch-verbs.tsv';
const CURATED = 'petrarch-verbs-curated.tsv';

interface Row {
  kind: string;
  block: string;
  words: string;
  code: string;
  source: string;
}

/** Builds the dictionary from the generated table and the curator's rows, which win. Throws naming the row on bad data. */
export function parseVerbDictionary(generated: string, curated: string): VerbDictionary {
  const rows = new Map<string, Row>();
  for (const r of parseTable(generated, GENERATED, ['kind', 'block', 'words', 'code', 'source'])) {
    if (rows.has(r.source!)) throw new Error(`${GENERATED}: source ${r.source} twice`);
    // Note: copied into one shape; the table's rows are dictionaries, slow to read 7,000 times.
    rows.set(r.source!, { kind: r.kind!, block: r.block!, words: r.words!, code: r.code!, source: r.source! });
  }
  applyCurated(rows, curated);
  const dict: VerbDictionary = { verbs: new Map(), blocks: new Map(), synsets: new Map() };
  for (const r of rows.values()) {
    const where = () => `${r.source} (${r.kind} ${r.words || r.block})`;
    if (r.kind === 'synset') {
      const list = dict.synsets.get(r.block) ?? dict.synsets.set(r.block, []).get(r.block)!;
      list.push(r.words.split(' '));
    } else if (r.kind === 'block') {
      checkCode(r.code, where);
      dict.blocks.set(r.block, { name: r.block, code: r.code, source: r.source, patterns: [] });
    } else if (r.kind === 'verb') {
      const block = dict.blocks.get(r.block);
      if (!block) throw new Error(`${where()}: unknown block ${r.block}`);
      if (r.code !== '-') checkCode(r.code, where);
      const words = r.words.split(' ');
      let at = words.findIndex((w) => w.startsWith('+'));
      if (at < 0) at = 0;
      const entry: VerbEntry = {
        lemma: words[at]!.replace(/^\+/, ''), after: words.slice(at + 1), before: words.slice(0, at), block: r.block,
        ...(r.code !== '-' ? { code: r.code } : {}), source: r.source,
      };
      const list = dict.verbs.get(entry.lemma) ?? dict.verbs.set(entry.lemma, []).get(entry.lemma)!;
      list.push(entry);
    } else if (r.kind === 'pattern') {
      const block = dict.blocks.get(r.block);
      if (!block) throw new Error(`${where()}: unknown block ${r.block}`);
      checkCode(r.code, where);
      let compiled: CompiledPattern;
      try {
        compiled = compilePattern(r.words);
      } catch (e) {
        throw new Error(`${where()}: ${(e as Error).message}`);
      }
      block.patterns.push({ block: r.block, text: r.words, compiled, specificity: specificity(compiled), code: r.code, source: r.source });
    } else throw new Error(`${where()}: kind \`${r.kind}\`, expected synset, block, verb or pattern`);
  }
  for (const b of dict.blocks.values()) for (const p of b.patterns) for (const s of synsetsOf(p.compiled)) {
    if (!dict.synsets.has(s)) throw new Error(`${p.source}: pattern \`${p.text}\` names unknown synset ${s}`);
  }
  return dict;
}

/**
 * The curator's rows: `code SOURCE CODE` replaces an entry's code, `drop SOURCE`
 * removes it, `verb`/`pattern`/`synset` rows add an entry (their source is the
 * curated file's line). Evaluated in file order.
 */
function applyCurated(rows: Map<string, Row>, text: string): void {
  const lines = text.split(/\r?\n/);
  let seen = 0;
  const rowLines: number[] = [];
  lines.forEach((l, i) => {
    if (l.trim() && !l.startsWith('#')) rowLines.push(i + 1);
  });
  for (const r of parseTable(text, CURATED, ['action', 'source', 'block', 'words', 'code'])) {
    const line = rowLines[++seen]!; // rowLines[0] is the column line
    const at = `${CURATED}:${line}`;
    const old = rows.get(r.source ?? '');
    if (r.action === 'code' || r.action === 'drop') {
      if (!old) throw new Error(`${at}: ${r.action}: no entry with source \`${r.source}\``);
      if (r.action === 'drop') rows.delete(r.source!);
      else rows.set(r.source!, { ...old, code: r.code! });
    } else if (r.action === 'verb' || r.action === 'pattern' || r.action === 'synset') {
      rows.set(at, { kind: r.action, block: r.block!, words: r.words!, code: r.code || '-', source: at });
    } else throw new Error(`${at}: action \`${r.action}\`, expected code, drop, verb, pattern or synset`);
  }
}

function checkCode(raw: string, where: () => string): void {
  const parsed = parseCode(raw);
  if (parsed === 'bad') throw new Error(`${where()}: code \`${raw}\`, expected ---, a CAMEO code (042), x:y, :y or x!`);
}

/** A raw code read: the forward code (undefined: no event), reversed (`:y`), and the reverse event of `x:y`. */
function parseCode(raw: string): { code?: string; reversed: boolean; reverse?: string } | 'bad' {
  const m = /^(---|\d{3,4})?!?(?::(---|\d{3,4}))?$/.exec(raw);
  if (!m || (!m[1] && !m[2])) return 'bad';
  const ok = (c: string | undefined) => c && c !== '---' && rootOf(c) ? c : undefined;
  if ((m[1] && m[1] !== '---' && !rootOf(m[1])) || (m[2] && m[2] !== '---' && !rootOf(m[2]))) return 'bad';
  if (!m[1]) return { code: ok(m[2]), reversed: true };
  return { code: ok(m[1]), reversed: false, ...(ok(m[2]) ? { reverse: m[2]! } : {}) };
}

// Note: a set, not CameoCode.safeParse: every row's code is checked when the lexicon loads.
const roots: ReadonlySet<string> = new Set(CameoCode.options);

function rootOf(code: string): CameoRoot | undefined {
  const r = code.slice(0, 2);
  return roots.has(r) ? (r as CameoRoot) : undefined;
}

function synsetsOf(p: CompiledPattern): string[] {
  const phrases = [...p.subject, ...p.after, ...p.preps.map((x) => x.phrase)];
  return phrases.flatMap((ph) => ph.flatMap((e) => ('synset' in e ? [e.synset] : [])));
}

/**
 * The CAMEO event a clause states, by PETRARCH's preference: a multi-word
 * verb over a single word, then the most specific pattern of its block
 * (longer over shorter, the earlier line on a tie), then the verb's own code,
 * then the block's. A lemma in several blocks takes the best of them. Undefined when nothing matches or the winner codes `---`.
 */
export function matchVerb(dict: VerbDictionary, clause: VerbClause): VerbMatch | undefined {
  type Best = { rank: [number, number]; code: string; source: string; pattern: string; compiled?: CompiledPattern };
  let best: Best | undefined;
  const better = (rank: [number, number]) => !best || rank[0] > best.rank[0] || (rank[0] === best.rank[0] && rank[1] > best.rank[1]);
  for (const entry of dict.verbs.get(clause.lemma) ?? []) {
    if (!entry.after.every((w) => wordAfterVerb(w, clause))) continue;
    const block = dict.blocks.get(entry.block)!;
    const verbText = [entry.lemma, ...entry.after].join(' ');
    let found = false;
    for (const p of block.patterns) {
      const rank: [number, number] = [entry.after.length, 1 + p.specificity];
      if (!better(rank) || !patternMatches(dict, p.compiled, clause)) continue;
      best = { rank, code: p.code, source: p.source, pattern: `${verbText}: ${p.text}`, compiled: p.compiled };
      found = true;
    }
    if (found) continue;
    // A verb listed in two blocks ("greet" in ACCLAIM twice): the entry with a code of its own is the explicit one.
    const rank: [number, number] = [entry.after.length, entry.code ? 0.5 : 0];
    if (better(rank)) best = { rank, code: entry.code ?? block.code, source: entry.code ? entry.source : block.source, pattern: verbText };
  }
  if (!best) return undefined;
  const parsed = parseCode(best.code);
  if (parsed === 'bad' || !parsed.code) return undefined;
  const c = best.compiled;
  const match: VerbMatch = { code: parsed.code, root: rootOf(parsed.code)!, source: best.source, pattern: best.pattern };
  if (parsed.reversed) {
    // ":173" ("appeared in court", "gained recognition from +"): the subject is the target; the marked slot, if any other, the source.
    match.targetIn = 'subject';
    const other = [c?.target, c?.source].find((s) => s && s !== 'subject');
    if (other) match.sourceIn = other;
  } else {
    match.sourceIn = c?.source ?? 'subject';
    if (c?.target) match.targetIn = c.target;
  }
  if (c?.preps.length) match.preps = c.preps.flatMap((p) => p.prep);
  if (parsed.reverse) match.reverse = { code: parsed.reverse, root: rootOf(parsed.reverse)! };
  return match;
}

/** A word of a multi-word verb or a bare word after `*`: the particle, a preposition of the clause, or the object's head. */
function wordAfterVerb(word: string, clause: VerbClause): boolean {
  return clause.particle === word || clause.preps.some((p) => p.prep === word) || clause.object?.at(-1) === word;
}

function patternMatches(dict: VerbDictionary, p: CompiledPattern, clause: VerbClause): boolean {
  if (p.subject.length && !p.subject.every((ph) => endsWith(dict, clause.subject ?? [], ph))) return false;
  for (const ph of p.after) {
    const particle = ph.length === 1 && clause.particle !== undefined && elemMatches(dict, ph[0]!, clause.particle);
    if (!particle && !endsWith(dict, clause.object ?? [], ph)) return false;
  }
  return p.preps.every((pp) => clause.preps.some((c) => pp.prep.includes(c.prep) && endsWith(dict, c.words, pp.phrase)));
}

function elemMatches(dict: VerbDictionary, e: Elem, word: string): boolean {
  if ('any' in e) return true;
  if ('word' in e) return e.word.includes(word);
  return (dict.synsets.get(e.synset) ?? []).some((m) => m.length === 1 && m[0] === word);
}

/** Whether `words` ends with the phrase (head last); a synset member may span several words. An empty phrase matches anything. */
function endsWith(dict: VerbDictionary, words: readonly string[], phrase: readonly Elem[], end = words.length): boolean {
  if (!phrase.length) return true;
  const e = phrase.at(-1)!;
  const rest = phrase.slice(0, -1);
  if (end === 0) return false;
  if ('synset' in e) {
    for (const m of dict.synsets.get(e.synset) ?? []) {
      const start = end - m.length;
      if (start >= 0 && m.every((w, k) => words[start + k] === w) && endsWith(dict, words, rest, start)) return true;
    }
    return false;
  }
  return elemMatches(dict, e, words[end - 1]!) && endsWith(dict, words, rest, end - 1);
}

// Lemmas, learned from the treebank: suffix rules per UPOS ("NOUN, -ies →
// -y"), chosen by the longest known ending of the word, plus the words the
// rules get wrong in training as exceptions ("NOUN men → man").

/** How a form becomes its lemma: lowercase it or not, cut `cut` characters, append `add`. */
interface Edit {
  lower: boolean;
  cut: number;
  add: string;
}

/** A learned lemmatizer: rules keyed by `UPOS|ending`, exceptions keyed by `UPOS|form`. */
export interface LemmaModel {
  rules: Map<string, string>;
  exceptions: Map<string, string>;
  /**
   * The training data's lowercase forms (the tagger's vocabulary, `vocabularyOf`), all and those
   * tagged as verbs: a verb lemma that is no word of it was invented by a rule for another ending
   * ("risen" -> "riose").
   */
  vocabulary?: Vocabulary;
}

/** Lowercase forms of a training set: every word, and those it tagged as verbs. */
export interface Vocabulary {
  words: ReadonlySet<string>;
  verbs: ReadonlySet<string>;
}

const MAX_ENDING = 4;
const MIN_RULE_COUNT = 3;

const memos = new WeakMap<LemmaModel, WeakMap<object, Map<string, string>>>();
const MEMO_SIZE = 100_000;

/**
 * The lemma of `form` tagged `upos`, remembered: news repeats its words, and the rules cost string
 * slicing. `verbs`: verb lemmas a lexicon knows, preferred for a verb form the rules get wrong.
 */
export function lemmatize(m: LemmaModel, form: string, upos: string, verbs?: ReadonlySet<string>): string {
  const byLexicon = memos.get(m) ?? memos.set(m, new WeakMap()).get(m)!;
  const memo = byLexicon.get(verbs ?? m) ?? byLexicon.set(verbs ?? m, new Map()).get(verbs ?? m)!;
  const key = `${upos}|${form}`;
  let lemma = memo.get(key);
  if (lemma === undefined) {
    if (memo.size >= MEMO_SIZE) memo.clear();
    lemma = lemmaOf(m, form, upos, verbs);
    memo.set(key, lemma);
  }
  return lemma;
}

function lemmaOf(m: LemmaModel, form: string, upos: string, verbs?: ReadonlySet<string>): string {
  const known = m.exceptions.get(`${upos}|${form}`) ?? m.exceptions.get(`${upos}|${form.toLowerCase()}`);
  if (known !== undefined) return known;
  const [lemma, ...others] = candidates(m, form, upos);
  if (lemma === undefined) return form;
  const v = m.vocabulary;
  const x = lemma.toLowerCase();
  if (upos !== 'VERB' || (!v && !verbs) || verbs?.has(x) || v?.verbs.has(x)) return lemma;
  // "risen" -> "riose" (the rule of "chosen"), "climbed" -> "climbe", "fund" -> "ind" (of "found"),
  // "banning" -> "bann": a lemma no verb list knows. A shorter ending's rule, the form less a regular
  // ending, or the form itself may give a verb the form regularly inflects: one of the lexicon's,
  // else of training, else a word of training; not a form with a lemma of its own ("ranging" is no "rang").
  const lower = form.toLowerCase();
  const tried = [...new Set([...others, ...stems(lower), form])];
  const fit = (words: ReadonlySet<string> | undefined) =>
    words && tried.find((c) => c !== lemma && c.length >= 3 && words.has(c.toLowerCase()) && !m.exceptions.has(`VERB|${c.toLowerCase()}`) && inflects(c.toLowerCase(), lower));
  // Note: a word of training ("range", a noun there) stays unless the lexicon has a verb that fits ("fined": "fine", not "fin").
  if (v?.words.has(x)) return fit(verbs) ?? lemma;
  return fit(verbs) ?? fit(v?.verbs) ?? fit(v?.words) ?? lemma;
}

/** The lemmas the rules give `form`, longest known ending first. */
function candidates(m: LemmaModel, form: string, upos: string): string[] {
  const lower = form.toLowerCase();
  const out: string[] = [];
  for (let k = Math.min(MAX_ENDING, lower.length); k >= 0; k--) {
    const rule = m.rules.get(`${upos}|${lower.slice(lower.length - k)}`);
    if (rule !== undefined) out.push(applyEdit(form, decode(rule)));
  }
  return out;
}

/** Regular endings of English verbs and what their stems may lack: "raging" -> "rag", "rage". */
const endings: readonly [string, readonly string[]][] = [
  ['ies', ['y']], ['ied', ['y']], ['es', ['', 'e']], ['s', ['']], ['ed', ['', 'e']], ['d', ['']], ['ing', ['', 'e']], ['n', ['']],
];

/** `form` less each regular ending it has, with the stem's possible base forms ("banning" -> "bann", "ban"). */
function stems(form: string): string[] {
  return endings.flatMap(([ending, adds]) => {
    if (!form.endsWith(ending) || form.length - ending.length < 2) return [];
    const stem = form.slice(0, -ending.length);
    const undoubled = /([bdgklmnprtz])\1$/.test(stem) ? [stem.slice(0, -1)] : [];
    return [...adds.map((a) => stem + a), ...undoubled];
  });
}

/** Verbs that double their last consonant (ban -> banned): one short vowel before one consonant. */
const doubles = /^[^aeiou]*[aeiou][bdgmnprt]$/;

/** True when `form` is verb `base` or one of its regular forms (rise: rises, risen; ban: banned, not baned). */
function inflects(base: string, form: string): boolean {
  if (form === base) return !/(?:s|ed|ing|en)$/.test(form);
  const y = /[^aeiou]y$/.test(base) ? [`${base.slice(0, -1)}ied`, `${base.slice(0, -1)}ies`] : [];
  const past = base.endsWith('e') ? [`${base}d`, `${base.slice(0, -1)}ing`] : doubles.test(base) ? [] : [`${base}ed`, `${base}ing`];
  // British spelling doubles a final l after one vowel (fuelled, signalling).
  const doubled = doubles.test(base) || /[^aeiou][aeiou]l$/.test(base) ? [`${base}${base.at(-1)}ed`, `${base}${base.at(-1)}ing`] : [];
  // Note: a participle in -n after a vowel only ("risen", "given"): "brighten" is no form of "bright".
  const participle = /[aeiou]$/.test(base) ? [`${base}n`] : [];
  return [`${base}s`, `${base}es`, ...participle, ...y, ...past, ...doubled].includes(form);
}

/**
 * A tagger's vocabulary (its dictionary and its ambiguity classes), lowercase, names left out ("Penn"
 * is no lemma of "penned"); `tags` gives the numbers of the verb and proper-noun tags.
 */
export function vocabularyOf(dictionary: ReadonlyMap<string, number>, ambiguity: ReadonlyMap<string, number>, tags: { verb: number; name: number }): Vocabulary {
  const words = new Set<string>();
  const verbs = new Set<string>();
  const add = (w: string, mask: number) => {
    if (mask & ~(1 << tags.name)) words.add(w.toLowerCase());
    if (mask & (1 << tags.verb)) verbs.add(w.toLowerCase());
  };
  for (const [w, t] of dictionary) add(w, 1 << t);
  for (const [w, mask] of ambiguity) add(w, mask);
  return { words, verbs };
}

/** Learns rules and exceptions from (form, UPOS, lemma) triples, in a deterministic order. */
export function learnLemmas(triples: readonly [string, string, string][]): LemmaModel {
  const ruleCounts = new Map<string, Map<string, number>>();
  const formCounts = new Map<string, Map<string, number>>();
  for (const [form, upos, lemma] of triples) {
    const edit = encode(editOf(form, lemma));
    const lower = form.toLowerCase();
    for (let k = 0; k <= Math.min(MAX_ENDING, lower.length); k++) count(ruleCounts, `${upos}|${lower.slice(lower.length - k)}`, edit);
    count(formCounts, `${upos}|${form}`, lemma);
  }
  const rules = new Map<string, string>();
  for (const [key, edits] of sorted(ruleCounts)) {
    const [edit, c] = best(edits);
    if (c >= MIN_RULE_COUNT) rules.set(key, edit);
  }
  const m: LemmaModel = { rules, exceptions: new Map() };
  for (const [key, lemmas] of sorted(formCounts)) {
    const i = key.indexOf('|');
    const lemma = best(lemmas)[0];
    if (lemmaOf(m, key.slice(i + 1), key.slice(0, i)) !== lemma) m.exceptions.set(key, lemma);
  }
  return m;
}

function editOf(form: string, lemma: string): Edit {
  const plain = common(form, lemma);
  const lowered = common(form.toLowerCase(), lemma);
  // Note: on a tie (a lowercase form) the edit lowercases, so the rule also serves the capitalised first word of a sentence.
  const lower = lowered >= plain;
  const p = lower ? lowered : plain;
  return { lower, cut: form.length - p, add: lemma.slice(p) };
}

function applyEdit(form: string, e: Edit): string {
  const base = e.lower ? form.toLowerCase() : form;
  return base.slice(0, base.length - e.cut) + e.add;
}

function common(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function encode(e: Edit): string {
  return `${e.lower ? 'l' : 'k'}${e.cut}:${e.add}`;
}

function decode(s: string): Edit {
  const colon = s.indexOf(':');
  return { lower: s[0] === 'l', cut: Number(s.slice(1, colon)), add: s.slice(colon + 1) };
}

function count(m: Map<string, Map<string, number>>, key: string, value: string): void {
  const inner = m.get(key) ?? m.set(key, new Map()).get(key)!;
  inner.set(value, (inner.get(value) ?? 0) + 1);
}

function sorted<V>(m: Map<string, V>): [string, V][] {
  return [...m].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** The most frequent value, ties to the first in code-unit order. */
function best(m: Map<string, number>): [string, number] {
  let top: [string, number] = ['', -1];
  for (const [v, c] of sorted(m)) if (c > top[1]) top = [v, c];
  return top;
}

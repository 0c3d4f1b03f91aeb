// Step 0: repair. The parser's habits that hide who did what, undone on a copy
// of the sentence's words before anything is pinned to them. Each repair fixes
// a kind of sentence, not a sentence; BBC sentences that need each are quoted
// in its comment (../shared/corpus/bbc, file named).
import type { SyntaxWord } from '../types.ts';

/**
 * The sentence's words with the parser's known misattachments undone. `subordinators`: prepositions
 * that also open a clause ("after the US imposed", "before Gondor agreed"; `clause-opener` in verbs.tsv).
 */
export function repairTree(given: readonly SyntaxWord[], subordinators: ReadonlySet<string>): SyntaxWord[] {
  const words = given.map((w) => ({ ...w }));
  gluedParticiple(words);
  adjectiveSubject(words);
  activeSubject(words);
  passiveAgent(words);
  parentheses(words);
  coSubjectRoot(words);
  adjectivalVerbRoot(words);
  nounRootPredicate(words);
  participleRoot(words);
  reducedRelativeRoot(words);
  clauseSubject(words, subordinators);
  trailingParticiple(words);
  prepositionalRoot(words);
  subjectAfterOpening(words);
  listClosed(words);
  caselessSubject(words);
  nameAfterTo(words);
  listObject(words);
  caseOnModifier(words);
  phraseUnderTime(words);
  phraseAsConjunct(words);
  return words;
}

/** Word `i`'s dependents. */
function kidsOf(words: readonly SyntaxWord[], i: number): number[] {
  const out: number[] = [];
  words.forEach((w, k) => {
    if (w.head === i) out.push(k);
  });
  return out;
}

const nominal = (w: SyntaxWord) => w.upos === 'NOUN' || w.upos === 'PROPN';
const clausal = new Set(['cop', 'nsubj', 'mark', 'expl']);

/**
 * `v` takes the place of root `n`, and `n` becomes its subject: the dependents of `n` after
 * `v` (the closing stop, a trailing clause) go with `v`.
 */
function promote(words: SyntaxWord[], n: number, v: number): void {
  const root = words[n]!;
  words[v] = { ...words[v]!, head: root.head, deprel: root.deprel };
  words[n] = { ...root, head: v, deprel: 'nsubj' };
  for (const k of kidsOf(words, n)) if (k > v) words[k] = { ...words[k]!, head: v };
}

/**
 * "Arnorian President Aragorn Elessar has urged Rohan" parsed with "Arnorian" as a second (often
 * passive) subject of the verb: an adjective that opens a name or title whose head is the verb's
 * subject modifies the next word. BBC: "Former Liberal Democrat MP Jackie Ballard recalled"
 * (politics/008), "Chief executive John Beaumont was paid" (politics/023), "Metropolitan Police
 * Commissioner Sir John Stevens last month backed" (politics/034).
 */
function adjectiveSubject(words: SyntaxWord[]): void {
  words.forEach((w, i) => {
    if (w.upos !== 'ADJ' || !w.deprel.startsWith('nsubj') || w.head < 0) return;
    const s = kidsOf(words, w.head).find((k) => k > i && words[k]!.deprel.startsWith('nsubj'));
    if (s === undefined || words.slice(i + 1, s + 1).some((y) => !nominal(y) && y.upos !== 'ADJ')) return;
    words[i] = { ...w, head: i + 1, deprel: 'amod' };
  });
}

/**
 * "Arnor and Gondor, without any evidence, have accused Rohan" labelled with "Arnor" a passive
 * subject: a verb with neither a passive auxiliary nor a form of "be" or "get" among its
 * auxiliaries is active, and its subject a plain one. BBC: "Chancellor Gordon Brown's closest ally
 * has denied suggestions" (politics/005), "UK Foreign Secretary Jack Straw has announced"
 * (politics/029), "Former Liberal Democrat MP Jackie Ballard recalled a stream of remarks" (politics/008).
 */
function activeSubject(words: SyntaxWord[]): void {
  words.forEach((w, i) => {
    if (w.deprel !== 'nsubj:pass' || w.head < 0) return;
    const aux = kidsOf(words, w.head).filter((k) => words[k]!.deprel.startsWith('aux'));
    if (aux.some((k) => words[k]!.deprel === 'aux:pass' || passiveAux.has(words[k]!.lemma.toLowerCase()))) return;
    // A passive conjunct shares its auxiliary with the first verb: "was arrested and charged"; two subjects are a misparse of another kind.
    if (words[w.head]!.deprel === 'conj' || kidsOf(words, w.head).some((k) => k !== i && words[k]!.deprel.startsWith('nsubj'))) return;
    words[i] = { ...w, deprel: 'nsubj' };
  });
}
const passiveAux = new Set(['be', 'get']);

/**
 * "Sanctions were imposed on Mordor by Gondor" parsed with "by Gondor" under "Mordor": a name with
 * "by" after an oblique of a passive verb that has no agent is that verb's agent. BBC: "The
 * Telegraph was sued for libel by Mr Galloway" (politics/302), "Tim Kash has since been replaced as
 * host by Fearne Cotton" (entertainment/184), "Mourinho's side were knocked out of the FA Cup by
 * Newcastle" (sport/159).
 */
function passiveAgent(words: SyntaxWord[]): void {
  words.forEach((w, i) => {
    if (w.upos !== 'PROPN' || !w.deprel.startsWith('nmod') || w.head < 0 || w.head > i) return;
    if (!kidsOf(words, i).some((k) => k < i && words[k]!.deprel === 'case' && words[k]!.text.toLowerCase() === 'by')) return;
    const h = words[w.head]!;
    const v = h.head;
    if (!h.deprel.startsWith('obl') || v < 0 || words[v]!.upos !== 'VERB') return;
    const kids = kidsOf(words, v);
    if (!kids.some((k) => words[k]!.deprel === 'aux:pass') || kids.some((k) => words[k]!.deprel === 'obl:agent')) return;
    words[i] = { ...w, head: v, deprel: 'obl:agent' };
  });
}

/**
 * "Elrond said Arnor would provide £600m ($780m) in aid to Rohan" parsed with "in aid" under "$":
 * no word outside a parenthesis hangs on a word inside it; it takes the parenthesis' own head.
 * BBC: "looking for a further 540bn yen ($5.2bn; £2.77bn) in fresh financial backing" (business/013),
 * "more than $300bn (£158.8bn; 230.9bn euros) in agricultural subsidies" (business/067), "reaching a
 * $2bn (1.53bn euros; £1.05bn) settlement with GM" (business/051).
 */
function parentheses(words: SyntaxWord[]): void {
  let open = -1;
  words.forEach((w, i) => {
    if (w.text === '(') open = i;
    if (w.text !== ')' || open < 0) return;
    const inside = (k: number) => k > open && k < i;
    const top = words.findIndex((x, k) => inside(k) && !inside(x.head));
    // Only amounts: "(DPRK) leader Kim" hangs the title under the acronym, and the name under it is right.
    if (top >= 0 && words.some((x, k) => inside(k) && /\d/.test(x.text))) {
      words.forEach((x, k) => {
        if (!inside(k) && x.text !== '(' && x.text !== ')' && inside(x.head) && words[top]!.head !== k) {
          words[k] = { ...x, head: words[top]!.head, deprel: x.deprel.startsWith('nmod') && words[words[top]!.head]?.upos === 'VERB' ? 'obl' : x.deprel };
        }
      });
    }
    open = -1;
  });
}

/**
 * "Arnor and Gondor imposed sanctions", parsed with "Arnor" as the root and "imposed" as its
 * conjunct with "Gondor" alone as subject: the verb is the root and "Arnor" its co-subject.
 * BBC: "Tories and Lib Dems welcomed the report" (politics/085), "Labour and the Tories claim the
 * sums do not add up" (politics/417), "Aguas Argentinas and the government signed an agreement"
 * (business/501), "Cable firms NTL and Telewest have both launched" (tech/280).
 */
function coSubjectRoot(words: SyntaxWord[]): void {
  const n = words.findIndex((w) => w.head < 0);
  // A noun root with a copula, subject or conjunction is a clause of its own ("that is not marketing and we have").
  if (n < 0 || !nominal(words[n]!) || kidsOf(words, n).some((k) => clausal.has(words[k]!.deprel.split(':')[0]!))) return;
  for (const v of kidsOf(words, n)) {
    if (words[v]!.deprel !== 'conj' || words[v]!.upos !== 'VERB') continue;
    const kids = kidsOf(words, v);
    const s = kids.find((k) => words[k]!.deprel === 'nsubj' && nominal(words[k]!) && k > n && k < v);
    const cc = kids.find((k) => words[k]!.deprel === 'cc' && words[k]!.text.toLowerCase() === 'and' && s !== undefined && k > n && k < s);
    // No verb between the two names: "The prince apologised, but critics have called" is two clauses.
    if (s === undefined || cc === undefined || words.slice(n + 1, v).some((w) => w.upos === 'VERB' || w.upos === 'AUX')) continue;
    promote(words, n, v);
    words[s] = { ...words[s]!, head: n, deprel: 'conj' };
    words[cc] = { ...words[cc]!, head: s };
    return;
  }
}

/**
 * "Arnor and Gondor discussed trade" parsed as one noun phrase, "discussed" an adjective of
 * "trade" and the names its modifiers: a sentence whose root is a noun without copula or subject,
 * right after a past-tense verb hung on it, after a name or noun that also hangs on it, is that
 * verb's clause: the name its subject, the noun its object. BBC: "Japan, too, steadied nerves"
 * (business/142), "The other main US mortgage firm Freddie Mac restated earnings by $5bn"
 * (business/298), "Both films polarised opinion but had critics talking" (entertainment/326).
 */
function adjectivalVerbRoot(words: SyntaxWord[]): void {
  const n = words.findIndex((w) => w.head < 0);
  const v = n - 1;
  if (n < 2 || words[n]!.upos !== 'NOUN' || kidsOf(words, n).some((k) => clausal.has(words[k]!.deprel.split(':')[0]!))) return;
  if (words[v]!.upos !== 'VERB' || words[v]!.head !== n || !/ed$/i.test(words[v]!.text)) return;
  // The subject: the last name or noun before the verb on the root, heading every word before it but marks and adverbs.
  const s = kidsOf(words, n).filter((k) => k < v && (nominal(words[k]!) || words[k]!.upos === 'PRON')).at(-1);
  if (s === undefined) return;
  const under = (k: number) => {
    for (let h = k, steps = 0; h >= 0 && steps < 20; h = words[h]!.head, steps++) if (h === s) return true;
    return false;
  };
  if (words.slice(0, v).some((y, k) => !under(k) && y.upos !== 'PUNCT' && y.upos !== 'ADV')) return;
  promote(words, n, v);
  words[n] = { ...words[n]!, deprel: 'obj' };
  words[s] = { ...words[s]!, head: v, deprel: 'nsubj' };
}

/**
 * "Arnor, Gondor and 10 other countries called for a ceasefire", "Rohan, which is an ally, sent
 * riders": a sentence whose root is a noun with neither copula nor subject has lost its verb
 * under the noun (as a participle, a relative clause, a loose clause); the first finite-looking
 * verb after the noun is the predicate. BBC: "Tory leader Michael Howard has written to Tony Blair"
 * (politics/002), "Mr Law, from voluntary body Alcohol Focus Scotland, believed" (politics/019),
 * "Ms Robinson, who presents The Weakest Link tells Cockerell" (politics/013).
 */
function nounRootPredicate(words: SyntaxWord[]): void {
  const n = words.findIndex((w) => w.head < 0);
  if (n < 0 || !nominal(words[n]!)) return;
  const kids = kidsOf(words, n);
  if (kids.some((k) => words[k]!.deprel === 'cop' || words[k]!.deprel.startsWith('nsubj'))) return;
  const under = (k: number) => {
    for (let h = words[k]!.head, steps = 0; h >= 0 && steps < 20; h = words[h]!.head, steps++) if (h === n) return true;
    return false;
  };
  const v = words.findIndex((w, k) => k > n && w.upos === 'VERB' && predicateRels.has(w.deprel) && under(k) && finite(words, k));
  if (v >= 0) promote(words, n, v);
}
const predicateRels = new Set(['acl', 'acl:relcl', 'parataxis', 'conj']);

/** A verb that can head a clause of its own: not "-ing", not "to ...", no subject or passive agent of its own. */
function finite(words: SyntaxWord[], v: number): boolean {
  if (/ing$/i.test(words[v]!.text)) return false;
  return !kidsOf(words, v).some((k) => {
    const w = words[k]!;
    return w.deprel.startsWith('nsubj') || w.deprel === 'obl:agent' || w.deprel === 'aux:pass' || (w.deprel === 'mark' && w.text.toLowerCase() === 'to');
  });
}

/**
 * "Addressing envoys from Arnor, Aragorn spoke of peace", parsed with the participle as the root
 * and the main clause as its parataxis: the clause with a subject is the root, the participle
 * its adverbial clause. BBC: "Addressing claims that the new law was unenforceable, Mr Michael told"
 * (politics/152), "Appearing on BBC Radio 4's Today programme, Mr Malik ... acknowledged"
 * (politics/143), "Looking ahead to the coming general election, he pledged" (politics/110).
 */
function participleRoot(words: SyntaxWord[]): void {
  const p = words.findIndex((w) => w.head < 0);
  if (p < 0 || words[p]!.upos !== 'VERB' || !/ing$/i.test(words[p]!.text)) return;
  const kids = kidsOf(words, p);
  if (kids.some((k) => words[k]!.deprel.startsWith('nsubj'))) return;
  const v = kids.find((k) => k > p && words[k]!.deprel === 'parataxis' && kidsOf(words, k).some((c) => words[c]!.deprel === 'nsubj' && c < k));
  if (v === undefined) return;
  promote(words, p, v);
  words[p] = { ...words[p]!, deprel: 'advcl' };
}

/**
 * "Orc Legion fighters backed by Mordor attacked Gondor", "The treaty signed by Gondor and Rohan
 * holds" parsed with the participle as the root, the noun its subject and the main verb its
 * complement: a root participle with a "by" agent, a subject before it and no auxiliary is a
 * reduced relative clause of that subject, and the first later verb under it that has no subject,
 * no "to" and no "and" of its own is the predicate. BBC: "The Open Society Institute (OSI),
 * financed by billionaire George Soros, has accused Kazakhstan officials" (business/357), "The
 * closures arranged by Israel restrict the movement of Palestinian people" (business/076),
 * "Symbian phones produced by Sony Ericsson, Motorola, BenQ, Arima and Fujitsu are unaffected"
 * (tech/197).
 */
function reducedRelativeRoot(words: SyntaxWord[]): void {
  const p = words.findIndex((w) => w.head < 0);
  if (p < 0 || words[p]!.upos !== 'VERB' || /ing$/i.test(words[p]!.text)) return;
  const kids = kidsOf(words, p);
  const s = kids.find((k) => k < p && words[k]!.deprel === 'nsubj' && nominal(words[k]!));
  if (s === undefined || !kids.some((k) => words[k]!.deprel === 'obl:agent') || kids.some((k) => words[k]!.deprel.startsWith('aux'))) return;
  const v = kids.find((k) => k > p && (words[k]!.upos === 'VERB' || words[k]!.upos === 'AUX') && complementRels.has(words[k]!.deprel)
    && !kidsOf(words, k).some((c) => words[c]!.deprel.startsWith('nsubj') || words[c]!.deprel === 'cc' || words[c]!.deprel === 'mark'));
  if (v === undefined) return;
  words[v] = { ...words[v]!, head: words[p]!.head, deprel: words[p]!.deprel };
  words[p] = { ...words[p]!, head: s, deprel: 'acl' };
  words[s] = { ...words[s]!, head: v, deprel: 'nsubj' };
  // The stop and whatever follows the predicate belong to it, not to the participle.
  for (const k of kidsOf(words, p)) if (k > v) words[k] = { ...words[k]!, head: v };
}
const complementRels = new Set(['xcomp', 'conj', 'parataxis', 'ccomp']);
const clauseRels = new Set(['xcomp', 'ccomp', 'advcl']);

/**
 * "after the US, UK, France and Germany imposed sanctions" parsed as "came after the US" with
 * "imposed" a subjectless clause, or with "After the US" hung on the next noun ("After the US, the
 * EU and 10 other counties called"): the names after the preposition are the clause's subject, the
 * preposition its conjunction. BBC: "The call comes as the prime minister prepares to assume"
 * (politics/130), "after a ban on the activity came into force" (politics/134), "as hunt enthusiasts
 * prepared" (politics/179).
 */
function clauseSubject(words: SyntaxWord[], subordinators: ReadonlySet<string>): void {
  words.forEach((n, i) => {
    if (!n.deprel.startsWith('obl') && !n.deprel.startsWith('nmod')) return;
    const kase = kidsOf(words, i).find((k) => k < i && words[k]!.deprel === 'case' && subordinators.has(words[k]!.text.toLowerCase()));
    if (kase === undefined || !nominal(n)) return;
    const v = words.findIndex((w, k) => k > i && (w.upos === 'VERB' || w.upos === 'AUX'));
    if (v < 0 || words[v]!.upos !== 'VERB' || /ing$/i.test(words[v]!.text)) return;
    const subject = kidsOf(words, v).find((k) => words[k]!.deprel.startsWith('nsubj'));
    const coSubject = subject !== undefined && n.head === subject && i < subject && kidsOf(words, subject).some((k) => words[k]!.deprel === 'cc' && k < subject);
    const subjectless = subject === undefined && n.head === words[v]!.head && words[v]!.deprel === 'advcl';
    // The verb read as a modifier of the list's last name, the list an oblique of the main verb: "After the US, the EU and
    // 10 other countries called for a ceasefire, the White House went", "they face huge losses after an earthquake and giant
    // waves killed at least 38,000 people" (business/346).
    const vh = words[v]!.head;
    const listed = subject === undefined && words[v]!.deprel === 'acl' && vh > i && words[vh]!.deprel === 'conj' && words[vh]!.head === i && words[n.head]?.upos === 'VERB';
    if (!coSubject && !subjectless && !listed) return;
    if (listed) words[v] = { ...words[v]!, head: n.head, deprel: 'advcl' };
    words[i] = { ...n, head: v, deprel: 'nsubj' };
    words[kase] = { ...words[kase]!, head: v, deprel: 'mark' };
    if (coSubject) words[subject] = { ...words[subject]!, head: i, deprel: 'conj' };
    // "the US, the EU and ...": a name before a comma read as a compound of the next is the list's first member.
    for (const k of kidsOf(words, i)) if (listed && k < i && words[k]!.deprel === 'compound' && nominal(words[k]!) && words.slice(k, i).some((y) => y.text === ',')) words[k] = { ...words[k]!, deprel: 'conj' };
  });
}

/**
 * "The leaders ... said they may present a proposal, urging Israel and Hamas to conclude" parsed
 * with "urging" under "proposal": a participle after a comma closes the clause, so it is said of
 * the clause's verb, not of the noun before the comma. BBC: "Gordon Brown has issued a rallying cry,
 * telling supporters" (politics/175), "the Tories and Lib Dems have jointly tabled a motion opposing
 * the new bill, saying" (politics/182), "urged people ... to develop a 'sense of belonging' in
 * Britain, telling them" (politics/041).
 */
function trailingParticiple(words: SyntaxWord[]): void {
  words.forEach((w, i) => {
    if (w.deprel !== 'acl' || w.upos !== 'VERB' || !/ing$/i.test(w.text) || words[i - 1]?.text !== ',') return;
    let h = w.head;
    for (let steps = 0; h >= 0 && words[h]!.upos !== 'VERB' && steps < 20; steps++) h = words[h]!.head;
    if (h >= 0) words[i] = { ...w, head: h, deprel: 'advcl' };
  });
}

/**
 * "During his meeting with Eomer, Aragorn pledged support" parsed with the opening phrase as the
 * root and the clause's verb as a modifier of its object: a phrase under a preposition is no
 * sentence; the first verb after it with a subject of its own is the root, the phrase its oblique.
 * BBC: "On Thursday, Mr Howard told" (politics/034), "Through his English teacher, he made an
 * approach" (politics/053), "In an upbeat pre-Budget report, he slightly increased" (politics/128).
 */
function prepositionalRoot(words: SyntaxWord[]): void {
  const n = words.findIndex((w) => w.head < 0);
  if (n < 0 || !nominal(words[n]!) || !kidsOf(words, n).some((k) => k < n && words[k]!.deprel === 'case')) return;
  // "Campbell is at the centre of a row": a copular predicate is a clause.
  if (kidsOf(words, n).some((k) => clausal.has(words[k]!.deprel.split(':')[0]!))) return;
  const v = words.findIndex((w, k) => k > n && w.upos === 'VERB' && kidsOf(words, k).some((c) => words[c]!.deprel === 'nsubj' && c < k));
  if (v < 0) return;
  const old = words[v]!.head;
  promote(words, n, v);
  words[n] = { ...words[n]!, deprel: 'obl' };
  // "pledged support" parsed as "pledged" modifying "support": the noun after the verb is its object.
  if (old === v + 1 && nominal(words[old]!)) words[old] = { ...words[old]!, head: v, deprel: 'obj' };
}

/**
 * "Arnor's foreign minister, in remarks published on Monday, urged Rohan" parsed with "minister" as
 * a caseless oblique of a subjectless verb: a noun before its verb with no preposition and no
 * time word is the verb's subject. BBC: "The government, last week, had to publish" (politics/082),
 * "A report in the Sunday Business claimed" (politics/402), "the Gibraltar-based Menatep Group, is
 * suing Russia" (business/192).
 */
function caselessSubject(words: SyntaxWord[]): void {
  words.forEach((w, v) => {
    if (w.upos !== 'VERB' || kidsOf(words, v).some((k) => words[k]!.deprel.startsWith('nsubj') || words[k]!.deprel === 'csubj' || words[k]!.deprel === 'aux:pass')) return;
    const n = kidsOf(words, v).find((k) => k < v && words[k]!.deprel === 'obl' && nominal(words[k]!) && !kidsOf(words, k).some((c) => words[c]!.deprel === 'case'));
    if (n !== undefined && words[n]!.upos === 'NOUN' && !/^(day|week|month|year|time|morning|evening|night|weekend)s?$/i.test(words[n]!.text)) words[n] = { ...words[n]!, deprel: 'nsubj' };
  });
}

/**
 * "In a phone call with Eomer, Aragorn spoke of peace", "On Monday, Aragorn and Rohan envoy Eomer met
 * with Elrond", "Speaking to the envoys of Rohan, Aragorn Elessar said": the parser reads the words
 * between an opening phrase's (or opening participle's) comma and a subjectless verb into that
 * phrase, as its apposition, conjunct or modifier; they are the verb's subject (names after an "and"
 * its conjuncts). An opening participle may also have taken the object's own name for the subject
 * and the real one for its conjunct ("while speaking to Rohan's envoy Eomer, Mr Aragorn said"): the
 * name before the comma goes back to the noun it names. An opening clause with its conjunction
 * swallows the subject the same way ("If Mordor attacks Gondor, Arnor will respond": BBC "since they
 * threw off the shackles against New Zealand in the 2003 World Cup, Wales have rediscovered",
 * sport/395), and the verb's auxiliaries are no part of the subject ("In the past, games consoles
 * and handhelds have generally launched", tech/084; "In addition to the interest-payment freeze,
 * Borussia Dortmund also will get", business/219). BBC: "On Tuesday, traders in Asia said"
 * (business/180), "In July last year, Motorola and Apple announced" (tech/064), "In a letter, EC
 * President José Manuel Barroso told" (tech/048), "On Thursday, David Graham from the FDA's Office of
 * Drug Safety told" (business/191), "Speaking at the trial of his former boss Bernard Ebbers, Scott
 * Sullivan said" (business/114), "Speaking to the Greek Parliament on Tuesday, Sevastis said"
 * (sport/080).
 */
function subjectAfterOpening(words: SyntaxWord[]): void {
  words.forEach((w, v) => {
    // A verb of its own clause: "nationals, apart from citizens of Norway, intending to wed" is no opening.
    if (w.upos !== 'VERB' || /ing$/i.test(w.text)) return;
    const subjects = kidsOf(words, v).filter((k) => words[k]!.deprel.startsWith('nsubj') || words[k]!.deprel === 'csubj');
    for (const o of kidsOf(words, v)) {
      const x = words[o]!;
      const participle = x.upos === 'VERB' && /ing$/i.test(x.text) && (x.deprel === 'advcl' || x.deprel === 'csubj');
      // An opening clause with its conjunction: "If Mordor attacks Gondor, Arnor will respond".
      const clause = x.upos === 'VERB' && x.deprel === 'advcl' && kidsOf(words, o).some((k) => k < o && words[k]!.deprel === 'mark');
      if (o > v || !(participle || clause || (nominal(x) && x.deprel.startsWith('obl')))) continue;
      // The last comma: "Speaking from a cafe in Brick Lane, east London, Mr Galloway said".
      const c = words.slice(0, v).map((y) => y.text).lastIndexOf(',');
      // The verb's own auxiliaries and adverbs before it are no part of the phrase ("Arnor will respond").
      let end = v;
      while (end - 1 > c && words[end - 1]!.head === v && (words[end - 1]!.upos === 'AUX' || words[end - 1]!.upos === 'ADV')) end--;
      if (c <= o || c >= end - 1 || words.slice(0, c).some((y, k) => k !== o && (y.upos === 'VERB' || y.upos === 'AUX'))) continue;
      const inside = (k: number) => k > c && k < end;
      const phrase = words.slice(c + 1, end);
      if (phrase.length > 8 || !phrase.some(nominal) || phrase.some((y) => !phraseTags.has(y.upos))) continue;
      // Only a phrase the parser hung on the opening: a word of it on the verb ("also") stays there.
      const tops = phrase.map((_, j) => c + 1 + j).filter((k) => !inside(words[k]!.head) && words[k]!.head !== v);
      const s = tops.find((k) => nominal(words[k]!));
      const others = subjects.filter((k) => k !== o);
      if (s === undefined || tops.some((k) => words[k]!.head > c) || others.some(inside)) return;
      if (others.length) {
        // Only a participle's object swallows a name this way, right after the noun it names ("envoy Eomer").
        if (!participle || others.some((k) => k < o || !nominal(words[k - 1]!))) return;
        for (const k of others) words[k] = { ...words[k]!, head: k - 1, deprel: 'appos' };
      }
      const and = words.findIndex((y, k) => k > s && inside(k) && y.deprel === 'cc');
      for (const k of tops) {
        if (k === s) continue;
        const y = words[k]!;
        const caseless = (y.deprel === 'nmod' || y.deprel === 'obl') && !kidsOf(words, k).some((q) => words[q]!.deprel === 'case');
        words[k] = { ...y, head: s, deprel: caseless && and >= 0 && and < k ? 'conj' : y.deprel.startsWith('nsubj') ? 'flat' : y.deprel };
      }
      const passive = kidsOf(words, v).some((k) => words[k]!.deprel === 'aux:pass');
      words[s] = { ...words[s]!, head: v, deprel: passive ? 'nsubj:pass' : 'nsubj' };
      if (participle) words[o] = { ...x, deprel: 'advcl' };
      return;
    }
  });
}
/**
 * "Addressing envoys from Arnor, Gondor and Rohan, Aragorn said" parsed with "Gondor" as the
 * subject and "Rohan" and "Aragorn" as its conjuncts: a list ends at its "and", so a name after
 * the comma that follows the last conjunct, right before the verb, is the verb's subject, and the
 * list's first member goes back into the opening phrase (under the noun before its preposition,
 * or as a conjunct of the name before its comma). BBC: "As well as entering the tournament
 * without players like Jonny Wilkinson, Mike Tindall and Richard Hill, England have now lost"
 * (sport/323: the one sentence of the 2,225 articles this parser reads so; its kind, an opening
 * phrase that ends in a list: "As garbage lay uncollected ... and hospital staff, council workers
 * and even gravediggers stayed off work, Lord Callaghan failed", politics/400).
 */
function listClosed(words: SyntaxWord[]): void {
  words.forEach((x, i) => {
    if (!x.deprel.startsWith('nsubj') || !nominal(x) || words[x.head]?.upos !== 'VERB') return;
    const v = x.head;
    const conjs = kidsOf(words, i).filter((k) => words[k]!.deprel === 'conj' && k < v);
    const c = conjs.at(-1);
    const before = conjs.at(-2);
    if (c === undefined || before === undefined || words[c - 1]?.text !== ',' || !nominal(words[c]!)) return;
    const hasCc = (k: number) => kidsOf(words, k).some((q) => words[q]!.deprel === 'cc');
    if (!hasCc(before) || hasCc(c)) return;
    // Nothing but the name itself between it and the verb ("Hassan Rouhani said", "England have now lost").
    if (words.slice(c + 1, v).some((y) => y.head !== c && y.upos !== 'AUX' && y.upos !== 'ADV')) return;
    const kase = kidsOf(words, i).find((k) => k < i && words[k]!.deprel === 'case');
    const p = kase !== undefined ? kase - 1 : words[i - 1]?.text === ',' ? i - 2 : -1;
    if (p < 0 || !nominal(words[p]!)) return;
    words[c] = { ...words[c]!, head: v, deprel: x.deprel };
    words[i] = { ...x, head: p, deprel: kase !== undefined ? 'nmod' : 'conj' };
    // The opening participle read as the clausal subject is the verb's adverbial clause.
    for (const k of kidsOf(words, v)) if (k < p && words[k]!.deprel === 'csubj') words[k] = { ...words[k]!, deprel: 'advcl' };
  });
}

const phraseTags = new Set(['PROPN', 'NOUN', 'DET', 'ADJ', 'PART', 'NUM', 'CCONJ', 'ADP', 'PRON']);

/**
 * "began a three-day visit to Beijing", tagged as an infinitive ("to" a mark, "Beijing" a verb):
 * a capitalised "verb" inside the sentence right after "to", with no subject or object of its own,
 * is a name and "to" its preposition. BBC: "a three-day visit to Beijing" (business/269), "contracts
 * assigned to Boeing" (business/161), "more powers to Brussels" (politics/389).
 */
function nameAfterTo(words: SyntaxWord[]): void {
  words.forEach((w, k) => {
    if (k < 2 || w.upos !== 'VERB' || !/^\p{Lu}/u.test(w.text) || words[k - 1]!.text.toLowerCase() !== 'to' || words[k - 1]!.head !== k) return;
    if (kidsOf(words, k).some((q) => /^(nsubj|obj|iobj|xcomp|ccomp)/.test(words[q]!.deprel))) return;
    const onVerb = words[w.head]?.upos === 'VERB';
    words[k] = { ...w, upos: 'PROPN', lemma: w.text, deprel: onVerb ? 'obl' : 'nmod' };
    words[k - 1] = { ...words[k - 1]!, upos: 'ADP', deprel: 'case' };
  });
}

/**
 * "accused the prime minister and Mr Brown of squabbling" parsed with "minister" as the subject of
 * "Brown" and "Brown" a conjunct of the verb: a verb with no object, whose nominal conjunct after it
 * has a subject between the two and its "and" after that subject, takes that subject as its object
 * and the conjunct as the object's; what hangs on the conjunct after it ("of squabbling") is the
 * verb's. BBC: "Michael Howard accused the prime minister and Mr Brown of" (politics/218, 253),
 * "Beijing has accused the US and other Western states of pouring fuel on the fire".
 */
function listObject(words: SyntaxWord[]): void {
  words.forEach((c, k) => {
    const v = c.head;
    if (c.deprel !== 'conj' || !nominal(c) || v < 0 || v > k || words[v]!.upos !== 'VERB') return;
    if (kidsOf(words, v).some((q) => words[q]!.deprel === 'obj')) return;
    const n = kidsOf(words, k).find((q) => q > v && words[q]!.deprel === 'nsubj' && nominal(words[q]!));
    if (n === undefined || !kidsOf(words, k).some((q) => q > n && q < k && words[q]!.deprel === 'cc')) return;
    words[n] = { ...words[n]!, head: v, deprel: 'obj' };
    words[k] = { ...c, head: n, deprel: 'conj' };
    for (const q of kidsOf(words, k)) {
      const rel = words[q]!.deprel;
      if (q > k && (rel === 'nmod' || rel === 'acl')) words[q] = { ...words[q]!, head: v, deprel: rel === 'nmod' ? 'obl' : 'advcl' };
    }
  });
}

/**
 * "imposed sanctions on Russian and Iranian officials", "trade talks between Chinese and US officials"
 * parsed with the preposition on the first adjective and the noun a conjunct or object of the word
 * before: a preposition belongs to its phrase's head noun, which becomes that phrase. BBC: "people from
 * Indian and Chinese backgrounds" (politics/056), "appeared along side her husband on TV chat shows"
 * (politics/011), "lost out on private sector investment" (politics/023); dev: the two above.
 */
function caseOnModifier(words: SyntaxWord[]): void {
  words.forEach((c, k) => {
    if (c.deprel !== 'case' || c.upos !== 'ADP' || c.text.startsWith("'")) return;
    const m = c.head;
    if (m < 0) return;
    const n = words[m]!.head;
    const noun = words[n];
    if (!noun || n <= m || noun.upos !== 'NOUN' || kidsOf(words, n).some((q) => words[q]!.deprel === 'case')) return;
    // Or the first of two listed modifiers, read as an oblique of the noun ("on Rohirric and Mordorian
    // officials" with "Rohirric" an oblique): "and" and the second modifier hang on the noun too.
    const listed = (words[m]!.deprel === 'obl' || words[m]!.deprel === 'nmod') && kidsOf(words, n).some((q) => q > m && words[q]!.deprel === 'cc' && kidsOf(words, n).some((r) => r > q && r < n && modifiers.has(words[r]!.deprel)));
    if (!modifiers.has(words[m]!.deprel) && !listed) return;
    words[k] = { ...c, head: n };
    if (listed) words[m] = { ...words[m]!, deprel: 'amod' };
    const g = words[noun.head];
    if (!g || noun.deprel.startsWith('obl') || noun.deprel.startsWith('nmod')) return;
    // A conjunct or object of the word before it: the phrase hangs on that word.
    if (noun.head < k) words[n] = { ...noun, deprel: g.upos === 'VERB' ? 'obl' : 'nmod' };
  });
}
const modifiers = new Set(['amod', 'compound']);

/**
 * "the Mordor-led invasion of Rohan", "fighting between Mordor-backed Orc Legion fighters and Rohan",
 * the parser hanging the name glued by a hyphen to a participle where the noun after it belongs (as
 * a list's first member, an object, a root): the noun takes that place, the participle describes it
 * and the name hangs on the participle (read by the hyphen frames of verbs.tsv). The name before
 * "led" owns the noun, as "Mordor's invasion": an act led is the leader's act ("-backed" is
 * sponsorship, read by its own frame). BBC: "the US-led invasion of Iraq" (entertainment/097),
 * "Clare Short has criticised the US-led tsunami aid coalition" (politics/191), "Mr Yushchenko
 * recently defeated Moscow-backed presidential candidate and Prime Minister Viktor Yanukovych"
 * (business/217), "the purchase of WMC by Zurich and London-based Xstrata" (business/366).
 */
function gluedParticiple(words: SyntaxWord[]): void {
  words.forEach((w, i) => {
    const p = i + 2;
    if (w.upos !== 'PROPN' || !/^[-–—]$/.test(words[i + 1]?.text ?? '') || !/ed$/i.test(words[p]?.text ?? '') || !['VERB', 'ADJ'].includes(words[p]!.upos)) return;
    const led = words[p]!.text.toLowerCase() === 'led';
    // The noun: the first after the participle past its adjectives and the words compounded into
    // it ("US-led tsunami aid coalition", "Mordor-backed Orc Legion fighters").
    let n = p + 1;
    const inside = (k: number) => {
      const h = words[k]!.head;
      return (h > k && h <= k + 4) || (h > p && h < k);
    };
    while (n < words.length && (words[n]!.upos === 'ADJ' || (nominal(words[n]!) && inside(n)))) n++;
    if (!words[n] || !(led ? words[n]!.upos === 'NOUN' : nominal(words[n]!))) return;
    // The noun takes the place of the phrase's top word (the parser may make "led" the root, the noun its object).
    const phrase = new Set([i, i + 1, p, n]);
    const top = [n, i, p].find((k) => !phrase.has(words[k]!.head));
    if (top === undefined) return;
    const moved = [...kidsOf(words, i), ...kidsOf(words, p)].filter((k) => !phrase.has(k));
    if (top !== n) {
      // A clause the parser made of the participle is the noun phrase: its verb's object, or, at the root, the subject of the next verb.
      const rel = words[top]!.deprel;
      const v = rel === 'root' ? moved.find((k) => k > n && words[k]!.upos === 'VERB' && complementRels.has(words[k]!.deprel)) : undefined;
      words[n] = { ...words[n]!, head: words[top]!.head, deprel: clauseRels.has(rel) ? 'obj' : rel };
      if (v !== undefined) {
        words[v] = { ...words[v]!, head: -1, deprel: 'root' };
        words[n] = { ...words[n]!, head: v, deprel: 'nsubj' };
        for (const k of moved) if (k > v) words[k] = { ...words[k]!, head: v };
      }
    }
    for (const k of moved) if (words[k]!.head === i || words[k]!.head === p) words[k] = { ...words[k]!, head: n };
    words[p] = { ...words[p]!, head: n, deprel: 'amod' };
    words[i + 1] = { ...words[i + 1]!, head: i, deprel: 'punct' };
    words[i] = led ? { ...w, head: n, deprel: 'nmod:poss' } : { ...w, head: p, deprel: 'obl:npmod' };
  });
}

/**
 * "made a state visit to Moscow last March" parsed with "to Moscow" under "March": a prepositional
 * phrase never modifies a noun phrase that follows it; it hangs where that phrase hangs ("made ... to
 * Moscow", "held talks with Gondor"). A capitalised month or weekday after a name draws it. BBC:
 * "knocked out of the FA Cup by Newcastle last Sunday" (sport/159), "approved for use in the US last
 * November" (business/150), "picking up knee ligament damage in Paris last Saturday" (sport/341).
 */
function phraseUnderTime(words: SyntaxWord[]): void {
  words.forEach((w, i) => {
    const h = w.head;
    if (w.deprel !== 'nmod' || !nominal(w) || h <= i + 1 || !nominal(words[h]!) || words[h]!.head < 0) return;
    // Between the phrase and the noun phrase it hangs on, only that noun's determiners and adjectives
    // ("last", "this"): not a name's first words ("by Foreign Secretary Jack Straw").
    if (words.slice(i + 1, h).some((x) => x.head !== h || !modifierTags.has(x.upos))) return;
    if (!kidsOf(words, i).some((k) => k < i && words[k]!.deprel === 'case')) return;
    const g = words[h]!.head;
    if (nominal(words[g]!)) words[i] = { ...w, head: g, deprel: 'nmod' };
    else if (words[g]!.upos === 'VERB') words[i] = { ...w, head: g, deprel: 'obl' };
  });
}
const modifierTags = new Set(['DET', 'ADJ', 'NUM']);

/**
 * "potential strikes against Israel by both Iran and Hezbollah" parsed with "Iran" a conjunct of
 * "strikes": a conjunct with a preposition of its own ("by") that its head lacks is that head's
 * phrase, not a second head ("talks with Gondor and with Rohan" coordinates two "with" phrases and
 * stays). BBC: "the file-sharing programs BitTorrent, eDonkey and DirectConnect in the United States,
 * United Kingdom, France" (tech/241), "Daniel Auteuil for 36, Mathieu Amalric for Kings And Queen"
 * (entertainment/063), "faith groups ... such as civic knowledge" (politics/105).
 */
function phraseAsConjunct(words: SyntaxWord[]): void {
  words.forEach((w, i) => {
    const h = w.head;
    if (w.deprel !== 'conj' || h < 0 || h > i || !nominal(w) || !nominal(words[h]!)) return;
    const preps = (k: number) => kidsOf(words, k).filter((c) => words[c]!.deprel === 'case' && c < k).map((c) => words[c]!.text.toLowerCase());
    const own = preps(i);
    if (!own.length || preps(h).some((p) => own.includes(p))) return;
    // Only a phrase right after its head's own phrase: no "and", "or" before the preposition.
    if (kidsOf(words, i).some((c) => c < i && words[c]!.deprel === 'cc')) return;
    words[i] = { ...w, deprel: 'nmod' };
  });
}

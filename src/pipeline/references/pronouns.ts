// Pronouns on the parse: he/she/his/her → the nearest person, a subject
// first; it/its → the nearest state, body or group; they/their → a plural
// subject ("NATO leaders", "Russian officials") or a coordination of actors
// ("Arnor and Gondor"), in the same or the previous sentences.
import type { Reference, SyntaxWord } from '../types.ts';
import { addRival, addSite, children, mainSubject, nearest, oneOf, pointOf, reach, sitesBefore, sitesOf, type Point, type RefContext } from './context.ts';
import { isSubject, type Site } from './sites.ts';

/** Resolves the pronouns of sentence `s` (its sites grow as they resolve, so "he … his" chains). */
export function resolvePronouns(ctx: RefContext, s: number): Reference[] {
  const words = ctx.doc.parses[s] ?? [];
  const out: Reference[] = [];
  words.forEach((w, i) => {
    const kind = w.upos === 'PRON' || w.upos === 'DET' ? ctx.tools.pronouns.get(w.text.toLowerCase()) : undefined;
    // Note: a capital mid-sentence, after a word, is a title's ("1986 hit She's Gotta Have It", "Do They Know It's Christmas").
    if (!kind || (/^\p{Lu}/u.test(w.text) && /[\p{L}\p{N}]\s*$/u.test(ctx.doc.sentences[s]!.text.slice(0, w.start)))) return;
    const p = pointOf(ctx, s, w.start);
    // Note: inside a quotation "they" is mostly people the speaker talks about, named nowhere.
    const own = ctx.tools.reflexives.has(w.text.toLowerCase()) ? reflexive(ctx, s, words, i, kind) : kind !== 'plural' ? cataphor(ctx, s, words, i, kind) : undefined;
    const found = own ?? (kind === 'person' ? person(ctx, p, words, i) : kind === 'thing' ? thing(ctx, p, words, i) : p.quoted ? undefined : plural(ctx, p, words, i));
    // Note: "they" is never one person ("make their Wales debuts" after a player named alone),
    // Note: nor a person and a body or state at once ("Georgia ... under former president Eduard Shevardnadze ... their wealth").
    const actors = kind === 'plural' ? plurality(ctx, found) : found;
    if (!actors?.length) {
      // Note: a "he" left unresolved is someone the article has not kept; a later "his" is more likely them than anyone before.
      const sex = ctx.tools.pronounSex.get(w.text.toLowerCase());
      if (kind === 'person') addRival(ctx, { sentence: s, start: w.start, end: w.end, actors: [], word: i, deprel: w.deprel, quoted: p.quoted, rival: { kind: 'person', ...(sex ? { sex } : {}) } });
      return;
    }
    const ref: Reference = { sentence: s, start: w.start, end: w.end, text: w.text, kind: 'pronoun', actors };
    out.push(ref);
    addSite(ctx, { sentence: s, start: w.start, end: w.end, actors, word: i, deprel: w.deprel, quoted: p.quoted });
  });
  return out;
}

/** "he", "his", "him": the nearest person; an object pronoun is not its own clause's subject ("Aragorn thanked him"). */
function person(ctx: RefContext, p: Point, words: readonly SyntaxWord[], i: number): string[] | undefined {
  const w = words[i]!;
  // Note: an object pronoun is never its own clause's subject, nor that of the verb its verb is coordinated with.
  const verb = words[w.head];
  const clause = /^(?:obj|iobj)$/.test(w.deprel) && verb ? [w.head, ...(verb.deprel === 'conj' ? [verb.head] : [])] : [];
  const sex = ctx.tools.pronounSex.get(w.text.toLowerCase());
  const person = oneOf(ctx, 'person');
  // Note: "she" is no one called "Mr" (and "he" no one called "Mrs"); a person of unknown sex may be either.
  const fits = (s: Site) => person(s) && (!sex || (ctx.sex.get(s.actors[0]!) ?? sex) === sex);
  const own = (s: Site) => s.sentence === p.sentence && s.word >= 0 && isSubject(s.deprel) && clause.includes(words[s.word]!.head);
  // Note: inside a quotation the speaker says "I": "she" there is never the subject of the sentence's verb outside the quotation
  // ("Ceplak said: “There is never an easy race when she is in the field.”"); another person named outside it may be
  // ("Blinken asserted that Putin was relying on Iran to help “wage his war”").
  // Note: a quotation that opened in a sentence before is still that sentence's speaker's.
  const opened = quoteOpened(ctx, p);
  const speaker = (s: Site) => p.quoted && s.sentence >= opened && s.sentence <= p.sentence && !s.quoted && s.word >= 0 && mainSubject(ctx.doc.parses[s.sentence] ?? [], s.word);
  // Note: a person the article did not keep, nearer than every actor ("Moody had to be put on a drip … his finger"), is the antecedent.
  const rival = (s: Site) => s.rival?.kind === 'person' && (!sex || !s.rival.sex || s.rival.sex === sex) && !own(s) && !speaker(s);
  // Note: "Mr Brown says he discussed it with Mr Blair and promised to play his part": a person's possessive is the subject's first.
  return nearest(ctx, p, (s) => fits(s) && !own(s) && !speaker(s), reach, true, rival)?.actors;
}

/**
 * "himself", "themselves": the subject of their own clause, or of the verb that clause completes ("agreed to distance
 * himself"), or the controlling object ("forced Gerrard to decide for himself"). BBC: "But Sturrock has distanced himself
 * from the position", "Petr Cech has established himself as first choice for Mourinho", "Foster, however, declared
 * himself satisfied": the nearest person before (McCall, Mourinho, Van Commenee) was someone else. `[]` when that word
 * is a name or noun of no fitting actor (someone the article did not keep); undefined when the parse names no such
 * word or it is a pronoun ("who later killed himself"): then the pronoun resolves as any other.
 */
function reflexive(ctx: RefContext, s: number, words: readonly SyntaxWord[], i: number, kind: 'person' | 'thing' | 'plural'): string[] | undefined {
  const at = (k: number) => {
    if (words[k]!.upos === 'PRON') return undefined;
    // Note: the site that holds word `k` or names it ("Paul Sturrock", "Dechy and Martinez"), not a modifier of it ("Russian Dmitriy Bogdanov").
    const covers = (x: Site) => {
      if (words[k]!.start >= x.start && words[k]!.end <= x.end) return true;
      for (let j = x.word, m = 0; j >= 0 && m < 4; j = words[j]!.head, m++) {
        if (j === k) return true;
        if (!/^(?:flat|compound|conj|appos)/.test(words[j]!.deprel)) return false;
      }
      return false;
    };
    const actors = sitesBefore(ctx, s, words[i]!.start).find((x) => x.word >= 0 && covers(x))?.actors;
    if (!actors) return [];
    // Note: "himself" is one person, "themselves" no single person, "itself" no person; a subject of another type ("the
    // Moroccan" read as Morocco) leaves the pronoun to the usual search.
    const types = actors.map((a) => ctx.typeOf(a));
    const fits = kind === 'person' ? actors.length === 1 && types[0] === 'person' : kind === 'thing' ? !types.includes('person') : !(actors.length === 1 && types[0] === 'person');
    return fits ? actors : undefined;
  };
  let verb = words[i]!.head;
  // Note: "Mr Blunkett himself", "Tait himself": an intensive right after a name is that name's.
  if (verb >= 0 && /^(?:NOUN|PROPN)$/.test(words[verb]!.upos)) return /^(?:nmod:unmarked|nmod:npmod|appos)$/.test(words[i]!.deprel) && verb === i - 1 ? at(verb) : undefined;
  for (let n = 0; n < 4 && verb >= 0; n++) {
    const subject = words.findIndex((w, k) => w.head === verb && isSubject(w.deprel) && k !== i);
    if (subject >= 0) return at(subject);
    if (!/^(?:xcomp|conj|advcl)$/.test(words[verb]!.deprel)) return undefined;
    // Note: "forced Gerrard to make the decision for himself": an object of the verb the clause completes controls it.
    const object = words[verb]!.deprel === 'xcomp' ? words.findIndex((w) => w.head === words[verb]!.head && w.deprel === 'obj') : -1;
    if (object >= 0) return at(object);
    verb = words[verb]!.head;
  }
  return undefined;
}

/**
 * A pronoun in a fronted adverbial points ahead to the subject right after it: "During his response to Gordon Brown's
 * Budget statement on Tuesday, Michael Howard compared ...", "with its close ties to the Kremlin, state-backed gas
 * monopoly Gazprom had been seen as favourite", "when he was introducing the bill, Mr Blunkett suggested ...".
 * Only when the adverbial opens with a preposition or subordinator, no fitting actor stands before the pronoun in its
 * sentence, and the first site after the adverbial's comma is a subject of the pronoun's kind.
 */
function cataphor(ctx: RefContext, s: number, words: readonly SyntaxWord[], i: number, kind: 'person' | 'thing'): string[] | undefined {
  // Note: not inside a quotation ("he said, if he has no firm offer, ..."), nor a pronoun subject of the main verb ("If you went
  // to Africa he would be recognised everywhere, in places John Lennon ...").
  if (pointOf(ctx, s, words[i]!.start).quoted || (isSubject(words[i]!.deprel) && words[i]!.head === ctx.roots[s])) return undefined;
  // Note: "it" as an object is a thing ("with the Budget measures in it"), as thing() reads it.
  if (words[i]!.text.toLowerCase() === 'it' && !isSubject(words[i]!.deprel)) return undefined;
  const open = words.slice(0, i).findLastIndex((w) => w.text === ',') + 1;
  const close = words.findIndex((w, k) => k > i && w.text === ',');
  if (close < 0) return undefined;
  const first = words.slice(open, i).find((w) => w.upos !== 'CCONJ');
  if (!first || !/^(?:ADP|SCONJ)$/.test(first.upos)) return undefined;
  const fits = kind === 'person' ? oneOf(ctx, 'person') : oneOf(ctx, 'country', 'organization', 'group', 'media');
  const sites = ctx.sites[s] ?? [];
  if (sites.some((x) => x.end <= words[i]!.start && fits(x))) return undefined;
  const next = sites.find((x) => x.start > words[close]!.start);
  // Note: the subject itself, not a modifier of it ("In its quarterly economic review, Deloitte said the UK economy ...").
  if (!next || next.word < 0 || !fits(next)) return undefined;
  let k = next.word;
  // Note: up through the parts of a name ("Mr Brown"), not from a name to the common noun it modifies.
  for (let n = 0; n < 4 && /^(?:flat|compound)/.test(words[k]!.deprel) && words[words[k]!.head]?.upos === 'PROPN'; n++) k = words[k]!.head;
  if (!isSubject(words[k]!.deprel)) return undefined;
  // Note: "he" is no one of the other sex.
  const sex = ctx.tools.pronounSex.get(words[i]!.text.toLowerCase());
  if (kind === 'person' && sex && (ctx.sex.get(next.actors[0]!) ?? sex) !== sex) return undefined;
  return next.actors;
}

/** What "they" found stands for: none for one person, or for persons beside bodies or states ("Taliban spokesman Zabihullah Mujahid said they": the writer means the Taliban, or the two). */
function plurality(ctx: RefContext, found: string[] | undefined): string[] | undefined {
  const people = found?.filter((a) => ctx.typeOf(a) === 'person') ?? [];
  if (!found || !people.length || people.length === found.length) return found && !(found.length === 1 && people.length) ? found : undefined;
  return undefined;
}

/** The sentence where the quotation around `p` opened: its own, or an earlier one of a quotation that runs on. */
function quoteOpened(ctx: RefContext, p: Point): number {
  let k = p.sentence;
  // Note: a quotation runs on from the sentence before when the point's quoted range starts the sentence (sites.ts quotedRanges).
  const runsOn = (j: number, at: number) => (ctx.quoted[j] ?? []).some(([a, b]) => a === 0 && at < b) && !/^\s*[“"]/.test(ctx.doc.sentences[j]?.text ?? '');
  for (let at = p.at; k > 0 && k > p.sentence - reach && runsOn(k, at); at = 0) k--;
  return k;
}

/** "it", "its": the nearest state, body or group; none for "it" that points to nothing ("it seems", "it is clear that"). */
function thing(ctx: RefContext, p: Point, words: readonly SyntaxWord[], i: number): string[] | undefined {
  const w = words[i]!;
  // Note: inside a quotation "it" is mostly the matter spoken of; as an object or oblique, a thing ("without it").
  if (p.quoted) return undefined;
  if (w.text.toLowerCase() === 'it' && (!isSubject(w.deprel) || expletive(ctx, words, i))) return undefined;
  // Note: a subject noun or name of no actor nearer than every actor ("The three-year project will work … as it develops",
  // "Unilever is not alone in trying to simplify its business") is what "it" points to.
  // Note: so is a one-word name of no known kind or sex that the actors stage did not keep ("Marsh has said it is
  // co-operating fully with the SEC investigation", "Veritas ... its"): more often a firm than a person.
  const unknown = (s: Site) => s.rival?.kind === 'person' && !s.rival.sex && isSubject(s.deprel) && !/\s/.test(ctx.doc.sentences[s.sentence]!.text.slice(s.start, s.end));
  return nearest(ctx, p, oneOf(ctx, 'country', 'organization', 'group', 'media'), reach, possessive(w), (s) => s.rival?.kind === 'thing' || unknown(s))?.actors;
}

/** A possessive of a thing ("its war") points to the nearest fitting actor of its sentence; a subject pronoun to a subject first. */
function possessive(w: SyntaxWord): true | 'earlier' {
  return w.deprel === 'nmod:poss' ? 'earlier' : true;
}

/** True when "it" points to nothing: an expletive, the subject of a predicate adjective or noun, of a clause-taking passive, or of "seem". */
function expletive(ctx: RefContext, words: readonly SyntaxWord[], i: number): boolean {
  const w = words[i]!;
  if (w.deprel === 'expl') return true;
  const head = words[w.head];
  if (!head) return true;
  if (!/^(?:VERB)$/.test(head.upos)) return true;
  if (ctx.tools.expletive.has(head.lemma.toLowerCase())) return true;
  const deps = children(words, w.head).map((k) => words[k]!.deprel);
  return deps.includes('csubj') || (w.deprel === 'nsubj:pass' && deps.includes('ccomp'));
}

/**
 * "they", "their": a subject that is a coordination of actors or a plural
 * noun an actor modifies ("NATO leaders", "Russian officials"), or a group;
 * first in its own sentence before the pronoun, then in the sentences before.
 */
function plural(ctx: RefContext, p: Point, own: readonly SyntaxWord[], at: number): string[] | undefined {
  // "the plans for ID cards ... branding them a step": a plural noun of no actor between the pronoun and
  // an actor is what "they" points to, a thing or people named nowhere; the actor before it is not.
  const ownSites = sitesBefore(ctx, p.sentence, p.at).filter((s) => s.word >= 0);
  const actorWords = new Set(ownSites.flatMap((s) => [s.word, phraseRoot(own, s.word)]));
  // Note: only a subject or an object, outside a quotation the pronoun is not in: a plural noun in an adverbial
  // ("moving towards sanctions, they said") or in a quote before "they said" is no rival.
  // Note: so is a coordination of names of no actor ("stalwarts Catherina McKiernan and Dermot Donnelly hung up their spikes").
  const many = (w: SyntaxWord, j: number) => (w.upos === 'NOUN' && w.text.toLowerCase() !== w.lemma.toLowerCase()) || (w.upos === 'PROPN' && own.some((c) => c.head === j && c.deprel === 'conj' && c.upos === 'PROPN'));
  const blocker = own.slice(0, at).findLastIndex((w, j) => many(w, j) && /^(?:nsubj|nsubj:pass|obj)$/.test(w.deprel) && pointOf(ctx, p.sentence, w.start).quoted === p.quoted && !actorWords.has(j) && !ownSites.some((s) => phraseRoot(own, s.word) === j));
  for (let k = p.sentence; k >= Math.max(0, p.sentence - reach + 1); k--) {
    if (k < p.sentence && blocker >= 0) return undefined;
    const words = ctx.doc.parses[k] ?? [];
    const sites = (k < p.sentence ? sitesOf(ctx, k) : sitesBefore(ctx, k, p.at)).filter((s) => (p.quoted || !s.quoted) && s.word >= 0);
    const byRoot = new Map<number, Site[]>();
    for (const s of sites) {
      const r = phraseRoot(words, s.word);
      byRoot.set(r, [...(byRoot.get(r) ?? []), s]);
    }
    const roots = [...byRoot.keys()].filter((r) => isSubject(words[r]?.deprel ?? '') && (k < p.sentence || r > blocker || pluralHead(words, r, byRoot.get(r)!)));
    for (const r of k === p.sentence ? roots.reverse() : roots) {
      const actors = [...new Set(byRoot.get(r)!.flatMap((s) => s.actors))];
      // Note: a long list ("the Conservatives, Ken Clarke, … and the Liberal Democrats") is rarely what "their" points to.
      if (actors.length > maxGroup) continue;
      if (actors.length >= 2 || pluralHead(words, r, byRoot.get(r)!) || (actors.length === 1 && ctx.typeOf(actors[0]!) === 'group')) return actors;
    }
    // Note: a parse that misses the subject ("… after leaders of Nato member states gathered"): in the sentence just before, the last plural noun an actor modifies.
    if (k === p.sentence - 1) {
      const noun = [...byRoot.keys()].filter((r) => r >= 0 && pluralHead(words, r, byRoot.get(r)!)).at(-1);
      if (noun !== undefined) return [...new Set(byRoot.get(noun)!.flatMap((s) => s.actors))];
    }
    // Note: a sentence before whose main subject is a plural noun of no actor ("Six members of the committee will be in
    // Scotland. They will also speak to Mr Finnie") is what "they" goes on about: no actor further back.
    if (k < p.sentence) {
      const root = ctx.roots[k] ?? -1;
      const subject = words.findIndex((w) => w.head === root && isSubject(w.deprel));
      const w = words[subject];
      if (w && w.upos === 'NOUN' && w.text.toLowerCase() !== w.lemma.toLowerCase() && !byRoot.has(subject) && !sites.some((s) => phraseRoot(words, s.word) === subject)) return undefined;
    }
  }
  return undefined;
}

/** True when word `r` is a plural common noun that the sites modify ("leaders" of "Nato leaders"), not one of them. */
function pluralHead(words: readonly SyntaxWord[], r: number, sites: Site[]): boolean {
  const w = words[r]!;
  return w.upos === 'NOUN' && w.text.toLowerCase() !== w.lemma.toLowerCase() && !sites.some((s) => s.word === r);
}

/** The most actors "they" may point to at once. */
const maxGroup = 3;

/** The word a noun phrase hangs from: up through coordination, apposition, names, compounds and modifiers. */
function phraseRoot(words: readonly SyntaxWord[], i: number): number {
  let k = i;
  for (let n = 0; n < 6 && k >= 0 && /^(?:conj|appos|flat|compound|amod|nmod)(?!:poss)/.test(words[k]!.deprel); n++) k = words[k]!.head;
  return k;
}

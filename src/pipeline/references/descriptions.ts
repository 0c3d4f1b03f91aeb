// Descriptions that point back: "the alliance", "the company" (the nearest
// body), "the country", "the government" (the nearest state), "the
// statement" (its issuer), "the minister", "the Ukrainian leader" (a person
// of the article with that title and affiliation), and "both sides" (the
// two parties of the sentence before).
import type { BriefingActor } from '../../model/index.ts';
import type { ActorMention, Reference, SyntaxWord } from '../types.ts';
import { addSite, lastBelow, nearest, oneOf, pointOf, position, ranked, reach, sitesBefore, sitesOf, stateOf, type Point, type RefContext } from './context.ts';

/** How far back (in sentences) "the ministry" looks for a body whose name holds the word. */
const farReach = 12;
import { isSubject, type Site } from './sites.ts';
import { partitionPoint } from '../../util/partition-point.ts';

/** Resolves the definite descriptions of sentence `s`: a head of the lexicon, with "the" and its modifiers. */
export function resolveDescriptions(ctx: RefContext, s: number, byHead: Map<string, string[]>): Reference[] {
  const words = ctx.doc.parses[s] ?? [];
  const text = ctx.doc.sentences[s]!.text;
  const out: Reference[] = [];
  words.forEach((w, i) => {
    const head = w.text.toLowerCase();
    let det = -1;
    for (let k = Math.max(0, i - 3); k < i && det < 0; k++) {
      const d = words[k]!;
      if (d.head === i && ((d.deprel === 'det' && /^(?:the|an?)$/i.test(d.text)) || (d.deprel === 'nummod' && /^one$/i.test(d.text)))) det = k;
    }
    const definite = words[det]?.text.toLowerCase() === 'the';
    // "a spokesperson", "one administration official", "the military official": someone speaking for a body.
    const kind = (definite ? ctx.tools.heads.get(head) : undefined) ?? (ctx.tools.voices.has(head) ? 'voice' : undefined);
    // Note: a capitalised head is a name ("the West Country", "the Home Office"), the mentions stage's to read.
    if (!kind || w.upos !== 'NOUN' || w.deprel === 'compound' || /^\p{Lu}/u.test(w.text)) return;
    // Note: only a phrase the head closes: every word between "the" and the head modifies it.
    if (det < 0 || words.slice(det + 1, i).some((m) => m.head !== i && words[m.head]?.head !== i)) return;
    const mods = words.slice(det + 1, i);
    if (mods.some((m) => m.upos === 'NUM' || ctx.tools.notModifier.has(m.text.toLowerCase()))) return;
    const start = words[det]!.start;
    // "the Israeli government", "the government of Lebanon", "the Trump administration": the phrase names its actor.
    // Note: "of …" is read up to its noun, at most a few words on ("an official of the US military").
    // Only "of" and "for" ("a spokesman for UKIP"): "attacked the government over Iraq", "the party in Scotland" say what
    // the phrase is about or where (BBC: "attacked the government over Iraq", "the government over the Iraq war" twice,
    // "the government on Iraq", "the group with Mark ...": each made Iraq or Mark the description's actor).
    const ofPhrase = (k: number) => words.some((c) => c.head === k && c.deprel === 'case' && /^(?:of|for)$/i.test(c.text));
    const ofAt = words.slice(i + 1, i + 8).findLastIndex((x, k) => x.head === i && /^nmod(?!:poss)/.test(x.deprel) && ofPhrase(i + 1 + k));
    const of = ofAt >= 0 ? words[i + 1 + ofAt] : undefined;
    const mine = mentionsIn(ctx.resolved[s] ?? [], start, of ? of.end : w.end);
    // Note: the actors stage named it already ("the Kremlin", "the Foreign Ministry").
    if (mine.some((m) => m.start < w.end && m.end >= w.end)) return;
    // Note: a name among the modifiers that is no actor ("the Gershon report", "the Populus survey", "the News of the World
    // newspaper") names what the phrase is: no document of the article's actors.
    // A later "the report" is that one too: it points to no actor either.
    // Note: a document's only: "the Shia militant group", "the Trump administration" are bodies and states of the article.
    if (kind === 'document' && mods.some((m) => m.upos !== 'ADJ' && /^\p{Lu}/u.test(m.text) && !mine.some((x) => x.start < m.end && x.end > m.start))) {
      byHead.set(head, []);
      return;
    }
    // Note: "The director of the film, Vinod Pande, says", "the company's boss, Mr Smith,": a name in apposition right after
    // the phrase says who it is; the name itself is the mention, no actor named before.
    // Note: only a name closed by a comma: "the country, Agence France Presse reported" is the clause's subject.
    const next = words.findIndex((x) => x.start >= (of ? of.end : w.end));
    let after = next + 1;
    while (words[after]?.upos === 'PROPN') after++;
    if (words[next]?.text === ',' && after > next + 1 && words[after]?.text === ',') return;
    const named = mine.filter((m) => (m.start >= start && m.end <= w.start) || (of && m.start >= w.end && m.end <= of.end)).map((m) => m.actor!);
    // Note: "the release of the remaining inmates", "the most serious statement of intent", "the group of investors": an "of"
    // that names no actor says what the phrase is about, no body or document named before.
    const about = words.find((x, k) => k > i && k < i + 8 && x.head === i && /^nmod(?!:poss)/.test(x.deprel) && words.some((c, j) => c.head === k && c.deprel === 'case' && c.text.toLowerCase() === 'of'));
    if (about && kind !== 'person' && kind !== 'voice' && !mine.some((m) => m.start >= w.end && m.start < about.end)) return;
    const p = pointOf(ctx, s, start);
    const modWords = mods.map((m) => m.text.toLowerCase());
    const actors = kind === 'person' ? titled(ctx, p, head, modWords, named, isSubject(w.deprel)) : kind === 'voice' ? voice(ctx, p, modWords, named) : body(ctx, p, kind, head, named, byHead, commanding(words, i));
    if (!actors?.length) return;
    if (kind !== 'person' && kind !== 'voice') byHead.set(head, actors);
    out.push({ sentence: s, start, end: w.end, text: text.slice(start, w.end), kind: 'description', actors });
    addSite(ctx, { sentence: s, start, end: w.end, actors, word: i, deprel: w.deprel, quoted: p.quoted });
  });
  return out;
}

/**
 * "the alliance", "the country", "the statement": an actor the phrase names,
 * else what the same head pointed to before ("the CSIS report" … "the
 * report"), else the nearest fitting actor before; for a body, one whose name
 * holds the head comes first. `commanded` holds the coordinated subject words
 * above the phrase in its own sentence: none is its antecedent.
 */
function body(ctx: RefContext, p: Point, kind: 'body' | 'state' | 'document', head: string, named: string[], byHead: Map<string, string[]>, commanded: ReadonlySet<number>): string[] | undefined {
  const own = named.find((a) => ctx.typeOf(a) !== 'person');
  // Note: "the German firm", "the Finnish group Varttina": a firm or group of that country, no actor (nor is a later "the firm").
  if (own && ctx.typeOf(own) === 'country' && ctx.tools.private.has(head)) {
    byHead.set(head, []);
    return undefined;
  }
  if (own) return [own];
  // Note: "the Trump administration" is the state its person leads; a person with no state names no body.
  if (named.length) {
    const state = stateOf(ctx, named[0]!);
    return kind === 'state' && state ? [state] : undefined;
  }
  const before = byHead.get(head);
  // Note: "Labour and the Lib Dems said the party's sums do not add up": one description is not one of two
  // coordinated subjects above it (the writer would have named it), so neither is its antecedent.
  const free = (fits: (x: Site) => boolean) => (x: Site) => fits(x) && !(x.sentence === p.sentence && commanded.has(x.word));
  // "the ministry" after "the Foreign Ministry", "the party" after the Lib Dems ("Liberal Democrat Party" in the lexicon): the
  // nearest body whose name holds the head wins over the nearest other one and over what the head pointed to before (with two
  // parties in the story, the first "the party" held every later one: 6 of 17 wrong on a BBC sample).
  const holds = (a: BriefingActor) => [a.name, ...a.aliases, ...(ctx.tools.lexiconNames.get(a.id) ?? [])].some((n) => new RegExp(`\\b${head}\\b`, 'i').test(n));
  const holders = new Set(ctx.doc.actors.filter((a) => a.type !== 'person' && holds(a)).map((a) => a.id as string));
  const holder = kind === 'body' ? nearest(ctx, p, free((x) => x.actors.length === 1 && holders.has(x.actors[0]!)), farReach) : undefined;
  if (holder) return holder.actors;
  if (before) return before;
  if (kind === 'state') return nearest(ctx, p, free(oneOf(ctx, 'country')), reach, false)?.actors;
  // Note: a news outlet reports a statement; it does not issue it.
  if (kind === 'document') return (nearest(ctx, p, free(oneOf(ctx, 'organization', 'group', 'country')), 2) ?? nearest(ctx, p, free(oneOf(ctx, 'person')), 1))?.actors;
  // Note: "the police" with no police body named is the police at large, not the court or party named before.
  if (ctx.tools.forces.has(head)) return undefined;
  return nearest(ctx, p, free(oneOf(ctx, 'organization', 'group')), reach, false)?.actors;
}

/** The coordinated subject words of the verbs above word `i` ("Labour and the Liberal Democrats said …"): every conjunct. */
function commanding(words: readonly SyntaxWord[], i: number): Set<number> {
  const out = new Set<number>();
  for (let k = i, n = 0; k >= 0 && n < 30; k = words[k]!.head, n++) {
    const above = words[k]!.head;
    if (above < 0) break;
    const subjects = words.flatMap((w, c) => (w.head === above && c !== k && isSubject(w.deprel) ? [c] : []));
    const conjuncts = words.flatMap((w, c) => (w.deprel === 'conj' && subjects.includes(w.head) ? [c] : []));
    // Note: the parser sometimes makes each conjunct a subject of its own ("Labour/nsubj and the Lib Dems/nsubj say").
    if (subjects.length + conjuncts.length > 1) for (const c of [...subjects, ...conjuncts]) out.add(c);
  }
  return out;
}

/**
 * "the minister", "the Ukrainian leader": the person named before whose
 * title holds the head ("leader": a head of state or government) and the
 * most modifiers ("foreign"), belonging to the state the phrase names; the
 * most recently named when several fit.
 */
function titled(ctx: RefContext, p: Point, head: string, mods: string[], named: string[], subject: boolean): string[] | undefined {
  const { titles, positions } = ctx.persons;
  const here = position(p.sentence, p.at);
  const last = new Map<string, number>();
  for (const [a, ps] of positions) {
    const before = lastBelow(ps, here);
    if (before !== undefined) last.set(a, before);
  }
  // Note: only a state narrows the choice ("the Ukrainian leader"); "the University College London professor" may belong to no body on record.
  const states = named.filter((a) => ctx.typeOf(a) === 'country');
  const fits = ctx.doc.actors.filter((a) => {
    if (a.type !== 'person' || !last.has(a.id)) return false;
    if (states.length && !states.includes(stateOf(ctx, a.id) ?? '')) return false;
    // Note: a title is read as a whole: "the prime minister" is no "deputy prime minister", "the chancellor" no "shadow
    // chancellor", "the prime minister" no "former welfare minister" (BBC: each made Prescott, Letwin, Field the referent).
    const ts = (titles.get(a.id) ?? []).filter((t) => !t.split(/[\s-]+/).some((x) => ctx.tools.titleQualifiers.has(x) && !mods.includes(x)));
    return ts.some((t) => new RegExp(`\\b${head}\\b`).test(t) || (head === 'leader' && ctx.tools.leaderRole.test(t)));
  });
  const score = (a: BriefingActor) => Math.max(0, ...(titles.get(a.id) ?? []).map((t) => mods.filter((m) => new RegExp(`\\b${m}\\b`).test(t)).length));
  const best = Math.max(-1, ...fits.map(score));
  const pick = fits.filter((a) => score(a) === best).sort((a, b) => last.get(b.id)! - last.get(a.id)!)[0];
  if (pick) return [pick.id];
  // Note: "the general said", "the professor added" that no title on record fits: as the subject of its clause, the
  // person the text is about (the nearest, a subject first), among those with no title on record, not of another state than
  // the phrase names. As an object ("urged the home secretary") it may be anyone: no guess.
  if (!subject || !ctx.tools.ranks.has(head)) return undefined;
  const person = oneOf(ctx, 'person');
  // Note: "the Russian ambassador" is no one whose state is unknown.
  // Note: nor is "the marshal" someone whose title on record is another.
  const free = new Set(ctx.doc.actors.filter((a) => !titles.get(a.id)?.length && (!states.length || states.includes(stateOf(ctx, a.id) ?? ''))).map((a) => a.id as string));
  return nearest(ctx, p, (x) => person(x) && free.has(x.actors[0]!))?.actors;
}

/**
 * "a spokesperson", "a source": the body named in the sentence or the one
 * before, an organization first; "a senior administration official": the
 * state named nearest. An actor named in the phrase speaks itself.
 */
function voice(ctx: RefContext, p: Point, mods: string[], named: string[]): string[] | undefined {
  const own = named.find((a) => ctx.typeOf(a) !== 'person');
  if (own) return [own];
  // Note: "one Biden administration official": the state of the person who names the administration.
  if (named.length) {
    const state = stateOf(ctx, named[0]!);
    return state ? [state] : undefined;
  }
  if (mods.some((m) => ctx.tools.heads.get(m) === 'state')) return nearest(ctx, p, oneOf(ctx, 'country'), reach, false)?.actors;
  const org = oneOf(ctx, 'organization');
  const other = oneOf(ctx, 'country', 'group');
  // Its own sentence, nearest first; then the sentence before, its subject first.
  const here = sitesBefore(ctx, p.sentence, p.at).filter((x) => p.quoted || !x.quoted).reverse();
  const before = ranked(ctx, sitesOf(ctx, p.sentence - 1).filter((x) => p.quoted || !x.quoted));
  for (const sites of [here, before]) {
    const hit = sites.find(org) ?? sites.find(other);
    if (hit) return hit.actors;
  }
  return undefined;
}

/** The mentions of a sentence (in text order) that overlap `[from, to)`, found by binary search. */
function mentionsIn(ms: readonly ActorMention[], from: number, to: number): ActorMention[] {
  const lo = partitionPoint(ms, (m) => m.end <= from);
  const out: ActorMention[] = [];
  for (let k = lo; k < ms.length && ms[k]!.start < to; k++) out.push(ms[k]!);
  return out;
}

/** "the two sides", "both sides": the two parties of the nearest sentence that names two actors, its subject first. */
export function resolveGroups(ctx: RefContext, s: number): Reference[] {
  const text = ctx.doc.sentences[s]!.text;
  const out: Reference[] = [];
  for (const g of ctx.tools.groups) {
    for (const m of text.matchAll(g.pattern)) {
      if (out.some((r) => r.start < m.index + m[0].length && r.end > m.index)) continue;
      // Note: "both sides of the Atlantic", "on both sides of the Line": a place's two sides, no parties.
      if (/^\s+of\s+(?:the\s+)?\p{Lu}/u.test(text.slice(m.index + m[0].length)) && !(ctx.resolved[s] ?? []).some((x) => x.start > m.index + m[0].length && x.start < m.index + m[0].length + 10)) continue;
      const p = pointOf(ctx, s, m.index);
      // Note: "the two men" are no women, "the two women" no men (BBC: "a film about the last two men pulled from the rubble" was Debra Hill and Lynda Obst).
      const sex = ctx.tools.groupSex.get(m[0].toLowerCase().split(/\s+/).at(-1)!);
      const person = oneOf(ctx, 'person');
      const fits = g.types.includes('person') && sex ? (x: Site) => person(x) && (ctx.sex.get(x.actors[0]!) ?? sex) === sex : oneOf(ctx, ...g.types);
      const actors = parties(ctx, p, fits) ?? (g.types.includes('group') ? parties(ctx, p, person) : undefined);
      if (actors) out.push({ sentence: s, start: m.index, end: m.index + m[0].length, text: m[0], kind: 'group', actors });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function parties(ctx: RefContext, p: Point, fits: (s: Site) => boolean): string[] | undefined {
  for (let k = p.sentence; k >= Math.max(0, p.sentence - reach); k--) {
    const sites = (k < p.sentence ? sitesOf(ctx, k) : sitesBefore(ctx, k, p.at)).filter((x) => !x.quoted && fits(x));
    const subject = sites.find((x) => isSubject(x.deprel));
    const ordered = subject ? [subject, ...sites.filter((x) => x !== subject)] : sites;
    const actors = [...new Set(ordered.flatMap((x) => x.actors))];
    if (actors.length >= 2) return actors.slice(0, 2);
  }
  return undefined;
}

/** A surname or short form the actors stage left unresolved ("Gabir" after "Lt Gen Ibrahim Gabir"): the one person named before whose name holds it. */
export function resolveShortNames(ctx: RefContext, s: number): Reference[] {
  const out: Reference[] = [];
  for (const m of ctx.unresolved[s] ?? []) {
    if (m.kind !== 'name' || (m.type && m.type !== 'person') || !/^\p{Lu}[\p{L}'’-]+$/u.test(m.text)) continue;
    const here = position(s, m.start);
    const fits = (ctx.persons.surnames.get(m.text) ?? []).filter((a) => (ctx.persons.positions.get(a)?.[0] ?? Infinity) < here).map((a) => ({ id: a }));
    if (fits.length !== 1) continue;
    const words: readonly SyntaxWord[] = ctx.doc.parses[s] ?? [];
    const i = words.findIndex((w) => w.start === m.start);
    out.push({ sentence: s, start: m.start, end: m.end, text: m.text, kind: 'short-name', actors: [fits[0]!.id] });
    addSite(ctx, { sentence: s, start: m.start, end: m.end, actors: [fits[0]!.id], word: i, deprel: i >= 0 ? words[i]!.deprel : '', quoted: pointOf(ctx, s, m.start).quoted });
  }
  return out;
}

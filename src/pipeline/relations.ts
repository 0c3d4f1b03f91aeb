// Stage: relations. Who did what to whom, read off each sentence's dependency
// tree in numbered steps (src/pipeline/relations/README.md): pin actors to
// words, find arguments, match the verb frames of src/lexicon/verbs.tsv,
// decide the modality, emit.
import type { Lexicon } from '../lexicon/load.ts';
import type { Relation } from '../model/index.ts';
import { repairTree } from './relations/0-repair.ts';
import { anchorTree, sentenceSpans, type Tree } from './relations/1-anchors.ts';
import { kidsBy, subjectOf, type Reach } from './relations/2-arguments.ts';
import { treeFrames, type TreeFrames } from './relations/3-frames.ts';
import { matchAt } from './relations/4-match.ts';
import { petrarchAt } from './relations/4-petrarch.ts';
import type { VerbDictionary } from '../lexicon/verb-dictionary.ts';
import { contest, sportsReport } from './relations/4-sport.ts';
import { stanceAt } from './relations/5-stance.ts';
import { modalityAt, type ModalityClasses } from './relations/6-modality.ts';
import { affiliationsOf, dedupe, emit, jointPairs, restated, type Where } from './relations/7-emit.ts';
import { prepareFrameBook, type FrameBook } from './relations/verb-frames.ts';
import type { ActorMention, Reference, WithReferences, WithRelations } from './types.ts';
import { addTo } from '../util/add-to.ts';

/** What the stage reads from verbs.tsv: the frames on the tree and the word classes. */
export interface RelationTools {
  book: FrameBook;
  frames: TreeFrames;
  /** PETRARCH2's verb dictionary, read where no frame of verbs.tsv matched. */
  dictionary?: VerbDictionary;
}

/** Compiles verbs.tsv's frames and word classes once per run. */
export function prepareRelations(lex: Pick<Lexicon, 'verbs'> & Partial<Pick<Lexicon, 'verbDictionary'>>): RelationTools {
  const book = prepareFrameBook(lex);
  return { book, frames: treeFrames(book), ...(lex.verbDictionary ? { dictionary: lex.verbDictionary } : {}) };
}

/** Sentences longer than this (characters) are not read for relations; news sentences rarely pass 600. */
const maxSentenceLength = 2_000;


/** Adds the relations the article states between its actors (media are never participants). */
export function relations(doc: WithReferences, tools: RelationTools): WithRelations {
  // Note: denied and hypothetical relations are kept, marked: "Iran denied supplying drones" is news
  // to an analyst. Diagrams, network ties and strongest partners count only `countedModalities`;
  // on dev this costs 0.9 points of scorer precision, whose gold lists stated acts only.
  return { ...doc, relations: treeRelations(doc, tools) };
}

/** Every relation the trees state, whatever its modality. */
export function treeRelations(doc: WithReferences, { book, frames, dictionary }: RelationTools): Relation[] {
  const media = new Set(doc.actors.filter((a) => a.type === 'media').map((a) => a.id as string));
  const persons = new Set(doc.actors.filter((a) => a.type === 'person').map((a) => a.id as string));
  const countries = new Set(doc.actors.filter((a) => a.type === 'country').map((a) => a.id as string));
  const affiliations = affiliationsOf(doc.actors);
  const mentions = new Map<number, ActorMention[]>();
  for (const m of doc.mentions) if (m.actor !== undefined && !media.has(m.actor)) addTo(mentions, m.sentence, m);
  const refs = trustedReferences(doc, book, mentions, media);
  // A person pair is news between public figures only when the article gives one of them a title or ties
  // them to a state or body ("Foreign Secretary Jack Straw", "Iraq's Allawi"): on BBC sport and show
  // business, players and stars are named bare ("Umaga will meet O'Driscoll", "worked with Gilbert").
  const officials = new Set(doc.actors.filter((a) => a.type === 'person' && (a.role !== undefined || a.affiliation !== undefined)).map((a) => a.id as string));
  // Words of blame between two people are news whoever they are ("Dr Fox accused Mr Blair of telling lies",
  // "Keane accused Vieira of starting the row"): on BBC politics+business+sport 15 of 17 such bare pairs read right.
  const publicPair = (r: Relation) => !(persons.has(r.source) && persons.has(r.target)) || officials.has(r.source) || officials.has(r.target) || r.quad === 'verbal-conflict';
  const reach: Reach = { stance: book.classes.stance, act: book.classes.act, naming: book.classes.naming, claim: book.classes.claim, patientOf: book.classes['patient-of'] };
  const classes: ModalityClasses = book.classes;
  const collective = [...book.classes['collective-demonym']];
  const out: Relation[] = [];
  doc.sentences.forEach((s, i) => {
    const spans = sentenceSpans(mentions.get(s.index) ?? [], refs.get(s.index) ?? []);
    // A relation needs two actors in the sentence; most news sentences name fewer. A "sentence"
    // longer than any prose (a paragraph with no stops) is not read: pinning spans is quadratic.
    if (new Set(spans.flatMap((x) => x.actors)).size < 2 || s.text.length > maxSentenceLength) return;
    const t = anchorTree(repairTree(doc.parses[i] ?? [], book.classes['clause-opener']), spans, (id) => persons.has(id), book.classes.standin, book.classes.time, collective);
    if (!t.anchors.size) return;
    const where: Where = { sentence: s.index, text: s.text };
    const speakerOf = (v: number) => subjectOf(t, v)?.actors;
    // "Stringer's try gave Ireland a lead": in a sports report a country is its team, no state.
    const teams = sportsReport(t, book.classes.sport);
    const stateAct = (r: Relation) => !(teams && (countries.has(r.source) || countries.has(r.target)));
    t.words.forEach((w, h) => {
      const stance = stanceAt(t, h, book.classes, reach);
      if (stance) {
        const frame = { pattern: 'stance', cameo: stance.cameo, symmetric: false, verbal: true, extra: [], size: 0 };
        out.push(...emit({ frame, head: h, source: stance.source, target: stance.target, words: stance.words }, 'asserted', affiliations, where).filter(stateAct));
      }
      const more = { reciprocal: book.classes.reciprocal, topic: { words: book.classes.topic, partner: book.classes.partner } };
      // "called Rohan's decision welcome": a call verb's judgement is the stance's; its frames would read a
      // call, or disapproval of what was named (7-emit), whatever the word.
      const judging = stance !== undefined && book.classes.naming.has(w.text.toLowerCase());
      const matched = judging ? [] : matchAt(t, h, frames, reach, book.classes.light, book.classes.venue, more);
      // Own frames first; PETRARCH2's dictionary only for a verb none of them reads, and not for a
      // light verb whose object a frame reads ("Fiat reached an agreement with GM" is the agreement's, 05).
      const objectRead = () => book.classes.light.has(w.lemma.toLowerCase()) && kidsBy(t, h, 'obj').some((o) => matchAt(t, o, frames, reach, book.classes.light, book.classes.venue, more).length > 0);
      const fallback = !judging && !matched.length && dictionary && !objectRead() ? petrarchAt(t, h, dictionary, { partner: book.classes.partner, forum: book.classes.forum }) : undefined;
      for (const m of (fallback ? [fallback] : matched)) {
        const modality = modalityAt(t, h, classes, m.source?.actors ?? m.pairs?.actors ?? [], speakerOf);
        // "Moya led Spain to victory", "she joined the company": with a person at either end, a `states-only`
        // verb is sport, show business or membership, not an act between parties.
        const statesOnly = m.frame.verbal && [w.lemma, w.text].some((x) => book.classes['states-only'].has(x.toLowerCase()));
        // An official's journey to a state is a visit ("Foreign Secretary Lammy travelled to the Ukrainian capital").
        const visit = statesOnly && [w.lemma, w.text].some((x) => book.classes.visit.has(x.toLowerCase()));
        const political = (r: Relation) => !(statesOnly && ((persons.has(r.source) && !(visit && officials.has(r.source))) || persons.has(r.target)));
        // "Umaga will meet O'Driscoll in Saturday's match": a meeting in a sporting contest is a fixture.
        const sport = m.frame.cameo === '04' && contest(t, h, book.classes.fixture);
        if (!sport) out.push(...emit(m, modality, affiliations, where, book.classes.naming).filter((r) => political(r) && publicPair(r) && stateAct(r)));
        // "Gondor and Rohan urged Arnor": joint appeals make the appealers partners.
        const joint = m.frame.verbal && book.classes.joint.has(w.text.toLowerCase()) ? jointPairs(m.source) : undefined;
        // The appealers are the pair here, so not "one side" as co-subjects of an act are.
        if (joint) out.push(...emit({ frame: { ...m.frame, cameo: '04', symmetric: true }, head: m.head, words: m.words, pairs: joint }, modality, affiliations, where).filter(stateAct));
      }
    });
  });
  // "France's President Macron called Pezeshkian" read as Macron-Pezeshkian and France-Pezeshkian:
  // one fact; the person-level record of the same act stays.
  const all = dedupe(out);
  return all.filter((r) => !restated(r, all.filter((o) => o.cameo === r.cameo && o.verb === r.verb), affiliations));
}


/**
 * The references a relation may rest on, by sentence: pronouns and descriptions whose actors were
 * named close by, none that names a business by its state or the words or acts of an actor.
 */
function trustedReferences(doc: WithReferences, book: FrameBook, mentions: ReadonlyMap<number, ActorMention[]>, media: ReadonlySet<string>): Map<number, Reference[]> {
  const refs = new Map<number, Reference[]>();
  // Note: a pronoun or description ("the council", "the government") is trusted for a relation only when
  // its actors were named in this sentence or the two before; further back, the references stage's guess
  // is wrong too often on BBC prose ("the announcement" -> a council, "the government" -> Iraq).
  // For a pronoun, a trusted reference in the two sentences before names its actors too: "the UN secretary
  // general said ... He also criticised" keeps the chain a name started, one trusted link at a time (a
  // description still needs the name: through a chain, "the firm" went to a state on BBC prose).
  const trusted = new Map<number, string[]>();
  const named = (a: string, at: number, chain: boolean) =>
    [at, at - 1, at - 2].some((k) => mentions.get(k)?.some((m) => m.actor === a)) || (chain && [at - 1, at - 2].some((k) => trusted.get(k)?.includes(a)));
  const countries = new Set(doc.actors.filter((a) => a.type === 'country').map((a) => a.id as string));
  // "the Lebanese company", "the Italian firm": a business described by its nationality is not its state.
  const business = (r: Reference) => r.kind === 'description' && book.classes.company.has(r.text.toLowerCase().split(/\s+/).at(-1) ?? '') && r.actors.some((a) => countries.has(a));
  // Only a bare description: "the statement of the White Council" names its owner.
  const said = (r: Reference) => {
    const words = r.text.split(/\s+/);
    const head = words.at(-1)?.toLowerCase() ?? '';
    return !words.slice(1).some((w) => /^\p{Lu}/u.test(w)) && (book.classes.stance.has(head) || book.classes.act.has(head));
  };
  for (const r of [...doc.references].sort((x, y) => x.sentence - y.sentence)) {
    if ((r.kind === 'pronoun' || r.kind === 'description') && !r.actors.every((a) => named(a, r.sentence, r.kind === 'pronoun'))) continue;
    if (business(r)) continue;
    // "The report was welcomed by David Willetts": a description headed by what an actor said or did (a
    // `stance` or `act` noun) names the words or the act, not the actor (references resolve "the report"
    // to its author).
    if (r.kind === 'description' && said(r)) continue;
    for (const a of r.actors) addTo(trusted, r.sentence, a);
    addTo(refs, r.sentence, { ...r, actors: r.actors.filter((a) => !media.has(a)) });
  }
  return refs;
}

// Stage: stance. Runs after quotes, since it needs to know who said each
// quotation. Two readings of a quotation, each with the quotation's sentence
// as evidence:
// - a speaker whose quoted words judge an actor ("Mordor's aggression",
//   "Mordor's move is illegal") criticises that actor (CAMEO 11, disapprove;
//   relations/8-quoted.ts reads the tree);
// - "we", "our" in a quotation are its speaker ("We condemn Mordor"): the
//   relations stage's tree reader runs again on those sentences with the
//   speaker's voice as a reference, and what it finds with the speaker as
//   source, stated as fact and in words of stance (appeal, praise, demand,
//   disapproval, rejection, threat), is added.
// Judgements stated around a quotation ("X called Y's move illegal") are the
// relations stage's (relations/5-stance.ts).
import type { Lexicon } from '../lexicon/load.ts';
import type { Quote, Reference, Relation } from '../model/index.ts';
import { anchorTree, sentenceSpans } from './relations/1-anchors.ts';
import type { Reach } from './relations/2-arguments.ts';
import { judgedInQuote, type QuotedWords } from './relations/8-quoted.ts';
import { affiliationsOf, dedupe, emit, restated } from './relations/7-emit.ts';
import { quotedRanges } from './references/sites.ts';
import { treeRelations, type RelationTools } from './relations.ts';
import type { ActorMention, WithQuotes } from './types.ts';

/** The relations stage's tools, and the word classes of verbs.tsv and words.tsv the stage reads. */
export interface StanceTools {
  relations: RelationTools;
  /** First-person words: the speaker's own voice inside a quotation. */
  voice: ReadonlySet<string>;
  words: QuotedWords;
  reach: Reach;
  standin: ReadonlySet<string>;
  time: ReadonlySet<string>;
  collective: readonly string[];
}

/** Picks what the stage reads, once per run; `relations` are the relations stage's tools, compiled once for both. */
export function prepareStance(lex: Pick<Lexicon, 'words'>, relations: RelationTools): StanceTools {
  const { classes } = relations.book;
  return {
    relations,
    voice: new Set(lex.words['speaker-voice']),
    words: { disapproval: classes.disapproval, report: classes.report, negation: classes.negation },
    reach: { stance: classes.stance, act: classes.act, naming: classes.naming, claim: classes.claim, patientOf: classes['patient-of'] },
    standin: classes.standin,
    time: classes.time,
    collective: [...classes['collective-demonym']],
  };
}

/** Adds the relations by which quoted speakers judge actors named in their quotations. */
export function stance(doc: WithQuotes, tools: StanceTools): WithQuotes {
  const fresh = [...quotedStances(doc, tools), ...voicedRelations(doc, tools)];
  if (!fresh.length) return doc;
  const affiliations = affiliationsOf(doc.actors);
  return { ...doc, relations: dedupe([...doc.relations, ...fresh.filter((r) => !restated(r, doc.relations, affiliations))]) };
}

/** Every judgement of an actor inside a quotation whose speaker is an actor. */
export function quotedStances(doc: WithQuotes, tools: StanceTools): Relation[] {
  const types = new Map(doc.actors.map((a) => [a.id as string, a.type]));
  const affiliations = affiliationsOf(doc.actors);
  const quoted = quotedRanges(doc.sentences);
  const out: Relation[] = [];
  for (const q of doc.quotes) {
    if (!voiceOfActor(q, types)) continue;
    for (const { sentence, from, to } of quoteRanges(q, doc, quoted)) {
      const s = doc.sentences[sentence]!;
      // Note: names and short names only; a pronoun inside a quotation ("they", "our") is the references
      // stage's guess from outside the speaker's voice, and "we" is the speaker.
      const mentions = doc.mentions.filter((m): m is ActorMention => m.sentence === sentence && m.actor !== undefined && types.get(m.actor) !== 'media');
      const refs = doc.references.filter((r) => r.sentence === sentence && r.kind === 'short-name');
      const t = anchorTree(doc.parses[sentence] ?? [], sentenceSpans(mentions, refs), (id) => types.get(id) === 'person', tools.standin, tools.time, tools.collective);
      const inside = new Set(t.words.flatMap((w, i) => (w.start >= from && w.end <= to ? [i] : [])));
      for (const j of judgedInQuote(t, inside, tools.words, tools.reach)) {
        const frame = { pattern: 'quoted judgement', cameo: '11' as const, symmetric: false, verbal: true, extra: [], size: 0 };
        const source = { actors: [q.speaker], person: types.get(q.speaker) === 'person', verbal: false, named: 1 };
        out.push(...emit({ frame, head: j.word, source, target: j.target, words: [`“${t.words[j.word]!.text}”`] }, 'asserted', affiliations, { sentence, text: s.text }));
      }
    }
  }
  return dedupe(out);
}

/**
 * The stances a quotation's speaker states in the first person ("We condemn Mordor", "we urge
 * Gondor"): the tree reader of the relations stage, run on the sentences where "we", "our" stand
 * for the speaker, kept where the speaker is the source of an asserted act of `stanceCodes`.
 */
export function voicedRelations(doc: WithQuotes, tools: StanceTools): Relation[] {
  const types = new Map(doc.actors.map((a) => [a.id as string, a.type]));
  const quoted = quotedRanges(doc.sentences);
  const voices: Reference[] = [];
  for (const q of doc.quotes) {
    if (!voiceOfActor(q, types)) continue;
    for (const { sentence, from, to } of quoteRanges(q, doc, quoted)) {
      for (const w of doc.parses[sentence] ?? []) {
        if (w.start >= from && w.end <= to && tools.voice.has(w.text.toLowerCase())) voices.push({ sentence, start: w.start, end: w.end, text: w.text, kind: 'pronoun', actors: [q.speaker] });
      }
    }
  }
  if (!voices.length) return [];
  const speakerAt = new Map(voices.map((v) => [v.sentence, v.actors[0]!]));
  // Note: only the sentences with a voice are read (the others' parses left empty, so they pin no actor); mentions and
  // references also of the two before each, where the relations stage looks for the name a pronoun stands for.
  const near = new Set([...speakerAt.keys()].flatMap((s) => [s, s - 1, s - 2]));
  const view = {
    ...doc,
    parses: doc.parses.map((words, k) => (speakerAt.has(k) ? words : [])),
    mentions: doc.mentions.filter((m) => near.has(m.sentence)),
    references: [...doc.references.filter((r) => near.has(r.sentence)), ...voices],
  };
  const said = (r: Relation) => r.source === speakerAt.get(r.evidence.sentence) && r.modality === 'asserted' && stanceCodes.has(r.cameo);
  return treeRelations(view, tools.relations).filter(said);
}

/**
 * The CAMEO roots by which a speaker takes a stance in words: appeal (02), praise and endorse (05),
 * demand (10), disapprove (11), reject (12), threaten (13). On BBC prose the rest, read in the first
 * person, were mostly plans and sport or show business ("we fly out to Rome", "looking forward to
 * visiting London", "we will have to speak with the FA"): 7 right of 17 before this filter.
 */
const stanceCodes: ReadonlySet<string> = new Set(['02', '05', '10', '11', '12', '13']);

/** The quoted stretches of quotation `q`, sentence by sentence: from its opening sentence for as long as its words go on. */
function quoteRanges(q: Quote, doc: WithQuotes, quoted: readonly [number, number][][]): { sentence: number; from: number; to: number }[] {
  const out: { sentence: number; from: number; to: number }[] = [];
  for (let k = q.sentence; k < doc.sentences.length; k++) {
    const text = doc.sentences[k]!.text;
    const own = (quoted[k] ?? []).find(([a, b]) => (k === q.sentence || a === 0) && belongs(q.text, text.slice(a, b)));
    if (!own) break;
    out.push({ sentence: k, from: own[0], to: own[1] });
    // A quotation closed inside this sentence goes no further.
    if (own[1] < text.length) break;
  }
  return out;
}

/** True when the marked stretch `part` (marks included) is part of the quotation's text. */
function belongs(quote: string, part: string): boolean {
  const words = part.replace(/^[“”"]/, '').replace(/[“”"]$/, '').trim().replace(/[\s,;:]+$/, '');
  return words.length > 0 && quote.includes(words.slice(0, 40));
}

/** True when the quotation's speaker is an actor of the article who speaks for itself: a news agency or outlet relays words and judges no one (and "unattributed" is no actor). */
function voiceOfActor(q: Quote, types: ReadonlyMap<string, string>): boolean {
  return q.speakerIsActor && types.has(q.speaker) && types.get(q.speaker) !== 'media';
}

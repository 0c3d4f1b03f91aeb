// Turns a speaker's words into a Quote speaker: the actor id when a resolved
// mention lies in the words, else the words themselves. Pronouns and
// definite descriptions ("the official") point back to an earlier speaker.
import type { ActorType } from '../../model/index.ts';
import type { ActorMention } from '../types.ts';
import { introLength, type Words } from './attribution.ts';
import type { QuoteTools } from './tools.ts';
import type { ParagraphText } from './layout.ts';
import type { QuoteSpan } from './marks.ts';

/** A resolved speaker, with the words it came from (kept to match later "the official"). */
export interface Speaker {
  speaker: string;
  isActor: boolean;
  words: string;
  /** Sentence index of the quote it was given to (in history: the sentence that quote ends in). */
  sentence: number;
}

/** What resolution needs to see of the whole article. */
export interface SpeakerContext {
  paras: ParagraphText[];
  spans: QuoteSpan[][];
  actorType: Map<string, ActorType>;
  /** Speakers given so far, in reading order. */
  history: Speaker[];
  /** The stage's compiled patterns: speech verbs after a name (saysAfter), titles at a phrase's end (titleTail), … */
  tools: QuoteTools;
  /** The speaker words of the sentence before paragraph offset `at` ("… says the Sudan War Monitor."), if any. */
  previousSpeaker: (pi: number, at: number) => { pi: number; words: Words } | undefined;
}

/** The speaker of a quote no words in the text attribute. */
export const unattributed = 'unattributed';


/** Resolves the words at `w` in paragraph `pi` to a speaker; `sentence` is the quote's sentence. */
export function resolveSpeaker(ctx: SpeakerContext, pi: number, w: Words, sentence: number): Speaker {
  const para = ctx.paras[pi]!;
  // Note: "as they said", "while she wrote": the conjunction is no part of the speaker.
  const words = para.text.slice(w.start, w.end).trim().replace(ctx.tools.pronounConjunction, '');
  if (ctx.tools.personal.test(words)) return pronoun(ctx, pi, w.start, sentence, true) ?? plain(ctx, unattributed, sentence);
  if (ctx.tools.collective.test(words)) return collectivePronoun(ctx, pi, w.start, sentence) ?? plain(ctx, unattributed, sentence);
  const ms = para.mentions.filter((m) => m.actor && m.start < w.end && m.end > w.start);
  const described = /^the\s/i.test(words) && ctx.tools.titleTail.test(words) && !ctx.tools.notPersonTitle.test(words);
  // Note: "the US secretary of state" names a person the text named before, not the United States.
  if (described && !ms.some((m) => ctx.actorType.get(m.actor!) === 'person')) {
    return pronoun(ctx, pi, w.start, sentence, true) ?? plain(ctx, words, sentence);
  }
  const actor = actorIn(ctx, ms, words, w.end);
  if (actor) return { speaker: actor, isActor: true, words, sentence };
  if (ctx.tools.unnamed.test(words)) return nearestBody(ctx, pi, w.start, sentence, words) ?? plain(ctx, words, sentence);
  const head = ctx.tools.definite.exec(words)?.[1];
  if (head) {
    const back = backReference(ctx, pi, w.start, head, words, sentence);
    if (back) return back;
    // Note: "the prop said", "the 23-year-old wrote": a description of the last person named.
    if (/^the\s/i.test(words) && !/s$/.test(head) && !ctx.tools.bodyNoun.test(head)) return pronoun(ctx, pi, w.start, sentence, true) ?? plain(ctx, words, sentence);
    // Note: "the company said", "the statement said", "the report found": the body named just before.
    if (/^the\s/i.test(words) && ctx.tools.bodyNoun.test(head) && !ctx.tools.notPersonTitle.test(head) && !ctx.tools.personNoun.test(head)) return nearestBody(ctx, pi, w.start, sentence, words) ?? plain(ctx, words, sentence);
    return plain(ctx, words, sentence);
  }
  const name = ctx.paras[pi]!.mentions.filter((m) => !m.actor && m.kind === 'name' && m.start >= w.start && m.end === w.end).at(-1);
  // Note: a lone capitalised word that names nothing ("Among them, …") is no speaker.
  if (!name && /^\p{Lu}\p{Ll}+$/u.test(words)) return pronoun(ctx, pi, w.start, sentence, true) ?? plain(ctx, unattributed, sentence);
  // Note: "Barcelona star Ronaldinho" (a name the actors stage left unresolved): the name is the speaker.
  return plain(ctx, name ? name.text : words, sentence);
}

/** A speaker that is no actor: its words, "one of the senior officials" shortened to "senior officials". */
function plain(ctx: SpeakerContext, words: string, sentence: number): Speaker {
  return { speaker: words.replace(ctx.tools.partitiveOpener, ''), isActor: false, words, sentence };
}

/** "a spokesperson said", "the company said" speak for the body named in the sentences just before, an organization first. */
function nearestBody(ctx: SpeakerContext, pi: number, at: number, sentence: number, words: string): Speaker | undefined {
  for (const ms of candidates(ctx, pi, at, 2)) {
    const hit = ms.find((m) => m.actor && ctx.actorType.get(m.actor) === 'organization') ?? ms.find((m) => m.actor && !isPerson(ctx, m));
    if (hit) return { speaker: hit.actor!, isActor: true, words, sentence };
  }
  return undefined;
}

/** "it/they said": the last speaker when it is no person, else the speaker of the sentence before, else the nearest body. */
function collectivePronoun(ctx: SpeakerContext, pi: number, at: number, sentence: number): Speaker | undefined {
  const last = ctx.history.at(-1);
  if (last && sentence - last.sentence <= 2 && !(last.isActor && ctx.actorType.get(last.speaker) === 'person')) return { ...last, sentence };
  const prev = ctx.previousSpeaker(pi, at);
  if (prev) {
    const words = ctx.paras[prev.pi]!.text.slice(prev.words.start, prev.words.end);
    if (!ctx.tools.personal.test(words) && !ctx.tools.collective.test(words)) return resolveSpeaker(ctx, prev.pi, prev.words, sentence);
  }
  return pronoun(ctx, pi, at, sentence, false);
}

/**
 * The actor a speaker phrase names: the person it ends with, then a proper
 * name, then the first actor; none for "… media" phrases. A person inside
 * a description ("one Biden administration official") is not the speaker.
 */
function actorIn(ctx: SpeakerContext, ms: ActorMention[], words: string, end?: number): string | undefined {
  const persons = ms.filter((m) => ctx.actorType.get(m.actor!) === 'person');
  const head = persons.find((m) => end === undefined || /^(?:’s|'s)?[\s,]*$/.test(ctx.paras.find((p) => p.mentions.includes(m))?.text.slice(m.end, end) ?? ''));
  if (head) return head.actor;
  if (persons.length && /\s\p{Ll}+$/u.test(words)) {
    const body = ms.find((m) => ctx.actorType.get(m.actor!) !== 'person');
    return body && !/\bmedia$/i.test(words) ? body.actor : undefined;
  }
  if (persons[0]) return persons[0].actor;
  // "Beijing's mission to the EU": the possessor's body speaks, not the one it is sent to.
  const owner = ms.find((m) => /^['’]s\s+\p{Ll}[\p{L}\s-]*?\s(?:to|at|in)\s/u.test(textAfterMention(ctx, m)));
  if (owner) return owner.actor;
  // Note: "Chinese state media" is a source of its own, not the state; "IRNA" (a media actor) still counts.
  if (/\bmedia$/i.test(words)) return ms.find((m) => ctx.actorType.get(m.actor!) === 'media')?.actor;
  return (ms.find((m) => m.kind === 'name') ?? ms[0])?.actor;
}

/** The paragraph text just after a mention. */
function textAfterMention(ctx: SpeakerContext, m: ActorMention): string {
  return ctx.paras.find((p) => p.mentions.includes(m))?.text.slice(m.end, m.end + 60) ?? '';
}

/** True when a mention names a person: its actor is one, or, unresolved, it was typed as one. */
function isPerson(ctx: SpeakerContext, m: ActorMention): boolean {
  return m.actor ? ctx.actorType.get(m.actor) === 'person' : m.type === 'person';
}

/**
 * The person a sentence is about: one who speaks ("Mr Wang said"), else the
 * first not in a possessive ("Bridge's injury means Mourinho …"), else any;
 * resolved people before unresolved ones.
 */
function personIn(ctx: SpeakerContext, ms: ActorMention[]): ActorMention | undefined {
  const people = ms.filter((m) => isPerson(ctx, m));
  const textAfter = (m: ActorMention) => ctx.paras.find((p) => p.mentions.includes(m))?.text.slice(m.end, m.end + 40) ?? '';
  const speaking = people.find((m) => ctx.tools.saysAfter.test(textAfter(m)));
  const plainPeople = people.filter((m) => !possessive(ctx, m));
  const pool = plainPeople.length ? plainPeople : people;
  return speaking ?? pool.find((m) => m.actor) ?? pool.find((m) => m.kind === 'name') ?? pool[0];
}

/** True when a mention is followed by a possessive ending ("Scoggins' daughter", "Bridge's injury"). */
function possessive(ctx: SpeakerContext, m: ActorMention): boolean {
  const para = ctx.paras.find((p) => p.mentions.includes(m));
  return para ? /^(?:['’]s\b|['’](?=\s))/.test(para.text.slice(m.end, m.end + 3)) : false;
}

/** True when paragraph offset `at` of paragraph `pi` lies inside a quotation. */
function quoted(ctx: SpeakerContext, pi: number, at: number): boolean {
  return ctx.spans[pi]!.some((s) => at > s.open && at < s.close);
}

/** Actor mentions outside quotations in sentences before the quote (nearest first), then in its own sentence before `at`. */
function* candidates(ctx: SpeakerContext, pi: number, at: number, depth = 6, skipPronounSubjects = false): Generator<ActorMention[] & { sentence?: number; own?: boolean }> {
  let left = depth;
  for (let p = pi; p >= 0 && left > 0; p--) {
    const para = ctx.paras[p]!;
    const sents = [...para.sentences].reverse();
    for (const s of sents) {
      if (p === pi && s.start >= at) continue;
      const limit = p === pi ? Math.min(s.end, at) : s.end;
      // Note: "Prior to Guterres' remarks, Katz said …": the subject comes after the introductory phrase.
      const from = s.start + introLength(para.text.slice(s.start, s.end), ctx.tools.attribution);
      // Note: "And he confirmed Mr Blair's insistence …": a sentence about "he" names him further back.
      if (skipPronounSubjects && !(p === pi && limit === at) && ctx.tools.pronounSubject.test(para.text.slice(from, s.end))) continue;
      const ms = para.mentions.filter((m) => (m.actor || m.type === 'person') && m.start >= from && m.end <= limit && !quoted(ctx, p, m.start));
      // Note: in the quote's own sentence the nearest mention is the subject ("Biden said he …"); before it, the first is.
      const own = p === pi && limit === at;
      yield Object.assign(own ? ms.reverse() : ms, { sentence: s.index, own });
      if (--left === 0) return;
    }
  }
}

/** "he said" → the most recent person named outside quotes; "it/they said" → the last speaker, else the nearest non-person actor. */
function pronoun(ctx: SpeakerContext, pi: number, at: number, sentence: number, person: boolean): Speaker | undefined {
  const last = ctx.history.at(-1);
  const recent = last && sentence - last.sentence <= 3 ? last : undefined;
  // Note: in "Mr Blair has “…”, he said" the name before the quote is its topic, not the speaker.
  const own = ctx.paras[pi]!.sentences.find((s) => at >= s.start && at <= s.end);
  const afterQuote = own !== undefined && ctx.spans[pi]!.some((q) => q.close >= own.start && q.close < at);
  for (const ms of candidates(ctx, pi, at, 6, person)) {
    if (ms.own && afterQuote) continue;
    // Note: a sentence whose quote already has a speaker is about that speaker ("…," he said. He added: "…").
    const said = person && !ms.own ? ctx.history.findLast((h) => h.sentence === ms.sentence && h.isActor && ctx.actorType.get(h.speaker) === 'person') : undefined;
    if (said) return { ...said, sentence };
    const hit = person ? personIn(ctx, ms) : ms.find((m) => m.actor && !isPerson(ctx, m));
    if (hit?.actor) return { speaker: hit.actor, isActor: true, words: hit.text, sentence };
    // Note: a person the actors stage left unresolved is still the one "he" points to.
    if (hit) return plain(ctx, hit.text, sentence);
  }
  return recent ? { ...recent, sentence } : undefined;
}

/** "the official" → the last speaker whose words end in "official"; "the ministry" → an earlier "Foreign Ministry". */
function backReference(ctx: SpeakerContext, pi: number, at: number, head: string, words: string, sentence: number): Speaker | undefined {
  const stem = head.replace(/s$/, '');
  const same = new RegExp(`\\b${stem}s?\\b`, 'i');
  const prev = [...ctx.history].reverse().find((h) => same.test(h.words) && h.words !== words);
  if (prev) return { ...prev, words, sentence };
  // Note: a word of at most 40 letters: unbounded, a run of thousands of letters was rescanned from each capital in it.
  const re = new RegExp(`((?:\\p{Lu}[\\p{L}'’.-]{0,40}\\s+){1,4})${head[0]!.toUpperCase()}${head.slice(1)}\\b`, 'gu');
  for (let p = pi; p >= 0; p--) {
    const para = ctx.paras[p]!;
    const text = p === pi ? para.text.slice(0, at) : para.text;
    const hit = [...text.matchAll(re)].at(-1);
    // "one of the officials" → an earlier "US officials": the actor named just before the same noun.
    const group = [...text.matchAll(new RegExp(`\\b\\p{Lu}[\\p{L}'’.-]*(?:\\s+[a-z-]+){0,2}\\s+${stem}s?\\b`, 'gu'))]
      .map((m) => para.mentions.find((x) => x.actor && x.start === m.index)).filter((x) => x && !isPerson(ctx, x)).at(-1);
    if (!hit && group) return { speaker: group.actor!, isActor: true, words, sentence };
    if (!hit) continue;
    const name = hit[0];
    const actor = actorIn(ctx, para.mentions.filter((m) => m.actor && m.start < hit.index + name.length && m.end > hit.index), name);
    return actor ? { speaker: actor, isActor: true, words, sentence } : { speaker: name, isActor: false, words, sentence };
  }
  return undefined;
}

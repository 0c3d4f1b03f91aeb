// Turns a speaker's words into a Quote speaker: the actor id when a resolved
// mention lies in the words, the actor a reference points to ("he", "the
// company", from the references stage), else the words themselves.
import type { ActorType } from '../../model/index.ts';
import type { ActorMention, Reference, SyntaxWord } from '../types.ts';
import type { Words } from './attribution.ts';
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
  /** The speaker words of the sentence before paragraph offset `at` ("… says the Sudan War Monitor."), if any. */
  previousSpeaker: (pi: number, at: number) => { pi: number; words: Words } | undefined;
  /** The parse of each sentence of the article. */
  parses: readonly SyntaxWord[][];
  /** Speakers given so far, in reading order. */
  history: Speaker[];
  /** The stage's compiled patterns: titles at a phrase's end (titleTail), pronouns, definite descriptions, … */
  tools: QuoteTools;
}

/** The speaker of a quote no words in the text attribute. */
export const unattributed = 'unattributed';


/** Resolves the words at `w` in paragraph `pi` to a speaker; `sentence` is the quote's sentence. */
export function resolveSpeaker(ctx: SpeakerContext, pi: number, w: Words, sentence: number): Speaker {
  const para = ctx.paras[pi]!;
  // Note: "as they said", "while she wrote": the conjunction is no part of the speaker.
  const words = para.text.slice(w.start, w.end).trim().replace(ctx.tools.pronounConjunction, '');
  // Pronouns and descriptions ("he", "it", "the minister", "the company", "a spokesman") were resolved by the references stage.
  const ref = para.references.filter((r) => r.start >= w.start && r.end <= w.end).at(-1);
  const personal = ctx.tools.personal.test(words);
  if (personal || ctx.tools.collective.test(words)) {
    // Note: "Stoltenberg said he had called …": an antecedent in the pronoun's own sentence is sure.
    const own = ref && para.mentions.some((m) => m.actor === ref.actors[0] && m.end <= w.start && m.start >= sentenceStart(para, w.start));
    if (ref && own) return fromReference(ctx, ref, words, sentence);
    // Note: "“…,” Aragorn said. “…,” he added.": a quote right after another keeps its speaker when the pronoun fits it;
    // "… according to the agency, which said …. “…,” it said.": "it" is the body that spoke in the sentence before.
    const chained = previousQuote(ctx, sentence, personal, 1) ?? (personal ? undefined : previousBody(ctx, pi, w.start, sentence));
    if (chained) return chained;
    return ref ? fromReference(ctx, ref, words, sentence) : previousQuote(ctx, sentence, personal, 2) ?? plain(ctx, unattributed, sentence);
  }
  const ms = para.mentions.filter((m) => m.actor && m.start < w.end && m.end > w.start);
  const described = /^the\s/i.test(words) && ctx.tools.titleTail.test(words) && !ctx.tools.notPersonTitle.test(words);
  // Note: "the US secretary of state" names a person the text named before, not the United States.
  if (described && !ms.some((m) => ctx.actorType.get(m.actor!) === 'person')) return ref ? fromReference(ctx, ref, words, sentence) : plain(ctx, words, sentence);
  const actor = actorIn(ctx, ms, words, w.end);
  if (actor) return { speaker: actor, isActor: true, words, sentence };
  const head = ctx.tools.definite.exec(words)?.[1];
  // Note: "the official" after "a senior official" said: the same speaker again, before any body the reference found.
  const again = head ? sameVoice(ctx, head, words, sentence) : undefined;
  if (again) return again;
  if (ref) return fromReference(ctx, ref, words, sentence);
  if (head) return plain(ctx, words, sentence);
  const name = ctx.paras[pi]!.mentions.filter((m) => !m.actor && m.kind === 'name' && m.start >= w.start && m.end === w.end).at(-1);
  // Note: a lone capitalised word that names nothing ("Among them, …") is no speaker.
  if (!name && /^\p{Lu}\p{Ll}+$/u.test(words)) return plain(ctx, unattributed, sentence);
  // Note: "Barcelona star Ronaldinho" (a name the actors stage left unresolved): the name is the speaker.
  return plain(ctx, name ? name.text : words, sentence);
}

/** A speaker that is no actor: its words, "one of the senior officials" shortened to "senior officials". */
function plain(ctx: SpeakerContext, words: string, sentence: number): Speaker {
  return { speaker: words.replace(ctx.tools.partitiveOpener, ''), isActor: false, words, sentence };
}

/** The speaker a reference points to; "they" for several actors speaks for the first (the subject of a coordination). */
function fromReference(ctx: SpeakerContext, ref: Reference, words: string, sentence: number): Speaker {
  return { speaker: ref.actors[0]!, isActor: true, words, sentence };
}

/**
 * The speaker of the quote that ended at most `within` sentences before,
 * when a pronoun can point to it ("he" is no state, "it" no person, unless
 * the state spoke through "a spokesman").
 */
function previousQuote(ctx: SpeakerContext, sentence: number, personal: boolean, within: number): Speaker | undefined {
  const last = ctx.history.at(-1);
  if (!last || sentence - last.sentence > within || last.speaker === unattributed) return undefined;
  const type = last.isActor ? ctx.actorType.get(last.speaker) : undefined;
  // Note: "A Treasury spokeswoman said … She added": a personal pronoun goes on with a body that spoke through a voice.
  const voiced = ctx.tools.voice.test(last.words);
  return (personal ? !type || type === 'person' || voiced : type !== 'person') ? { ...last, sentence } : undefined;
}

/** The speaker phrase of the sentence before, when it names a body, not a person or a pronoun. */
function previousBody(ctx: SpeakerContext, pi: number, at: number, sentence: number): Speaker | undefined {
  const prev = ctx.previousSpeaker(pi, at);
  if (!prev) return undefined;
  const words = ctx.paras[prev.pi]!.text.slice(prev.words.start, prev.words.end);
  if (ctx.tools.personal.test(words) || ctx.tools.collective.test(words)) return undefined;
  const s = resolveSpeaker(ctx, prev.pi, prev.words, sentence);
  return s.isActor && ctx.actorType.get(s.speaker) !== 'person' ? s : undefined;
}

/** Where the sentence holding paragraph offset `at` starts. */
function sentenceStart(para: ParagraphText, at: number): number {
  return para.sentences.findLast((s) => s.start <= at)?.start ?? 0;
}

/** "the official" → the last speaker whose words end in the same noun ("a senior official"). */
function sameVoice(ctx: SpeakerContext, head: string, words: string, sentence: number): Speaker | undefined {
  const same = new RegExp(`\\b${head.replace(/s$/, '')}s?\\b`, 'i');
  const prev = [...ctx.history].reverse().find((h) => same.test(h.words) && h.words !== words);
  return prev && { ...prev, words, sentence };
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

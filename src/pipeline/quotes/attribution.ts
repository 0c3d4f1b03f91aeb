// Finds the words that name who said a quotation, as offsets into the
// paragraph: after the quote ("…," X said / said X / according to X), before
// it (X said: "…" / X said that "…" / X: "…"), or in the sentence before.
import type { WordListName, WordLists } from '../../lexicon/rule-files.ts';
import { alternation } from '../../util/regex.ts';
import type { SpeechVerbs } from './verbs.ts';

/** Paragraph offsets of the speaker's words. */
export interface Words {
  start: number;
  end: number;
}

/** The subject of the main clause of the sentence that starts at paragraph offset `sentence`, from the parse. */
export type SubjectOf = (sentence: number) => Words | undefined;

/** The patterns attribution reads, compiled once per run from the speech verbs and the word lists. */
export interface AttributionTools {
  apposition: RegExp;
  finalClause: RegExp;
  verbThenSpeaker: RegExp;
  speakerThenVerb: RegExp;
  verbAll: RegExp;
  /** A verb of speech after these names no speaker ("was told"). */
  passive: RegExp;
  /** What ends the clause a speaker stands in. */
  boundary: RegExp;
  /** Connectives before a speaker ("But", "on Monday"). */
  leading: RegExp;
  /** Adverbs, days and auxiliaries after a speaker. */
  trailing: RegExp;
  /** "on", "last" left at a speaker's end once its weekday is trimmed. */
  weekdayLead: RegExp;
  /** An apposition that is a description, not a name: lowercase or an article first ("leader of …", "a former …"). */
  lowerOpener: RegExp;
  determiner: RegExp;
  verbish: RegExp;
  /** Cuts a verb-first speaker before its first preposition or clause. */
  speakerEnd: RegExp;
  subjectPronoun: RegExp;
  /** "according to a statement …, cited by X". */
  statement: RegExp;
  citedBy: RegExp;
  /** "according to a statement from X". */
  via: RegExp;
  accordingEnd: RegExp;
  inverting: RegExp;
  /** The lowercase head of a speaker phrase that is one person speaking for a body or holding a post ("spokeswoman", "secretary"). */
  voiceHead: RegExp;
}

const lead = String.raw`^[\s,.!?;:—–-]*`;

/** Compiles the attribution patterns of the speech verbs `v` and the lexicon's word lists. */
export function prepareAttribution(v: SpeechVerbs, words: WordLists): AttributionTools {
  const alt = (list: WordListName) => alternation(words[list]);
  const adverbs = String.raw`(?:${alt('speech-adverb')}\s+)`;
  const weekday = alt('weekday');
  return {
    apposition: new RegExp(`${lead}([\\p{Lu}][^,;:"“”()]{1,50}),\\s+[^,;:"“”()]{1,80},\\s+${adverbs}{0,2}${v.source}\\b`, 'u'),
    finalClause: new RegExp(`,\\s+([^,;:"“”()]{1,80}?)\\s+${adverbs}{0,2}${v.source}\\b[^,;:"“”]*$`),
    verbThenSpeaker: new RegExp(`${lead}${v.source}\\s+(?!${alt('verb-not-speaker')}\\b)([^,;:.!?"“”()]{1,90})`),
    speakerThenVerb: new RegExp(`${lead}([^,;:"“”()]{1,100}?)\\s+${adverbs}{0,2}${v.source}\\b`),
    verbAll: new RegExp(`\\b${v.source}\\b`, 'g'),
    passive: new RegExp(String.raw`\b${alt('passive-marker')}\s+$`),
    boundary: new RegExp(String.raw`[,;:()\[\]—–"“”]|\s-\s|\b${alt('clause-boundary')}\b`, 'g'),
    leading: new RegExp(String.raw`^(?:(?:${alt('leading-connective')}|(?:${alt('weekday-lead')}\s+)?${weekday})\b,?\s*)+`, 'i'),
    trailing: new RegExp(String.raw`(?:\s+(?:${alt('speech-adverb')}|${alt('trailing-word')}|${weekday}|[a-z]+ly))+\s*$`, 'i'),
    weekdayLead: new RegExp(String.raw`\s+${alt('weekday-lead')}$`, 'i'),
    lowerOpener: new RegExp(String.raw`^(?:\p{Ll}|${alt('article')}\s)`, 'u'),
    determiner: new RegExp(`^${alt('speaker-opener')}\\b`),
    verbish: new RegExp(`\\b${alt('not-speaker')}\\b`, 'i'),
    speakerEnd: new RegExp(`\\s+${alt('speaker-end')}\\b`),
    subjectPronoun: new RegExp(`^${alt('subject-pronoun')}$`),
    statement: new RegExp(`^(?:an?|the)?\\s*${alt('statement-noun')}\\b`, 'i'),
    citedBy: new RegExp(`\\b${alt('source-verb')} by\\s+([^,;.!?"“”]+)`),
    via: new RegExp(`^(?:an?|the)?\\s*${alternation([...words['statement-noun'], ...words['document-noun']])}s?\\b.*?\\b${alt('source-link')}\\s+(.+)$`, 'i'),
    accordingEnd: new RegExp(`\\s+${alt('according-end')}\\b`),
    inverting: new RegExp(`^${alt('inverting-verb')}$`),
    voiceHead: new RegExp(`^${alternation([...words['reference-voice'], ...words['reference-person-head'], ...words['reference-rank-head']])}$`),
  };
}

/** True when `words` reads like a speaker: a name, a pronoun or a short description, at most 12 words, no clause. */
export function looksLikeSpeaker(words: string, p: AttributionTools, lenient = false): boolean {
  const w = words.trim();
  const n = w.split(/\s+/).length;
  if (!w || n > 12 || p.verbish.test(w)) return false;
  return /^[\p{Lu}\p{N}]/u.test(w) || p.determiner.test(w) || (lenient && n <= 6);
}

/** Trims a phrase to its speaker words (no leading connective, no trailing adverb or day); undefined when nothing is left. */
function trimWords(text: string, start: number, end: number, p: AttributionTools, lenient = false): Words | undefined {
  let s = text.slice(start, end);
  const lead0 = s.length - s.trimStart().length;
  s = s.trim();
  const cut = p.leading.exec(s)?.[0].length ?? 0;
  let body = s.slice(cut);
  for (let prev = ''; prev !== body; ) {
    prev = body;
    body = body.replace(p.trailing, '').replace(p.weekdayLead, '');
  }
  body = body.replace(/[\s,]+$/, '');
  if (!looksLikeSpeaker(body, p, lenient)) return undefined;
  const from = start + lead0 + cut;
  return { start: from, end: from + body.length };
}

/** Cuts a verb-first speaker ("said Mr Wang in a statement") before its first preposition or clause. */
function cutAfterVerb(words: string, p: AttributionTools): string {
  return words.split(p.speakerEnd)[0]!.trim();
}

/** The speaker named right after a quotation, in `text[from, to)` (the rest of its sentence). */
export function speakerAfter(text: string, from: number, to: number, p: AttributionTools): Words | undefined {
  const tail = text.slice(from, to);
  const acc = /^[\s,.!?;:—–-]*according to\s+([^,;.!?"“”]+)/i.exec(tail);
  if (acc) return accordingTo(text, from + acc.index + acc[0].length - acc[1]!.length, acc[1]!, p, from + acc.index + acc[0].length, to);
  const vs = p.verbThenSpeaker.exec(tail);
  if (vs) {
    const words = cutAfterVerb(vs[1]!, p);
    const at = from + vs.index + vs[0].length - vs[1]!.length;
    // "said one of their lawyers, Michalis Dimitrakopoulos": the name after the description.
    const named = /^,\s+((?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}'’.-]*)\s*(?:[,.;]|$)/u.exec(text.slice(at + words.length, to));
    if (named && /^\p{Ll}/u.test(words) && !p.subjectPronoun.test(words)) {
      const nameAt = at + words.length + named[0].indexOf(named[1]!);
      return { start: nameAt, end: nameAt + named[1]!.length };
    }
    const w = trimWords(text, at, at + words.length, p);
    if (w) return w;
  }
  const sv = p.speakerThenVerb.exec(tail);
  if (sv && !/^according\b/i.test(sv[1]!)) {
    const at = from + sv.index + sv[0].indexOf(sv[1]!);
    // Note: after "…," a lowercase description is a speaker too ("state-run news agency Tass reported"),
    // but not after a fragment that runs on ("“does not accept” all these accusations and insisted").
    const separated = /[,.!?;:—–-]\s*$/.test(text.slice(Math.max(0, from - 3), from - 1)) || /^\s*[,.!?;:—–-]/.test(tail);
    const w = trimWords(text, at, at + sv[1]!.length, p, separated);
    if (w) return w;
  }
  // "“…,” Birgit Kuhlhoff, from Sal Oppenheim, told Reuters.": a name, an apposition, then the verb.
  const app = p.apposition.exec(tail);
  if (app) {
    // "…," Ukraine's energy minister, Denys Shmyhal, wrote: after a description, the name between the commas.
    const middle = /,\s+([^,]+),\s+[^,]+$/.exec(app[0])?.[1];
    const name = middle && /\p{Ll}$/u.test(app[1]!.trim()) ? trailingName.exec(middle) : null;
    if (middle && name && name.index === 0) {
      const at = from + app.index + app[0].indexOf(`, ${middle}`) + 2;
      const w = trimWords(text, at, at + middle.length, p);
      if (w) return w;
    }
    const at = from + app.index + app[0].indexOf(app[1]!);
    const w = trimWords(text, at, at + app[1]!.length, p);
    if (w) return w;
  }
  // "“…” for Ukraine, a European diplomat said last week.": the sentence's last clause names the speaker.
  const final = p.finalClause.exec(tail);
  if (final) {
    const at = from + final.index + final[0].indexOf(final[1]!, 1);
    const w = trimWords(text, at, at + final[1]!.length, p);
    if (w) return w;
  }
  return undefined;
}

/** "according to a statement from Netanyahu's office" → "Netanyahu's office"; "according to Tass" → "Tass". */
function accordingTo(text: string, at: number, words: string, p: AttributionTools, restFrom = 0, restTo = 0): Words | undefined {
  const rest = text.slice(restFrom, restTo);
  // "according to comments made at a news conference, cited by Chinese state media": the source comes later.
  const later = p.statement.test(words) ? p.citedBy.exec(rest) : null;
  if (later) {
    const off = restFrom + later.index + later[0].length - later[1]!.length;
    return trimWords(text, off, off + later[1]!.length, p);
  }
  const via = p.via.exec(words);
  if (via) {
    const off = words.length - via[1]!.length;
    return trimWords(text, at + off, at + words.length, p);
  }
  const cut = words.split(p.accordingEnd)[0]!;
  return trimWords(text, at, at + cut.length, p);
}

/**
 * What precedes a quotation names its speaker: a verb's subject, "X:", or
 * "according to X,". `text[from, to)` is the stretch before the quote,
 * `sentence` where its sentence starts. `inherit` when a verb's subject is an
 * earlier quote's speaker ("“A” … and insisted that “B”").
 */
export function speakerBefore(text: string, sentence: number, from: number, to: number, p: AttributionTools, subject: SubjectOf): Words | 'inherit' | undefined {
  const head = text.slice(from, to);
  const verbs = [...head.matchAll(p.verbAll)].filter((m) => !p.passive.test(head.slice(0, m.index)));
  if (verbs.length) {
    // Note: "Miller said in a statement, adding: “…”": a participle with no subject of its own takes the verb before it.
    for (const m of [...verbs].reverse()) {
      const w = subjectOf(text, from, head, m.index, m.index + m[0].length, p);
      if (w) return w;
    }
    if (from > sentence) return 'inherit';
    return subject(sentence) ?? 'inherit';
  }
  const acc = /\baccording to\s+([^,;"“”]+),/i.exec(head);
  if (acc) return accordingTo(text, from + acc.index + acc[0].indexOf(acc[1]!), acc[1]!, p);
  const colon = /(?:^|[.;,]\s*)([\p{Lu}][^,;:"“”]{0,60}):\s*$/u.exec(head);
  if (colon) {
    const at = from + colon.index + colon[0].indexOf(colon[1]!);
    return trimWords(text, at, at + colon[1]!.length, p);
  }
  return undefined;
}

/** The subject of the verb at `head[verbAt, verbEnd)`: the words before it back to a clause boundary, the noun a "which said" hangs on, or an inverted "…, says X". */
function subjectOf(text: string, from: number, head: string, verbAt: number, verbEnd: number, p: AttributionTools): Words | undefined {
  const before = head.slice(0, verbAt);
  // Note: "Guterres said he condemned": an earlier speech verb ends the subject too.
  const cuts = [...before.matchAll(p.boundary), ...before.matchAll(p.verbAll)].sort((a, b) => a.index - b.index).filter((c, i, all) => i < all.length - 1 || !insideName(before, c, p));
  const cut = cuts.at(-1);
  const start = cut ? cut.index + cut[0].length : 0;
  const w = trimWords(text, from + start, from + verbAt, p);
  if (w) return w;
  // "Bob Neill, leader of the London Assembly Conservatives, said": the name before the apposition.
  if (cut?.[0] === ',' && !before.slice(start).trim()) {
    const commas = cuts.filter((c) => c[0] === ',');
    const prev = commas.at(-2);
    const apposition = prev ? before.slice(prev.index + 1, cut.index).trim() : '';
    if (prev && p.lowerOpener.test(apposition)) {
      const name = trailingName.exec(before.slice(0, prev.index));
      if (name) return trimWords(text, from + name.index, from + name.index + name[0].length, p);
    }
    // "Ukraine's energy minister, Denys Shmyhal, wrote" / "Among them, Oksana K., told": the name between the commas,
    // after a description or an opening phrase, is the speaker, not the country in the description.
    const whole = trailingName.exec(apposition);
    if (prev && whole && whole.index === 0 && /\p{Ll}\s*$/u.test(before.slice(0, prev.index))) {
      const at = from + prev.index + 1 + (before.slice(prev.index + 1, cut.index).length - before.slice(prev.index + 1, cut.index).trimStart().length);
      return trimWords(text, at, at + apposition.length, p);
    }
  }
  if (cut && /^(?:which|who)$/.test(cut[0])) {
    // "according to the KCNA news agency, which said": the relative pronoun's noun.
    const end = before.slice(0, cut.index).replace(/[\s,]+$/, '').length;
    const prev = cuts.filter((c) => c.index + c[0].length <= end).at(-1);
    const rel = trimWords(text, from + (prev ? prev.index + prev[0].length : 0), from + end, p);
    if (rel) return rel;
  }
  const after = /^\s+((?:the\s+)?[\p{Lu}][^,;:.!?"“”()]{0,60})/u.exec(head.slice(verbEnd));
  if (after && p.inverting.test(head.slice(verbAt, verbEnd)) && /,\s*$/.test(before)) {
    const at = from + verbEnd + after[0].indexOf(after[1]!);
    return trimWords(text, at, at + cutAfterVerb(after[1]!, p).length, p);
  }
  return undefined;
}

/**
 * "A Department for Work and Pensions spokeswoman said", "the Culture and Sport spokeswoman said": an "and" between
 * capitalised words, with only capitalised words and then a `voiceHead` after it, joins a name; it ends no clause.
 */
function insideName(before: string, c: RegExpMatchArray, p: AttributionTools): boolean {
  const rest = /^\s+(?:\p{Lu}\p{L}*\s+)+(\p{Ll}+)\s*$/u.exec(before.slice(c.index! + c[0].length));
  return c[0] === 'and' && /\p{Lu}\p{L}*\s+$/u.test(before.slice(0, c.index)) && Boolean(rest && p.voiceHead.test(rest[1]!));
}

const trailingName = /(?:[\p{Lu}][\p{L}'’.-]*\s+){0,4}[\p{Lu}][\p{L}'’.-]*$/u;

/** The speaker of a sentence that introduces quotes to come ("Lammy said:" / "Lammy told MPs.") in `text[from, to)`. */
export function speakerOfSentence(text: string, from: number, to: number, p: AttributionTools, subject: SubjectOf): Words | undefined {
  const w = speakerBefore(text, from, from, to, p, subject);
  // Note: "Elrond addressed the council. “…”": with no verb of speech, the sentence's subject.
  return w === 'inherit' || w === undefined ? subject(from) : w;
}

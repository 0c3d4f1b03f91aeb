// Finds the words that name who said a quotation, as offsets into the
// paragraph: after the quote ("…," X said / said X / according to X), before
// it (X said: "…" / X said that "…" / X: "…"), or in the sentence before.
import type { SpeechVerbs } from './verbs.ts';

/** Paragraph offsets of the speaker's words. */
export interface Words {
  start: number;
  end: number;
}

interface Patterns {
  apposition: RegExp;
  finalClause: RegExp;
  verbThenSpeaker: RegExp;
  speakerThenVerb: RegExp;
  verbAll: RegExp;
}

const lead = String.raw`^[\s,.!?;:—–-]*`;
const adverbs = String.raw`(?:(?:has|had|have|also|later|then|further|again|previously|separately|earlier|recently|reportedly|once|publicly|bluntly|simply|jointly)\s+)`;
const passive = /\b(?:was|were|is|are|been|be|being|to|not)\s+$/;
const boundary = /[,;:()\[\]—–"“”]|\s-\s|\b(?:and|but|while|as|after|before|when|because|since|although|though|that|which|who|whom|where|if|then|so)\b/g;
const leading = /^(?:(?:and|but|so|then|meanwhile|however|also|instead|separately|earlier|later|nonetheless|still|yet|now|today|yesterday|indeed|what|according to|(?:on\s+|last\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b,?\s*)+/i;
const trailing = new RegExp(
  String.raw`(?:\s+(?:has|had|have|also|later|then|further|again|previously|separately|earlier|recently|reportedly|once|publicly|privately|repeatedly|jointly|already|never|not|did|does|would|will|on|last|this|today|yesterday|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|night|morning|evening|week|month|year|[a-z]+ly))+\s*$`,
  'i',
);
const determiner = /^(?:the|a|an|one|another|his|her|its|their|our|some|two|three|four|several|many|both|he|she|it|they|we|i|officials?|diplomats?|analysts?|experts?|sources?)\b/;
const verbish = /\b(?:is|was|are|were|be|been|what|which|if|when|will|would|could|should|can|may|might|do|does|did|not|there|here|this)\b/i;
const cache = new WeakMap<SpeechVerbs, Patterns>();

function patterns(v: SpeechVerbs): Patterns {
  let p = cache.get(v);
  if (!p) {
    p = {
      apposition: new RegExp(`${lead}([\\p{Lu}][^,;:"“”()]{1,50}),\\s+[^,;:"“”()]{1,80},\\s+${adverbs}{0,2}${v.source}\\b`, 'u'),
      finalClause: new RegExp(`,\\s+([^,;:"“”()]{1,80}?)\\s+${adverbs}{0,2}${v.source}\\b[^,;:"“”]*$`),
      verbThenSpeaker: new RegExp(`${lead}${v.source}\\s+(?!that\\b|on\\b|in\\b|at\\b|to\\b|of\\b)([^,;:.!?"“”()]{1,90})`),
      speakerThenVerb: new RegExp(`${lead}([^,;:"“”()]{1,100}?)\\s+${adverbs}{0,2}${v.source}\\b`),
      verbAll: new RegExp(`\\b${v.source}\\b`, 'g'),
    };
    cache.set(v, p);
  }
  return p;
}

/** True when `words` reads like a speaker: a name, a pronoun or a short description, at most 12 words, no clause. */
export function looksLikeSpeaker(words: string, lenient = false): boolean {
  const w = words.trim();
  const n = w.split(/\s+/).length;
  if (!w || n > 12 || verbish.test(w)) return false;
  return /^[\p{Lu}\p{N}]/u.test(w) || determiner.test(w) || (lenient && n <= 6);
}

/** Trims a phrase to its speaker words (no leading connective, no trailing adverb or day); undefined when nothing is left. */
function trimWords(text: string, start: number, end: number, lenient = false): Words | undefined {
  let s = text.slice(start, end);
  const lead0 = s.length - s.trimStart().length;
  s = s.trim();
  const cut = leading.exec(s)?.[0].length ?? 0;
  let body = s.slice(cut);
  for (let prev = ''; prev !== body; ) {
    prev = body;
    body = body.replace(trailing, '').replace(/\s+(?:on|last|this)$/i, '');
  }
  body = body.replace(/[\s,]+$/, '');
  if (!looksLikeSpeaker(body, lenient)) return undefined;
  const from = start + lead0 + cut;
  return { start: from, end: from + body.length };
}

/** Cuts a verb-first speaker ("said Mr Wang in a statement") before its first preposition or clause. */
function cutAfterVerb(words: string): string {
  return words.split(/\s+(?:on|in|at|during|after|before|to|from|via|with|while|when|as|that|who|which|told|said|adding)\b/)[0]!.trim();
}

/** The speaker named right after a quotation, in `text[from, to)` (the rest of its sentence). */
export function speakerAfter(text: string, from: number, to: number, v: SpeechVerbs): Words | undefined {
  const tail = text.slice(from, to);
  const p = patterns(v);
  const acc = /^[\s,.!?;:—–-]*according to\s+([^,;.!?"“”]+)/i.exec(tail);
  if (acc) return accordingTo(text, from + acc.index + acc[0].length - acc[1]!.length, acc[1]!, from + acc.index + acc[0].length, to);
  const vs = p.verbThenSpeaker.exec(tail);
  if (vs) {
    const words = cutAfterVerb(vs[1]!);
    const at = from + vs.index + vs[0].length - vs[1]!.length;
    // "said one of their lawyers, Michalis Dimitrakopoulos": the name after the description.
    const named = /^,\s+((?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}'’.-]*)\s*(?:[,.;]|$)/u.exec(text.slice(at + words.length, to));
    if (named && /^\p{Ll}/u.test(words) && !/^(?:he|she|they|it|we)$/.test(words)) {
      const nameAt = at + words.length + named[0].indexOf(named[1]!);
      return { start: nameAt, end: nameAt + named[1]!.length };
    }
    const w = trimWords(text, at, at + words.length);
    if (w) return w;
  }
  const sv = p.speakerThenVerb.exec(tail);
  if (sv && !/^according\b/i.test(sv[1]!)) {
    const at = from + sv.index + sv[0].indexOf(sv[1]!);
    // Note: after "…," a lowercase description is a speaker too ("state-run news agency Tass reported"),
    // but not after a fragment that runs on ("“does not accept” all these accusations and insisted").
    const separated = /[,.!?;:—–-]\s*$/.test(text.slice(Math.max(0, from - 3), from - 1)) || /^\s*[,.!?;:—–-]/.test(tail);
    const w = trimWords(text, at, at + sv[1]!.length, separated);
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
      const w = trimWords(text, at, at + middle.length);
      if (w) return w;
    }
    const at = from + app.index + app[0].indexOf(app[1]!);
    const w = trimWords(text, at, at + app[1]!.length);
    if (w) return w;
  }
  // "“…” for Ukraine, a European diplomat said last week.": the sentence's last clause names the speaker.
  const final = p.finalClause.exec(tail);
  if (final) {
    const at = from + final.index + final[0].indexOf(final[1]!, 1);
    const w = trimWords(text, at, at + final[1]!.length);
    if (w) return w;
  }
  return undefined;
}

/** "according to a statement from Netanyahu's office" → "Netanyahu's office"; "according to Tass" → "Tass". */
function accordingTo(text: string, at: number, words: string, restFrom = 0, restTo = 0): Words | undefined {
  const rest = text.slice(restFrom, restTo);
  // "according to comments made at a news conference, cited by Chinese state media": the source comes later.
  const later = /^(?:an?|the)?\s*(?:statement|comments?|remarks?|reports?|readout)\b/i.test(words) ? /\b(?:cited|carried|reported|published) by\s+([^,;.!?"“”]+)/.exec(rest) : null;
  if (later) {
    const off = restFrom + later.index + later[0].length - later[1]!.length;
    return trimWords(text, off, off + later[1]!.length);
  }
  const via = /^(?:an?|the)?\s*(?:statement|comments?|remarks?|report|reports|readout|post|interview|transcript)s?\b.*?\b(?:from|by|of|cited by|carried by|issued by)\s+(.+)$/i.exec(words);
  if (via) {
    const off = words.length - via[1]!.length;
    return trimWords(text, at + off, at + words.length);
  }
  const cut = words.split(/\s+(?:made|during|following|on|in|at|which|who|that)\b/)[0]!;
  return trimWords(text, at, at + cut.length);
}

/**
 * What precedes a quotation names its speaker: a verb's subject, "X:", or
 * "according to X,". `text[from, to)` is the stretch before the quote,
 * `sentence` where its sentence starts. `inherit` when a verb's subject is an
 * earlier quote's speaker ("“A” … and insisted that “B”").
 */
export function speakerBefore(text: string, sentence: number, from: number, to: number, v: SpeechVerbs): Words | 'inherit' | undefined {
  const head = text.slice(from, to);
  const verbs = [...head.matchAll(patterns(v).verbAll)].filter((m) => !passive.test(head.slice(0, m.index)));
  if (verbs.length) {
    // Note: "Miller said in a statement, adding: “…”": a participle with no subject of its own takes the verb before it.
    for (const m of [...verbs].reverse()) {
      const w = subjectOf(text, from, head, m.index, m.index + m[0].length, patterns(v).verbAll);
      if (w) return w;
    }
    if (from > sentence) return 'inherit';
    return sentenceSubject(text, sentence, from + verbs[0]!.index) ?? 'inherit';
  }
  const acc = /\baccording to\s+([^,;"“”]+),/i.exec(head);
  if (acc) return accordingTo(text, from + acc.index + acc[0].indexOf(acc[1]!), acc[1]!);
  const colon = /(?:^|[.;,]\s*)([\p{Lu}][^,;:"“”]{0,60}):\s*$/u.exec(head);
  if (colon) {
    const at = from + colon.index + colon[0].indexOf(colon[1]!);
    return trimWords(text, at, at + colon[1]!.length);
  }
  return undefined;
}

/** The subject of the verb at `head[verbAt, verbEnd)`: the words before it back to a clause boundary, the noun a "which said" hangs on, or an inverted "…, says X". */
function subjectOf(text: string, from: number, head: string, verbAt: number, verbEnd: number, verbAll: RegExp): Words | undefined {
  const before = head.slice(0, verbAt);
  // Note: "Guterres said he condemned": an earlier speech verb ends the subject too.
  const cuts = [...before.matchAll(boundary), ...before.matchAll(verbAll)].sort((a, b) => a.index - b.index);
  const cut = cuts.at(-1);
  const start = cut ? cut.index + cut[0].length : 0;
  const w = trimWords(text, from + start, from + verbAt);
  if (w) return w;
  // "Bob Neill, leader of the London Assembly Conservatives, said": the name before the apposition.
  if (cut?.[0] === ',' && !before.slice(start).trim()) {
    const commas = cuts.filter((c) => c[0] === ',');
    const prev = commas.at(-2);
    const apposition = prev ? before.slice(prev.index + 1, cut.index).trim() : '';
    if (prev && /^(?:\p{Ll}|(?:a|an|the)\s)/u.test(apposition)) {
      const name = trailingName.exec(before.slice(0, prev.index));
      if (name) return trimWords(text, from + name.index, from + name.index + name[0].length);
    }
    // "Ukraine's energy minister, Denys Shmyhal, wrote" / "Among them, Oksana K., told": the name between the commas,
    // after a description or an opening phrase, is the speaker, not the country in the description.
    const whole = trailingName.exec(apposition);
    if (prev && whole && whole.index === 0 && /\p{Ll}\s*$/u.test(before.slice(0, prev.index))) {
      const at = from + prev.index + 1 + (before.slice(prev.index + 1, cut.index).length - before.slice(prev.index + 1, cut.index).trimStart().length);
      return trimWords(text, at, at + apposition.length);
    }
  }
  if (cut && /^(?:which|who)$/.test(cut[0])) {
    // "according to the KCNA news agency, which said": the relative pronoun's noun.
    const end = before.slice(0, cut.index).replace(/[\s,]+$/, '').length;
    const prev = cuts.filter((c) => c.index + c[0].length <= end).at(-1);
    const rel = trimWords(text, from + (prev ? prev.index + prev[0].length : 0), from + end);
    if (rel) return rel;
  }
  const after = /^\s+((?:the\s+)?[\p{Lu}][^,;:.!?"“”()]{0,60})/u.exec(head.slice(verbEnd));
  if (after && inverting.test(head.slice(verbAt, verbEnd)) && /,\s*$/.test(before)) {
    const at = from + verbEnd + after[0].indexOf(after[1]!);
    return trimWords(text, at, at + cutAfterVerb(after[1]!).length);
  }
  return undefined;
}

const trailingName = /(?:[\p{Lu}][\p{L}'’.-]*\s+){0,4}[\p{Lu}][\p{L}'’.-]*$/u;
const inverting = /^(?:says|said|added|adds|noted|wrote|writes|continued|stated)$/;
const intro = /^(?:(?:In|On|At|For|During|After|Before|Prior to|Speaking|Asked|Addressing|Earlier|Later|Last|This|Since|Following|According|While|When|Prior|Pointing|Referring|Responding|Writing|Meanwhile|However|Separately|Instead|Nonetheless|Still)\b[^,]*,\s*)/;
const subjectRun = /^(?:(?:the|The)\s+)?(?!(?:The|A|An)\b)[\p{Lu}][\p{L}\p{N}'’.-]*(?:\s+(?:(?:of|for|and|de|al|bin|von|van|der|the)\s+)?[\p{Lu}][\p{L}\p{N}'’.-]*)*/u;

/** Length of a sentence's introductory phrase ("In a statement, "), 0 when it has none. */
export function introLength(sentence: string): number {
  return intro.exec(sentence)?.[0].length ?? 0;
}

/** The grammatical subject a sentence opens with, after an introductory phrase ("In a statement, the UK …" → "the UK"). */
export function sentenceSubject(text: string, start: number, end: number): Words | undefined {
  const s = text.slice(start, end);
  const skip = (intro.exec(s)?.[0].length ?? 0);
  const rest = s.slice(skip).replace(/^(?:But|And|So|Yet)\s+/, '');
  const off = start + s.length - s.slice(skip).length + (s.slice(skip).length - rest.length);
  const m = subjectRun.exec(rest);
  return m ? trimWords(text, off, off + m[0].length) : undefined;
}

/** The speaker of a sentence that introduces quotes to come ("Lammy said:" / "Lammy told MPs.") in `text[from, to)`. */
export function speakerOfSentence(text: string, from: number, to: number, v: SpeechVerbs): Words | undefined {
  const w = speakerBefore(text, from, from, to, v);
  // Note: "Elrond addressed the council. “…”": with no verb of speech, the sentence's subject.
  return w === 'inherit' || w === undefined ? sentenceSubject(text, from, to) : w;
}

// Rivals: what a pronoun may point to that is no actor of the article. A
// player named once ("Moody had to be put on a drip … his finger"), a
// project or a company the actors stage did not keep ("The three-year
// project will work … as it develops"), a "he" left unresolved: when one
// stands nearer than every actor, the pronoun stays unresolved, since a
// wrong antecedent makes wrong relations and speakers and a missing one
// costs little.
import type { SyntaxWord } from '../types.ts';
import type { RefContext } from './context.ts';
import { inside, isSubject, type Site } from './sites.ts';
import { partitionPoint } from '../../util/partition-point.ts';

/** Per sentence, the rivals known before any reference resolves: unresolved person names, subject nouns and names of no actor. */
export function rivalSites(ctx: Omit<RefContext, 'rivals'>): Site[][] {
  return ctx.doc.sentences.map((_, s) => {
    const words = ctx.doc.parses[s] ?? [];
    const quoted = (at: number) => inside(ctx.quoted[s] ?? [], at);
    const text = ctx.doc.sentences[s]!.text;
    // Note: "Mr", "Ms" right before a name say it is a person's and their sex.
    const honorific = (at: number) => {
      const hit = ctx.tools.honorific.exec(text.slice(Math.max(0, at - 12), at));
      return hit ? (hit[1] ? 'm' : 'f') : undefined;
    };
    const out: Site[] = [];
    // Note: the words inside a span, found by binary search: a run-on "sentence" of thousands of words
    // made a scan of the whole sentence per name quadratic.
    const within = (start: number, end: number) => {
      const found: number[] = [];
      for (let i = partitionPoint(words, (w) => w.start < start); i < words.length && words[i]!.start < end; i++) if (words[i]!.end <= end) found.push(i);
      return found;
    };
    const overlapping = (start: number, end: number) => {
      const found: number[] = [];
      for (let i = partitionPoint(words, (w) => w.end <= start); i < words.length && words[i]!.start < end; i++) found.push(i);
      return found;
    };
    const person = (start: number, end: number, sex: 'm' | 'f' | undefined) => {
      const word = within(start, end).find((i) => !(words[words[i]!.head]?.start! >= start && words[words[i]!.head]?.end! <= end)) ?? -1;
      // Note: a plural ("Muslims should consider …") is no "he".
      if (word >= 0 && words[word]!.text.toLowerCase() !== words[word]!.lemma.toLowerCase() && /s$/i.test(words[word]!.text)) return;
      out.push({ sentence: s, start, end, actors: [], word, deprel: word >= 0 ? words[word]!.deprel : '', quoted: quoted(start), rival: { kind: 'person', ...(sex ? { sex } : {}) } });
    };
    for (const m of ctx.unresolved[s] ?? []) {
      // Note: a name the actors stage did not keep is a person when it says so, or when it is one word, opens with a given name or follows "Mr".
      const given = ctx.tools.givenNameSex.get(m.text.split(/\s+/)[0]!);
      const sex = honorific(m.start) ?? (given ? (given === 'male' ? 'm' : 'f') : undefined);
      if (m.kind !== 'name' || (m.type && m.type !== 'person') || (!m.type && !sex && /\s/.test(m.text))) continue;
      person(m.start, m.end, sex);
    }
    // "Ms King said she …" where no mention holds "King" (a title word): a name after an honorific that no mention holds.
    const held = new Set([...(ctx.resolved[s] ?? []), ...(ctx.unresolved[s] ?? [])].flatMap((m) => overlapping(m.start, m.end)));
    words.forEach((w, i) => {
      const sex = w.upos === 'PROPN' ? honorific(w.start) : undefined;
      if (sex && !held.has(i)) person(w.start, w.end, sex);
    });
    const personal = new Set(out.flatMap((r) => within(r.start, r.end)));
    words.forEach((w, i) => {
      if (!isSubject(w.deprel) || !thingHead(ctx, w) || personal.has(i)) return;
      out.push({ sentence: s, start: w.start, end: w.end, actors: [], word: i, deprel: w.deprel, quoted: quoted(w.start), rival: { kind: 'thing' } });
    });
    return out.sort((a, b) => a.start - b.start);
  });
}

/** A singular common noun that names no person nor state ("project", "report", "group"), or a name. */
function thingHead(ctx: Omit<RefContext, 'rivals'>, w: SyntaxWord): boolean {
  const lower = w.text.toLowerCase();
  if (w.upos === 'PROPN') return true;
  if (w.upos !== 'NOUN' || lower !== w.lemma.toLowerCase()) return false;
  // Note: a state head ("whose government has said it") names a state however the description fared: the nearest state is its best guess.
  return !/^(?:person|state)$/.test(ctx.tools.heads.get(lower) ?? '') && !ctx.tools.ranks.has(lower) && !ctx.tools.voices.has(lower);
}

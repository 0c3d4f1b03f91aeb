// What the references stage reads from the lexicon, compiled once per run:
// the pronoun classes and the heads of descriptions that point back.
import type { Lexicon } from '../../lexicon/load.ts';
import { alternation } from '../../util/regex.ts';

export interface ReferenceTools {
  /** Pronoun (lowercase) → what it points to. */
  pronouns: ReadonlyMap<string, 'person' | 'thing' | 'plural'>;
  /** "the two sides", "both sides", "the two countries", "the two leaders": the whole phrase, any case, with the actors it counts. */
  groups: { pattern: RegExp; types: readonly string[] }[];
  /** Modifiers that make a description no reference ("the first movement"). */
  notModifier: ReadonlySet<string>;
  /** Head word (lowercase) → the kind of actor it points to. */
  heads: ReadonlyMap<string, 'body' | 'state' | 'document' | 'person'>;
  /** Body heads that name a force ("police", "army"): they point only to a body whose name holds them. */
  forces: ReadonlySet<string>;
  /** Person heads by rank or trade ("the general"): a guess at the nearest person is allowed, unlike for an office ("the minister"). */
  ranks: ReadonlySet<string>;
  /** An honorific right before a name: its sex ("Mr " → m). */
  honorific: RegExp;
  /** Given names only one sex bears (given-name-sex.tsv): "she" is no Gordon Brown. */
  givenNameSex: ReadonlyMap<string, 'male' | 'female'>;
  /** he/him/his point to a man, she/her to a woman. */
  pronounSex: ReadonlyMap<string, 'm' | 'f'>;
  /** Heads of "a spokesperson", "an official": someone speaking for a body. */
  voices: ReadonlySet<string>;
  /** Titles that make a person the leader of their state. */
  leaderRole: RegExp;
  /** Body heads no state owns ("the German firm" is no Germany). */
  private: ReadonlySet<string>;
  /** Lemmas of verbs whose subject "it" points to nothing. */
  expletive: ReadonlySet<string>;
  /** Title words that make it another office than the bare title ("deputy", "shadow"): "the prime minister" is no deputy prime minister. */
  titleQualifiers: ReadonlySet<string>;
  /** The last word of "the two men", "the two women" → the sex both share. */
  groupSex: ReadonlyMap<string, 'm' | 'f'>;
  /** Reflexive pronouns ("himself"): their own clause's subject only. */
  reflexives: ReadonlySet<string>;
  /** Each lexicon actor's name and aliases by id: "the party" may be the Liberal Democrats ("Liberal Democrat Party") though the text never says "party". */
  lexiconNames: ReadonlyMap<string, readonly string[]>;
}

const group = (phrases: readonly string[]) => new RegExp(String.raw`\b(?:the\s+|these\s+)?${alternation(phrases)}\b`, 'giu');

/** Compiles the references stage's word lists. */
export function prepareReferences(lex: Pick<Lexicon, 'words'> & Partial<Pick<Lexicon, 'givenNameSex' | 'entries'>>): ReferenceTools {
  const w = lex.words;
  const pronouns = new Map<string, 'person' | 'thing' | 'plural'>();
  for (const p of [...w['reference-male-pronoun'], ...w['reference-female-pronoun']]) pronouns.set(p, 'person');
  for (const p of w['reference-thing-pronoun']) pronouns.set(p, 'thing');
  for (const p of w['reference-plural-pronoun']) pronouns.set(p, 'plural');
  const heads = new Map<string, 'body' | 'state' | 'document' | 'person'>();
  // Note: a word in two lists keeps the first kind: a document before a body, a state before a person.
  for (const [list, kind] of [['reference-document', 'document'], ['reference-state', 'state'], ['reference-body', 'body'], ['reference-force-body', 'body'], ['reference-person-head', 'person'], ['reference-rank-head', 'person']] as const) {
    for (const h of w[list]) if (!heads.has(h)) heads.set(h, kind);
  }
  return {
    pronouns,
    groups: [
      { pattern: group(w['reference-group-state']), types: ['country'] },
      { pattern: group(w['reference-group-person']), types: ['person'] },
      // Note: "the two sides" are states, bodies or groups first; two people only when the sentence names no two others.
      { pattern: group(w['reference-group']), types: ['country', 'organization', 'group'] },
    ],
    notModifier: new Set(w['reference-not-modifier']),
    heads,
    givenNameSex: lex.givenNameSex ?? new Map(),
    forces: new Set(w['reference-force-body']),
    voices: new Set(w['reference-voice']),
    honorific: new RegExp(String.raw`\b(?:(${alternation(w['male-honorific'])})|(${alternation(w['female-honorific'])}))\.?\s+$`, 'i'),
    pronounSex: new Map([...w['reference-male-pronoun'].map((p) => [p, 'm'] as const), ...w['reference-female-pronoun'].map((p) => [p, 'f'] as const)]),
    ranks: new Set(w['reference-rank-head']),
    leaderRole: new RegExp(String.raw`\b${alternation(w['leader-role'])}$`, 'i'),
    expletive: new Set(w['expletive-verb']),
    private: new Set(w['reference-private-body']),
    titleQualifiers: new Set(w['reference-title-qualifier']),
    reflexives: new Set(w['reference-reflexive']),
    groupSex: new Map([...w['reference-group-men'].map((x) => [x, 'm'] as const), ...w['reference-group-women'].map((x) => [x, 'f'] as const)]),
    lexiconNames: new Map([...(lex.entries?.values() ?? [])].map((e) => [e.id, [e.name, ...e.aliases]])),
  };
}

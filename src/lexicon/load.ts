// The one loader for src/lexicon: reads every data file, validates it and
// returns a typed Lexicon. Stages never see it whole: each stage's `prepare`
// compiles the parts it reads into its own tools, once per run.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { ActorType, kebab } from '../model/index.ts';
import { givenNameTable, type GivenNames } from '../names/given-names.ts';
import type { MentionKind } from '../model/index.ts';
import { parseBoilerplate, parseNameHeads, parseSpeechVerbs, parseVerbRows, parseStopwords, parseWordLists, type BoilerplateRow, type Stopwords, type NameHead, type VerbRow, type WordLists } from './rule-files.ts';
import { listCell, parseList, parseTable } from './table.ts';
import { parseVerbDictionary, type VerbDictionary } from './verb-dictionary.ts';

/** A known actor: a country, body, group, outlet or person. */
export interface Entry {
  id: string;
  type: ActorType;
  name: string;
  aliases: string[];
  affiliation?: string;
}

/** What a surface form points to. */
export interface FormTarget {
  id: string;
  kind: MentionKind;
}

/**
 * A title before a name. Honorifics (Mr, Sheikh) are stripped but are no role; pointers (counterpart) only point to a person;
 * modifiers (former, acting) qualify a title and name no one by themselves.
 */
export interface Title {
  /** The words as written before a name ("Lt Gen"). */
  text: string;
  /** The role it gives, spelled out ("Lieutenant General"). */
  role: string;
  kind: 'role' | 'honorific' | 'pointer' | 'modifier';
}

/** The curator's corrections (src/lexicon/curated.tsv). */
export interface Curated {
  aliases: Map<string, string>;
  types: Map<string, ActorType>;
  notActors: Set<string>;
  merges: Map<string, string>;
  names: Map<string, string>;
}

export interface Lexicon {
  entries: Map<string, Entry>;
  /** Surface form, as written, to the actor it names. */
  forms: Map<string, FormTarget>;
  titles: Title[];
  /** Lowercased words and phrases that are never actors. */
  notActors: Set<string>;
  /** Given names, as written: a given name before a capitalised word marks a person. */
  firstNames: Set<string>;
  /** Family names written first ("Xi" in "Xi Jinping"): alone, they still name the person. */
  familyFirst: Set<string>;
  /** Short forms of given names: "Vince" and "Vincent" are one given name. */
  givenNames: GivenNames;
  /** Given names only men or only women bear (given-name-sex.tsv): "Mrs Howard" is not Michael Howard. */
  givenNameSex: Map<string, 'male' | 'female'>;
  /** Cities and regions that are places, not actors. */
  places: Set<string>;
  /** Common English words, lowercase: a capitalised run made of them is no person. */
  commonWords: Set<string>;
  /** Lowercase nouns for a state's bodies ("foreign ministry", "army"). */
  institutions: string[];
  /** The demonym that names each country in a body's name ("Chinese" for china). */
  demonymOf: Map<string, string>;
  curated: Curated;
  /** Patterns of text that is not news (boilerplate.tsv). */
  boilerplate: BoilerplateRow[];
  /** Head words that type an unknown name (name-heads.tsv). */
  nameHeads: NameHead[];
  /** Forms of the verbs that attribute quotations, in file order (speech-verbs.txt). */
  speechVerbs: string[];
  /** Verb frames and word classes of the relations stage (verbs.tsv). */
  verbs: VerbRow[];
  /** PETRARCH2's CAMEO verb dictionary with the curator's corrections (petrarch-verbs.tsv, petrarch-verbs-curated.tsv). */
  verbDictionary: VerbDictionary;
  /** Small closed word classes the rules read (words.tsv). */
  words: WordLists;
  /** Function words by language, for the ingest stage's language guess (stopwords.tsv). */
  stopwords: Stopwords;
  /** sha256 over all files: a cache key part. */
  hash: string;
}

/** The lexicon files, in load order. */
export const lexiconFiles = [
  'countries.tsv', 'countries-extra.tsv', 'actors.tsv', 'titles.txt', 'not-actors.txt', 'curated.tsv',
  'first-names.txt', 'names-extra.txt', 'places.txt', 'boilerplate.tsv', 'name-heads.tsv', 'institutions.txt', 'common-words.txt', 'places-extra.txt', 'speech-verbs.txt', 'verbs.tsv',
  'given-names.tsv', 'given-name-sex.tsv', 'words.tsv', 'stopwords.tsv', 'petrarch-verbs.tsv', 'petrarch-verbs-curated.tsv',
] as const;

/** Reads src/lexicon (or `dir`) and parses it. The only I/O in src/, kept here so stages stay pure. */
export function loadLexicon(dir: URL | string = new URL('./', import.meta.url), extraFiles: readonly string[] = []): Lexicon {
  const base = typeof dir === 'string' ? pathToFileURL(dir.replace(/\/?$/, '/')) : dir;
  const files: Record<string, string> = Object.create(null);
  for (const name of [...lexiconFiles, ...extraFiles]) files[name] = readFileSync(new URL(name, base), 'utf8');
  return parseLexicon(files);
}

/** Builds a Lexicon from file contents keyed by file name. Throws naming file and line on bad data. */
export function parseLexicon(files: Record<string, string>): Lexicon {
  const get = (name: string) => {
    const text = files[name];
    if (text === undefined) throw new Error(`lexicon file ${name} is missing`);
    // Note: in NFC, as ingest makes every seed, so that "José" typed with a combining accent matches.
    return text.normalize('NFC');
  };
  const entries = new Map<string, Entry>();
  const forms = new Map<string, FormTarget>();
  const addForm = (form: string, id: string, kind: MentionKind, force = false) => {
    // "the Kremlin" also opens sentences as "The Kremlin".
    for (const f of form.startsWith('the ') ? [form, `T${form.slice(1)}`] : [form]) if (f && (force || !forms.has(f))) forms.set(f, { id, kind });
  };

  // Countries, then the hand-made corrections to them.
  const countryRows = parseTable(get('countries.tsv'), 'countries.tsv', ['id', 'name', 'aliases', 'demonyms', 'capitals']);
  const demonyms = new Map<string, string[]>();
  const metonyms = new Map<string, string[]>();
  for (const r of countryRows) {
    entries.set(r.id!, { id: r.id!, type: 'country', name: r.name!, aliases: listCell(r.aliases) });
    demonyms.set(r.id!, listCell(r.demonyms));
    metonyms.set(r.id!, listCell(r.capitals));
  }
  for (const r of parseTable(get('countries-extra.tsv'), 'countries-extra.tsv', ['id', 'newId', 'name', 'aliases', 'demonyms', 'metonyms'])) {
    const old = entries.get(r.id!);
    if (!old) throw new Error(`countries-extra.tsv: unknown country id ${r.id}`);
    const id = r.newId || old.id;
    const name = r.name || old.name;
    const aliases = [...new Set([...(name !== old.name ? [old.name] : []), ...old.aliases, ...listCell(r.aliases)])];
    entries.delete(old.id);
    entries.set(id, { ...old, id, name, aliases });
    const oldDemonyms = demonyms.get(old.id) ?? [];
    const oldMetonyms = metonyms.get(old.id) ?? [];
    demonyms.delete(old.id);
    metonyms.delete(old.id);
    demonyms.set(id, [...new Set([...oldDemonyms, ...listCell(r.demonyms)])]);
    metonyms.set(id, [...new Set([...oldMetonyms, ...listCell(r.metonyms)])]);
  }
  for (const r of parseTable(get('actors.tsv'), 'actors.tsv', ['id', 'type', 'name', 'aliases', 'affiliation'])) {
    const type = ActorType.safeParse(r.type);
    if (!type.success) throw new Error(`actors.tsv: ${r.id}: type \`${r.type}\`, expected one of ${ActorType.options.join(', ')}`);
    entries.set(r.id!, { id: r.id!, type: type.data, name: r.name!, aliases: listCell(r.aliases), ...(r.affiliation ? { affiliation: r.affiliation } : {}) });
  }
  for (const e of entries.values()) {
    if (e.affiliation && !entries.has(e.affiliation)) throw new Error(`actors.tsv: ${e.id}: affiliation ${e.affiliation} is no known actor`);
    addForm(e.name, e.id, 'name');
    for (const a of e.aliases) addForm(a, e.id, 'name');
  }
  for (const [id, list] of demonyms) for (const d of list) addForm(d, id, 'demonym');
  for (const [id, list] of metonyms) for (const m of list) addForm(m, id, 'metonym');

  const titles = parseList(get('titles.txt'))
    .map((line): Title => {
      const [text = '', role = text] = line.replace(/^[~+-]/, '').split(/\s+=\s+/);
      return { text, role, kind: line.startsWith('~') ? 'honorific' : line.startsWith('-') ? 'pointer' : line.startsWith('+') ? 'modifier' : 'role' };
    })
    .sort((a, b) => b.text.length - a.text.length);
  const notActors = new Set(parseList(get('not-actors.txt')).map((w) => w.toLowerCase()));
  const curated = parseCurated(get('curated.tsv'));
  for (const form of curated.notActors) notActors.add(form.toLowerCase());
  for (const [form, id] of curated.aliases) addForm(form, id, 'name', true);

  const hash = createHash('sha256');
  for (const name of Object.keys(files).sort()) hash.update(`${name}\0${files[name]}\0`);
  const extraNames = parseList(get('names-extra.txt'));
  const familyFirst = new Set(extraNames.filter((n) => n.startsWith('^')).map((n) => n.slice(1)));
  const givenNames = givenNameTable(parseTable(get('given-names.tsv'), 'given-names.tsv', ['name', 'short']).map((r) => {
    if (!r.name) throw new Error(`given-names.tsv: a row of short forms (${r.short}) has no \`name\``);
    return [r.name, listCell(r.short)] as const;
  }));
  const firstNames = new Set([...parseList(get('first-names.txt')), ...extraNames.map((n) => n.replace(/^\^/, ''))]);
  const places = new Set([...parseList(get('places.txt')), ...parseList(get('places-extra.txt'))].filter((p) => !forms.has(p)));
  const institutions = parseList(get('institutions.txt'));
  const demonymOf = new Map([...demonyms].filter(([, list]) => list.length).map(([id, list]) => [id, list[0]!]));
  const commonWords = new Set(parseList(get('common-words.txt')));
  const givenNameSex = new Map(parseTable(get('given-name-sex.tsv'), 'given-name-sex.tsv', ['name', 'sex']).map((r) => [r.name!, r.sex === 'female' ? 'female' as const : 'male' as const]));
  return {
    entries, forms, titles, notActors, firstNames, familyFirst, givenNames, givenNameSex, places, commonWords, institutions, demonymOf, curated,
    boilerplate: parseBoilerplate(get('boilerplate.tsv')),
    nameHeads: parseNameHeads(get('name-heads.tsv')),
    speechVerbs: parseSpeechVerbs(get('speech-verbs.txt')),
    verbs: parseVerbRows(get('verbs.tsv')),
    verbDictionary: parseVerbDictionary(get('petrarch-verbs.tsv'), get('petrarch-verbs-curated.tsv')),
    words: parseWordLists(get('words.tsv')),
    stopwords: parseStopwords(get('stopwords.tsv')),
    hash: hash.digest('hex'),
  };
}

function parseCurated(text: string): Curated {
  const c: Curated = { aliases: new Map(), types: new Map(), notActors: new Set(), merges: new Map(), names: new Map() };
  for (const r of parseTable(text, 'curated.tsv', ['action', 'subject', 'value'])) {
    const { action, subject = '', value = '' } = r;
    if (!subject) throw new Error(`curated.tsv: \`${action}\` row has no subject`);
    if (action === 'alias') c.aliases.set(subject, kebab(value));
    else if (action === 'type') {
      const t = ActorType.safeParse(value);
      if (!t.success) throw new Error(`curated.tsv: type \`${value}\` for ${subject}, expected one of ${ActorType.options.join(', ')}`);
      c.types.set(subject, t.data);
    } else if (action === 'not-actor') c.notActors.add(subject);
    else if (action === 'merge') c.merges.set(kebab(subject), kebab(value));
    else if (action === 'name') c.names.set(kebab(subject), value);
    else throw new Error(`curated.tsv: action \`${action}\`, expected alias, type, not-actor, merge or name`);
  }
  return c;
}

// PETRARCH's verb pattern language, as petrarch-verbs.tsv keeps it: the
// tokens, and a pattern compiled into what a clause of the parse must hold.
// "* {economic sanction} (on +)" -> the object ends in "economic sanction",
// an oblique "on" whose phrase is the target.

/** One word position of a phrase: a word (or `a/b` alternatives), a synset, or any word (`^`). */
export type Elem = { word: string[] } | { synset: string } | { any: true };

/** Where an actor slot (`$` source, `+` target) sits in a clause. */
export type Slot = 'subject' | 'object' | { prep: string };

/** A compiled pattern: what the subject, the words after the verb and the obliques must hold. */
export interface CompiledPattern {
  /** Noun phrases before `*`: the subject's head (empty: any subject). */
  subject: Elem[][];
  /** Noun phrases after `*` outside parentheses: the object's head, or the particle. */
  after: Elem[][];
  /** Prepositional phrases: one of `prep`, its words ending in `phrase` (empty: any). */
  preps: { prep: string[]; phrase: Elem[] }[];
  source?: Slot;
  target?: Slot;
}

/** Splits pattern text into tokens: brackets, `*`, slots, synset names and words (outside a synset name, `_` is a space). */
export function patternTokens(text: string): string[] {
  return (text.match(/&[^\s(){}*$+%^]+|[(){}*$+%^]|[^\s(){}*$+%^_]+/g) ?? []).map((t) => (t.startsWith('&') ? synsetName(t) : t));
}

/** A synset's name as the table keeps it: lowercase, without PETRARCH's trailing `_` (no plurals). */
export function synsetName(name: string): string {
  return name.toLowerCase().replace(/_+$/, '');
}

/** Compiles pattern text; throws on unbalanced brackets or not exactly one `*`. */
export function compilePattern(text: string): CompiledPattern {
  const tokens = patternTokens(text);
  if (tokens.filter((t) => t === '*').length !== 1) throw new Error(`pattern \`${text}\`: expected one \`*\``);
  const out: CompiledPattern = { subject: [], after: [], preps: [] };
  let beforeVerb = true;
  let lastPrep: { prep: string[]; phrase: Elem[] } | undefined;
  let lastClosedPrep = false;
  const setSlot = (ch: string, where: Slot) => {
    if (ch === '$') out.source = where;
    else if (ch === '+') out.target = where;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const closedBefore = lastClosedPrep;
    lastClosedPrep = false;
    if (t === '*') {
      beforeVerb = false;
    } else if (t === '$' || t === '+' || t === '%') {
      // "(against) +": a slot right after an empty prepositional phrase is that phrase's noun.
      if (closedBefore && lastPrep && !lastPrep.phrase.length) setSlot(t, { prep: lastPrep.prep[0]! });
      else setSlot(t, beforeVerb ? 'subject' : 'object');
    } else if (t === '{') {
      const end = tokens.indexOf('}', i);
      if (end < 0 || tokens.slice(i + 1, end).some((x) => /^[(){*]$/.test(x))) throw new Error(`pattern \`${text}\`: bad {...}`);
      (beforeVerb ? out.subject : out.after).push(tokens.slice(i + 1, end).map(elem));
      i = end;
    } else if (t === '(') {
      const end = tokens.indexOf(')', i);
      if (end < 0 || end === i + 1 || tokens.slice(i + 1, end).some((x) => /^[()*]$/.test(x))) throw new Error(`pattern \`${text}\`: bad (...)`);
      const prep = tokens[i + 1]!.split('/');
      const phrase: Elem[] = [];
      for (const inner of tokens.slice(i + 2, end)) {
        if (inner === '$' || inner === '+') setSlot(inner, { prep: prep[0]! });
        else if (inner !== '{' && inner !== '}' && inner !== '%') phrase.push(elem(inner));
      }
      lastPrep = { prep, phrase };
      out.preps.push(lastPrep);
      lastClosedPrep = true;
      i = end;
    } else if (t === ')' || t === '}') {
      throw new Error(`pattern \`${text}\`: unopened ${t}`);
    } else {
      (beforeVerb ? out.subject : out.after).push([elem(t)]);
    }
  }
  return out;
}

function elem(token: string): Elem {
  if (token === '^') return { any: true };
  if (token.startsWith('&')) return { synset: token };
  return { word: token.split('/') };
}

/** How specific a pattern is: its words and prepositions (PETRARCH prefers longer patterns). */
export function specificity(p: CompiledPattern): number {
  const words = (phrase: Elem[]) => phrase.filter((e) => !('any' in e)).length;
  return [...p.subject, ...p.after].reduce((n, ph) => n + words(ph), 0) + p.preps.reduce((n, pp) => n + 1 + words(pp.phrase), 0);
}

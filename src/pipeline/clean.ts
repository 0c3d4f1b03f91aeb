// clean: the article body as prose paragraphs. Takes out the headline line,
// subheadings, newsletter prompts, photo captions and credits, reporting
// credits and datelines, keeping each in `removed`.
import type { Lexicon } from '../lexicon/load.ts';
import { compileBoilerplate, stripBoilerplate, type BoilerplatePattern } from './clean/boilerplate.ts';
import { isHeadingLike } from './clean/headline.ts';
import { knownWords, type LexiconWords, prepareKnownWords } from './clean/known-words.ts';
import { findSplice } from './clean/splice.ts';
import type { Cleaned, Ingested, Removed } from './types.ts';
import { escapeRegExp } from '../util/regex.ts';

/** What clean reads from the lexicon, compiled once per run. */
export interface CleanTools {
  boilerplate: BoilerplatePattern[];
  /** A dateline naming a known outlet (its form in group 1). */
  dateline: RegExp;
  /** The display name of the actor each lexicon form names, for outlets named in datelines and credits. */
  names: ReadonlyMap<string, string>;
  /** The lexicon's words, for telling a word a scraper split from the glued tokens of a splice. */
  words: LexiconWords;
}

/** Compiles the boilerplate patterns and the dateline pattern of a lexicon. */
export function prepareClean(lex: Pick<Lexicon, 'boilerplate' | 'forms' | 'entries' | 'places' | 'titles' | 'firstNames' | 'commonWords' | 'words'>): CleanTools {
  const names = new Map<string, string>();
  for (const [form, t] of lex.forms) {
    const entry = lex.entries.get(t.id);
    if (entry) names.set(form, entry.name);
  }
  const media = [...lex.forms].filter(([, t]) => lex.entries.get(t.id)?.type === 'media').map(([form]) => form);
  const alternatives = media.sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  return {
    boilerplate: compileBoilerplate(lex.boilerplate),
    dateline: new RegExp(`^(?:[\\p{Lu}][\\p{L}.,' ]{0,60}?\\s)?\\(?(${alternatives})\\)?\\s*[—–-]{1,2}\\s+`, 'u'),
    names,
    words: prepareKnownWords(lex),
  };
}

/** Removes boilerplate and finds the headline and outlet hints. */
export function clean(doc: Ingested, tools: CleanTools): Cleaned {
  const removed: Removed[] = [];
  const patterns = tools.boilerplate;
  const outlet = { hint: undefined as string | undefined };
  let paragraphs = doc.text.split(/\n\s*\n|\n(?=\S)/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
  let headline: Cleaned['headline'];
  paragraphs = dropLeadingBoilerplate(paragraphs, patterns, removed);
  if (paragraphs.length > 1 && isHeadingLike(paragraphs[0]!, 25)) {
    headline = { text: paragraphs[0]!, source: 'first-line' };
    removed.push({ kind: 'headline', text: paragraphs[0]! });
    paragraphs = paragraphs.slice(1);
  }
  // Note: a splice is undone before boilerplate is matched, since a headline spliced into a credit line breaks its pattern.
  const known = knownWords(paragraphs, tools.words);
  paragraphs = paragraphs.map((p) => {
    const splice = findSplice(p, known);
    if (!splice) return p;
    removed.push({ kind: 'headline', text: splice.headline });
    headline ??= { text: splice.headline, source: 'recovered' };
    return splice.text;
  });
  paragraphs = paragraphs.map((p, i) => {
    const text = stripBoilerplate(p, patterns, removed);
    return i === 0 ? stripDateline(text, tools, removed, outlet) : text;
  }).filter((p) => {
    if (!p || !isHeadingLike(p, 8)) return !!p;
    removed.push({ kind: 'subheading', text: p });
    return false;
  });

  outlet.hint ??= outletFromRemoved(removed, tools);
  return { ...doc, paragraphs, removed, ...(headline ? { headline } : {}), ...(outlet.hint ? { outletHint: outlet.hint } : {}) };
}

/** "Jeddah, Saudi Arabia CNN — " or "LONDON (Reuters) - ": a dateline naming a known outlet. */
function stripDateline(text: string, tools: CleanTools, removed: Removed[], outlet: { hint?: string }): string {
  const m = tools.dateline.exec(text);
  const name = m ? tools.names.get(m[1]!) : undefined;
  if (!m || name === undefined) return text;
  removed.push({ kind: 'dateline', text: m[0].trim() });
  outlet.hint = name;
  return text.slice(m[0].length);
}

/**
 * Lines before the headline that are all boilerplate ("Published 10 February
 * 2025", share buttons): removed first, so that the headline is the first line
 * that is not.
 */
function dropLeadingBoilerplate(paragraphs: string[], patterns: BoilerplatePattern[], removed: Removed[]): string[] {
  let i = 0;
  while (i < paragraphs.length - 1) {
    const found: Removed[] = [];
    if (stripBoilerplate(paragraphs[i]!, patterns, found) !== '') break;
    removed.push(...found);
    i++;
  }
  return paragraphs.slice(i);
}

/** An outlet named by a dateline ("(Reuters)"), a newsletter prompt or a reporting credit. */
function outletFromRemoved(removed: Removed[], tools: CleanTools): string | undefined {
  for (const r of removed) {
    if (r.kind !== 'dateline') continue;
    const name = /\(([^)]+)\)/.exec(r.text)?.[1]?.trim();
    if (!name) continue;
    return tools.names.get(name) ?? name;
  }
  for (const r of removed) {
    const m = /Subscribe to ((?:The )?[\p{L} ]+?) Newsletter/iu.exec(r.text) ?? /^([\p{Lu}][\p{L}]+)[’']s? .* contributed/u.exec(r.text);
    if (!m) continue;
    return tools.names.get(m[1]!) ?? tools.names.get(m[1]!.replace(/^The /, '')) ?? m[1];
  }
  return undefined;
}

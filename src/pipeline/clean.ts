// clean: the article body as prose paragraphs. Takes out the headline line,
// subheadings, newsletter prompts, photo captions and credits, reporting
// credits and datelines, keeping each in `removed`.
import type { Lexicon } from '../lexicon/load.ts';
import { type BoilerplatePattern, boilerplatePatterns, stripBoilerplate } from './clean/boilerplate.ts';
import { isHeadingLike } from './clean/headline.ts';
import { knownWords } from './clean/known-words.ts';
import { findSplice } from './clean/splice.ts';
import type { Cleaned, Ingested, Removed } from './types.ts';

/** Removes boilerplate and finds the headline and outlet hints. */
export function clean(doc: Ingested, lex: Lexicon): Cleaned {
  const removed: Removed[] = [];
  const patterns = boilerplatePatterns(lex);
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
  const known = knownWords(paragraphs, lex);
  paragraphs = paragraphs.map((p) => {
    const splice = findSplice(p, known);
    if (!splice) return p;
    removed.push({ kind: 'headline', text: splice.headline });
    headline ??= { text: splice.headline, source: 'recovered' };
    return splice.text;
  });
  paragraphs = paragraphs.map((p, i) => {
    const text = stripBoilerplate(p, patterns, removed);
    return i === 0 ? stripDateline(text, lex, removed, outlet) : text;
  }).filter((p) => {
    if (!p || !isHeadingLike(p, 8)) return !!p;
    removed.push({ kind: 'subheading', text: p });
    return false;
  });

  outlet.hint ??= outletFromRemoved(removed, lex);
  return { ...doc, paragraphs, removed, ...(headline ? { headline } : {}), ...(outlet.hint ? { outletHint: outlet.hint } : {}) };
}

/** "Jeddah, Saudi Arabia CNN — " or "LONDON (Reuters) - ": a dateline naming a known outlet. */
function stripDateline(text: string, lex: Lexicon, removed: Removed[], outlet: { hint?: string }): string {
  const m = datelinePattern(lex).exec(text);
  const target = m && lex.forms.get(m[1]!);
  if (!m || !target) return text;
  removed.push({ kind: 'dateline', text: m[0].trim() });
  outlet.hint = lex.entries.get(target.id)!.name;
  return text.slice(m[0].length);
}

const datelines = new WeakMap<Lexicon, RegExp>();
function datelinePattern(lex: Lexicon): RegExp {
  let re = datelines.get(lex);
  if (re) return re;
  const media = [...lex.forms].filter(([, t]) => lex.entries.get(t.id)?.type === 'media').map(([form]) => form);
  const names = media.sort((a, b) => b.length - a.length).map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  re = new RegExp(`^(?:[\\p{Lu}][\\p{L}.,' ]{0,60}?\\s)?\\(?(${names})\\)?\\s*[—–-]{1,2}\\s+`, 'u');
  datelines.set(lex, re);
  return re;
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
function outletFromRemoved(removed: Removed[], lex: Lexicon): string | undefined {
  for (const r of removed) {
    if (r.kind !== 'dateline') continue;
    const name = /\(([^)]+)\)/.exec(r.text)?.[1]?.trim();
    if (!name) continue;
    const target = lex.forms.get(name);
    return target ? lex.entries.get(target.id)!.name : name;
  }
  for (const r of removed) {
    const m = /Subscribe to ((?:The )?[\p{L} ]+?) Newsletter/iu.exec(r.text) ?? /^([\p{Lu}][\p{L}]+)[’']s? .* contributed/u.exec(r.text);
    if (!m) continue;
    const target = lex.forms.get(m[1]!) ?? lex.forms.get(m[1]!.replace(/^The /, ''));
    return target ? lex.entries.get(target.id)!.name : m[1];
  }
  return undefined;
}

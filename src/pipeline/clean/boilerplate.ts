// Boilerplate patterns from src/lexicon/boilerplate.tsv, compiled once per lexicon.
import type { Lexicon } from '../../lexicon/load.ts';
import { parseTable } from '../../lexicon/table.ts';
import type { Removed } from '../types.ts';

export interface BoilerplatePattern {
  kind: Removed['kind'];
  regex: RegExp;
  /** Lowercase text the paragraph must contain for the pattern to be tried. */
  needs: string;
}

const kinds = new Set<Removed['kind']>(['newsletter', 'teaser', 'credit', 'caption', 'subheading', 'headline', 'byline', 'update-note', 'dateline', 'timestamp', 'contact', 'share']);
const cache = new WeakMap<Lexicon, BoilerplatePattern[]>();

/** The lexicon's boilerplate patterns, compiled (global, unicode). */
export function boilerplatePatterns(lex: Lexicon): BoilerplatePattern[] {
  let patterns = cache.get(lex);
  if (patterns) return patterns;
  patterns = parseTable(lex.files['boilerplate.tsv'] ?? '', 'boilerplate.tsv', ['kind', 'case', 'needs', 'pattern']).map((row, i) => {
    const kind = row.kind as Removed['kind'];
    if (!kinds.has(kind)) throw new Error(`boilerplate.tsv: row ${i + 1}: kind \`${row.kind}\`, expected one of ${[...kinds].join(', ')}`);
    try {
      return { kind, regex: new RegExp(row.pattern!, row.case === 'exact' ? 'gu' : 'giu'), needs: (row.needs ?? '').toLowerCase() };
    } catch (e) {
      throw new Error(`boilerplate.tsv: row ${i + 1}: bad pattern: ${(e as Error).message}`);
    }
  });
  cache.set(lex, patterns);
  return patterns;
}

/** Full dates as captions end them: "October 5, 2024." or "5 October 2024." */
const captionEnd = /(?:[A-Z][a-z]+ \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+ \d{4})\.?\s*$/u;

/**
 * Removes every boilerplate match from a paragraph. A photo credit takes the
 * caption before it along (the sentence ending in a full date), since a caption
 * without its credit is just as much not the news.
 */
export function stripBoilerplate(paragraph: string, patterns: BoilerplatePattern[], removed: Removed[]): string {
  let text = paragraph;
  const lower = paragraph.toLowerCase();
  for (const { kind, regex, needs } of patterns) {
    if (needs && !lower.includes(needs)) continue;
    text = text.replace(regex, (match: string, ...rest: unknown[]) => {
      const offset = rest.find((x) => typeof x === 'number') as number;
      removed.push({ kind, text: match.trim() });
      if (kind === 'credit') {
        const caption = captionBefore(text.slice(0, offset));
        if (caption) removed.push({ kind: 'caption', text: caption.trim() });
      }
      return '\u0000';
    });
  }
  // Captions are removed in a second pass: their extent is known only once credits are.
  for (const r of removed) if (r.kind === 'caption') text = text.replace(r.text, '');
  return text.replace(/\u0000/g, ' ').replace(/\s{2,}/g, ' ').trim();
}

function captionBefore(before: string): string | undefined {
  const trimmed = before.trimEnd();
  if (!captionEnd.test(trimmed)) return undefined;
  // The caption starts after the previous sentence's end.
  const start = Math.max(trimmed.lastIndexOf('. ', trimmed.length - 2), trimmed.lastIndexOf('.” '), trimmed.lastIndexOf('." '));
  let from = start < 0 ? 0 : start + 2;
  // Walk past dates' own periods ("Oct. 5") is not needed: captions use full month names.
  while (from < trimmed.length && /[\s”"]/.test(trimmed[from]!)) from++;
  return trimmed.slice(from);
}

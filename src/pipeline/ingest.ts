// ingest: bytes to text. Refuses binary and empty seeds, decodes UTF-8 (BOM
// or not, Windows-1252 as a fallback), normalises line ends, reads the
// optional front matter, strips pasted HTML and guesses the language. Text
// is put in Unicode NFC, the form the lexicon is in, so that an article saved
// with combining accents (NFD, as macOS file tools may write it) names the
// same people as the same article in NFC.
import { decode, isBlank } from './ingest/decode.ts';
import { frontMatter } from './ingest/front-matter.ts';
import type { Lexicon } from '../lexicon/load.ts';
import { language, type LanguageTools, prepareLanguage } from './ingest/language.ts';
import { stripHtml } from './ingest/strip-html.ts';
import type { Ingested, SeedFile } from './types.ts';

/** What ingest reads from the lexicon: the function words that guess a text's language. */
export interface IngestTools {
  languages: LanguageTools;
}

/** Compiles the ingest stage's tools. */
export function prepareIngest(lex: Pick<Lexicon, 'stopwords'>): IngestTools {
  return { languages: prepareLanguage(lex.stopwords) };
}

/** Decodes a seed and separates its front matter from the article text; throws when the seed holds no article. */
export function ingest(seed: SeedFile, tools: IngestTools): Ingested {
  const decoded = decode(seed.bytes);
  const lines = decoded.text.normalize('NFC').replace(/\r\n?|[\u2028\u2029]/g, '\n');
  const front = frontMatter(lines);
  const stripped = stripHtml(front.body);
  if (isBlank(stripped.text)) throw new Error('empty seed: no article text after the front matter and markup');
  const guess = language(stripped.text, tools.languages);
  const warnings = [...decoded.warnings, ...front.warnings, ...(stripped.html ? ['HTML markup stripped from the text'] : []), ...(guess.warning ? [guess.warning] : [])];
  return { seed: seed.name, text: stripped.text, meta: front.meta, language: guess.language, warnings };
}

// syntax: every sentence cut into words the UD way (offsets kept), tagged,
// parsed and labelled by the model in src/syntax. The model loads on the
// first sentence parsed, once per process or worker thread.
import type { Lexicon } from '../lexicon/load.ts';
import { analyse } from '../syntax/analyse.ts';
import { syntaxModel } from '../syntax/model-file.ts';
import { tokenize } from '../syntax/tokenizer.ts';
import { prepareFrameBook } from './relations/verb-frames.ts';
import type { Parsed, Segmented, SyntaxWord } from './types.ts';

/** What the syntax stage reads from the lexicon: the verbs whose lemmas the relations stage looks up. */
export interface SyntaxTools {
  verbs: ReadonlySet<string>;
}

/**
 * The verbs of verbs.tsv's frames and of PETRARCH2's dictionary: a verb form the lemma rules get
 * wrong ("boycotted" -> "boycot", "banning" -> "bann") is lemmatized to one of them when it fits.
 */
export function prepareSyntax(lex: Pick<Lexicon, 'verbs' | 'verbDictionary'>): SyntaxTools {
  const frames = prepareFrameBook(lex).frames.flatMap((f) => f.verbs);
  return { verbs: new Set([...frames, ...lex.verbDictionary.verbs.keys()].map((v) => v.toLowerCase())) };
}

/** Parses each sentence; `parses[i]` holds the words of `sentences[i]`. */
export function syntax(doc: Segmented, tools?: SyntaxTools): Parsed {
  // Note: the model is English; other languages get no words rather than nonsense trees.
  if (doc.language !== 'en') return { ...doc, parses: doc.sentences.map(() => []) };
  const model = syntaxModel();
  return {
    ...doc,
    parses: doc.sentences.map((s): SyntaxWord[] => {
      const tokens = tokenize(s.text);
      const analysis = analyse(model, tokens.map((t) => t.text), tools?.verbs);
      return tokens.map((t, i) => ({ ...t, ...analysis[i]! }));
    }),
  };
}

// syntax: every sentence cut into words the UD way (offsets kept), tagged,
// parsed and labelled by the model in src/syntax. The model loads on the
// first sentence parsed, once per process or worker thread.
import { analyse } from '../syntax/analyse.ts';
import { syntaxModel } from '../syntax/model-file.ts';
import { tokenize } from '../syntax/tokenizer.ts';
import type { Parsed, Segmented, SyntaxWord } from './types.ts';

/** Parses each sentence; `parses[i]` holds the words of `sentences[i]`. */
export function syntax(doc: Segmented): Parsed {
  // Note: the model is English; other languages get no words rather than nonsense trees.
  if (doc.language !== 'en') return { ...doc, parses: doc.sentences.map(() => []) };
  const model = syntaxModel();
  return {
    ...doc,
    parses: doc.sentences.map((s): SyntaxWord[] => {
      const tokens = tokenize(s.text);
      const analysis = analyse(model, tokens.map((t) => t.text));
      return tokens.map((t, i) => ({ ...t, ...analysis[i]! }));
    }),
  };
}

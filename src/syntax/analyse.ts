// Tag, parse, label and lemmatize one sentence of tokens with a loaded model.
import { label } from './labeller.ts';
import { lemmatize } from './lemmatizer.ts';
import type { SyntaxModel } from './model.ts';
import { parse } from './parser.ts';
import { tag } from './tagger.ts';
import { uposTags, type Upos } from './tags.ts';
import { words } from './words.ts';

/** One analysed word: `head` is the 0-based index of its head, -1 for the sentence's root. */
export interface Analysis {
  lemma: string;
  upos: Upos;
  head: number;
  deprel: string;
}

/**
 * Analyses a sentence given as its token forms. A sentence gets one root: any other word the parser
 * left at the root hangs from the first. `verbs`: verb lemmas a lexicon knows (lemmatize).
 */
export function analyse(m: SyntaxModel, forms: readonly string[], verbs?: ReadonlySet<string>): Analysis[] {
  const n = forms.length;
  if (n === 0) return [];
  const w = words(forms);
  const x = { words: w, tags: tag(m.tagger, w) };
  const heads = parse(m.parser, x, m.beam);
  let root = -1;
  for (let i = 0; i < n; i++) {
    if (heads[i] !== n) continue;
    if (root < 0) root = i;
    else heads[i] = root;
  }
  const labels = label(m.labeller, m.labelSets, x, heads, m.labels.indexOf('root'));
  return forms.map((form, i) => {
    const upos = uposTags[x.tags[i]!]!;
    const head = heads[i] === n ? -1 : heads[i]!;
    return { lemma: lemmatize(m.lemmas, form, upos, verbs), upos, head, deprel: m.labels[labels[i]!]! };
  });
}

// The label sets: UD's 17 universal POS tags, and the dependency relations a
// model was trained with (read from the model, so retraining on another UD
// version needs no code change).

/** Universal POS tags, in a fixed order (the tagger's class numbers). */
export const uposTags = ['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X'] as const;

/** A universal POS tag. */
export type Upos = (typeof uposTags)[number];

/** Tag number standing for "no token" in features (one past the last tag). */
export const NO_TAG = uposTags.length;

/** Tag number standing for the artificial root in features. */
export const ROOT_TAG = uposTags.length + 1;

const index = new Map<string, number>(uposTags.map((t, i) => [t, i]));

/** The class number of a UPOS tag; throws naming the tag when it is not one of the 17. */
export function uposIndex(tag: string): number {
  const i = index.get(tag);
  if (i === undefined) throw new Error(`Unknown UPOS tag \`${tag}\`, expected one of ${uposTags.join(', ')}`);
  return i;
}

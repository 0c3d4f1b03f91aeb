// CoNLL-U (https://universaldependencies.org/format.html): read and write.
// Word lines become tokens; comments, multiword-token ranges ("1-2 don't")
// and empty nodes ("8.1") are kept verbatim so that writing a read file gives
// back its bytes.

/** One word line: the ten columns, `head` as a number (0 = root, -1 = `_`). */
export interface ConlluToken {
  id: number;
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  feats: string;
  head: number;
  deprel: string;
  deps: string;
  misc: string;
}

/** A sentence: comment lines, its words, and the other lines with the number of words before each. */
export interface ConlluSentence {
  comments: string[];
  tokens: ConlluToken[];
  extra: { before: number; line: string }[];
}

/** Parses CoNLL-U text into sentences; throws naming the line when a word line lacks ten columns. */
export function readConllu(text: string): ConlluSentence[] {
  const out: ConlluSentence[] = [];
  let cur: ConlluSentence = { comments: [], tokens: [], extra: [] };
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  lines.forEach((line, n) => {
    if (line === '') {
      if (cur.tokens.length || cur.comments.length) out.push(cur);
      cur = { comments: [], tokens: [], extra: [] };
    } else if (line.startsWith('#')) cur.comments.push(line);
    else {
      const cols = line.split('\t');
      if (cols.length !== 10) throw new Error(`CoNLL-U line ${n + 1} has ${cols.length} columns, expected 10`);
      if (!/^\d+$/.test(cols[0]!)) cur.extra.push({ before: cur.tokens.length, line });
      else cur.tokens.push(token(cols));
    }
  });
  if (cur.tokens.length || cur.comments.length) out.push(cur);
  return out;
}

function token(c: string[]): ConlluToken {
  return {
    id: Number(c[0]), form: c[1]!, lemma: c[2]!, upos: c[3]!, xpos: c[4]!, feats: c[5]!,
    head: c[6] === '_' ? -1 : Number(c[6]), deprel: c[7]!, deps: c[8]!, misc: c[9]!,
  };
}

/** Writes sentences as CoNLL-U, each followed by a blank line. */
export function writeConllu(sentences: readonly ConlluSentence[]): string {
  const lines: string[] = [];
  for (const s of sentences) {
    lines.push(...s.comments);
    let e = 0;
    s.tokens.forEach((t, i) => {
      while (e < s.extra.length && s.extra[e]!.before === i) lines.push(s.extra[e++]!.line);
      lines.push([t.id, t.form, t.lemma, t.upos, t.xpos, t.feats, t.head < 0 ? '_' : t.head, t.deprel, t.deps, t.misc].join('\t'));
    });
    while (e < s.extra.length) lines.push(s.extra[e++]!.line);
    lines.push('');
  }
  return lines.map((l) => `${l}\n`).join('');
}

// npm run parse -- --conllu FILE: tags and parses the words of a CoNLL-U file
// as given and prints CoNLL-U with predicted lemma, UPOS, head and relation
// (score it with the CoNLL 2018 script). npm run parse -- FILE.txt: runs an
// article through the pipeline up to the syntax stage and prints its own
// words and trees, TokenRange=start:end giving offsets into each sentence.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadLexicon } from '../src/lexicon/load.ts';
import { clean } from '../src/pipeline/clean.ts';
import { prepareTools } from '../src/pipeline/index.ts';
import { ingest } from '../src/pipeline/ingest.ts';
import { segment } from '../src/pipeline/segment.ts';
import { syntax } from '../src/pipeline/syntax.ts';
import { analyse } from '../src/syntax/analyse.ts';
import { type ConlluSentence, readConllu, writeConllu } from '../src/syntax/conllu.ts';
import { syntaxModel } from '../src/syntax/model-file.ts';

const root = path.resolve(import.meta.dirname, '..');
const { values, positionals } = parseArgs({ options: { conllu: { type: 'string' } }, allowPositionals: true });
if (values.conllu) process.stdout.write(writeConllu(readConllu(readFileSync(values.conllu, 'utf8')).map(predict)));
else if (positionals.length === 1) process.stdout.write(writeConllu(article(positionals[0]!)));
else {
  process.stderr.write('Usage: npm run parse -- --conllu FILE.conllu | npm run parse -- FILE.txt\n');
  process.exit(2);
}

/** The sentence with its words kept and lemma, UPOS, head and relation predicted (XPOS, features and enhanced graph cleared). */
function predict(s: ConlluSentence): ConlluSentence {
  const analysis = analyse(syntaxModel(), s.tokens.map((t) => t.form));
  return {
    ...s,
    tokens: s.tokens.map((t, i) => {
      const a = analysis[i]!;
      return { ...t, lemma: a.lemma, upos: a.upos, xpos: '_', feats: '_', head: a.head + 1, deprel: a.deprel, deps: '_' };
    }),
  };
}

/** An article's sentences as the pipeline cuts and parses them. */
function article(file: string): ConlluSentence[] {
  const tools = prepareTools(loadLexicon(path.join(root, 'src/lexicon')));
  const doc = syntax(segment(clean(ingest({ name: path.basename(file), bytes: readFileSync(file) }, tools.ingest), tools.clean), tools.segment), tools.syntax);
  return doc.sentences.map((s, i) => ({
    comments: [`# sent_id = ${s.index + 1}`, `# text = ${s.text}`],
    extra: [],
    tokens: doc.parses[i]!.map((w, j) => ({
      id: j + 1, form: w.text, lemma: w.lemma, upos: w.upos, xpos: '_', feats: '_', head: w.head + 1, deprel: w.deprel, deps: '_',
      misc: `TokenRange=${w.start}:${w.end}`,
    })),
  }));
}

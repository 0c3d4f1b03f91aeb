// Writes src/lexicon/petrarch-verbs.tsv from PETRARCH2's CAMEO verb
// dictionary: `npm run lexicon:verbs [path/to/CAMEO.2.0.txt]`. The
// conversion is src/lexicon/petrarch-convert.ts; corrections live in
// src/lexicon/petrarch-verbs-curated.tsv, which this never touches.
import { readFileSync, writeFileSync } from 'node:fs';
import { convertCameo } from '../src/lexicon/petrarch-convert.ts';
import { lemmatize } from '../src/syntax/lemmatizer.ts';
import { syntaxModel } from '../src/syntax/model-file.ts';

const input = process.argv[2] ?? new URL('../../shared/petrarch2/CAMEO.2.0.txt', import.meta.url).pathname;
const lemmas = syntaxModel().lemmas;
const out = convertCameo(readFileSync(input, 'utf8'), (word) => lemmatize(lemmas, word, 'NOUN').toLowerCase());
writeFileSync(new URL('../src/lexicon/petrarch-verbs.tsv', import.meta.url), out);
console.log(`petrarch-verbs.tsv: ${out.split('\n').filter((l) => l && !l.startsWith('#')).length - 1} rows from ${input}`);

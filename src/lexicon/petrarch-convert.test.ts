import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convertCameo } from './petrarch-convert.ts';
import { matchVerb, parseVerbDictionary } from './verb-dictionary.ts';
import { lemmatize } from '../syntax/lemmatizer.ts';
import { syntaxModel } from '../syntax/model-file.ts';

// A fictional CAMEO file in PETRARCH2's format.
const cameo = [
  '# a header comment',
  '####### SYNONYM SETS #######',
  '&SIEGE',
  '+CATAPULT',
  '+SIEGE_TOWERS',
  '&AUXVERB_',
  '+WAS',
  '####### VERB PATTERNS #######',
  '---  BESIEGE   [---]  ---',
  'BESIEGE ',
  '+LAY_SIEGE {+LAID_SIEGE +LAYS_SIEGE} [190] # a note',
  '- * &SIEGE (AGAINST) +                 [1831]        # BESIEGE',
  '- * {WHITE WALLS}                      [:191]        # BESIEGE',
  '- * CITY ((OOPS)                       [190]',
  '- * &UNDEFINED                         [190]',
  '######## TRANSFORMATIONS ##########',
  '~ a (a b ATTACK) SAY = a b 015',
].join('\n');
const plural = (w: string) => (w.endsWith('s') ? w.slice(0, -1) : w);

describe('convertCameo', () => {
  const out = convertCameo(cameo, plural);
  const rows = out.split('\n').filter((l) => l && !l.startsWith('#'));

  it('writes one row per synset member, block, verb and pattern, each with its line', () => {
    expect(rows).toEqual([
      'kind\tblock\twords\tcode\tsource\tnote',
      'synset\t&siege\tcatapult\t-\tCAMEO.2.0.txt:4\t',
      'synset\t&siege\tsiege tower\t-\tCAMEO.2.0.txt:5\t',
      'synset\t&auxverb\twas\t-\tCAMEO.2.0.txt:7\t',
      'block\tBESIEGE\t-\t---\tCAMEO.2.0.txt:9\t',
      'verb\tBESIEGE\tbesiege\t-\tCAMEO.2.0.txt:10\t',
      'verb\tBESIEGE\tlay siege\t190\tCAMEO.2.0.txt:11\ta note',
      'pattern\tBESIEGE\t* &siege (against) +\t1831\tCAMEO.2.0.txt:12\tBESIEGE',
      'pattern\tBESIEGE\t* {white wall}\t:191\tCAMEO.2.0.txt:13\tBESIEGE',
    ]);
  });

  it('lists the lines it could not read in the header', () => {
    expect(out).toMatch(/not converted .*: 14, 15\./);
  });

  it('gives the same bytes for the same input', () => {
    expect(convertCameo(cameo, plural)).toBe(out);
  });

  it('is read by the dictionary, and a curated row that wins survives converting again', () => {
    const curated = ['action\tsource\tblock\twords\tcode', 'code\tCAMEO.2.0.txt:12\t\t\t1832'].join('\n');
    const clause = { lemma: 'besiege', object: ['catapult'], preps: [{ prep: 'against', words: ['gondor'] }] };
    expect(matchVerb(parseVerbDictionary(out, curated), clause)).toMatchObject({ code: '1832', targetIn: { prep: 'against' } });
    expect(matchVerb(parseVerbDictionary(convertCameo(cameo, plural), curated), clause)?.code).toBe('1832');
    expect(matchVerb(parseVerbDictionary(out, curated), { lemma: 'lay', object: ['siege'], preps: [] })?.code).toBe('190');
  });
});

const shared = new URL('../../../shared/petrarch2/CAMEO.2.0.txt', import.meta.url);
describe.skipIf(!existsSync(shared))('petrarch-verbs.tsv', () => {
  it('is what `npm run lexicon:verbs` makes of CAMEO.2.0.txt today', () => {
    const lemmas = syntaxModel().lemmas;
    const made = convertCameo(readFileSync(shared, 'utf8'), (w) => lemmatize(lemmas, w, 'NOUN').toLowerCase());
    expect(made === readFileSync(new URL('./petrarch-verbs.tsv', import.meta.url), 'utf8')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { matchVerb, parseVerbDictionary, type VerbClause } from './verb-dictionary.ts';
import { loadLexicon } from './load.ts';

// A small fictional dictionary in the converted format (PETRARCH2 tests its coder the same way).
const rows = [
  'kind\tblock\twords\tcode\tsource\tnote',
  'synset\t&weapon\tsword\t-\tt:1',
  'synset\t&weapon\tsiege engine\t-\tt:2',
  'block\tIMPOSE\t-\t---\tt:10',
  'verb\tIMPOSE\timpose\t-\tt:11',
  'verb\tIMPOSE\tslap\t-\tt:12',
  'pattern\tIMPOSE\t* sanction\t163\tt:13',
  'pattern\tIMPOSE\t* {economic sanction}\t1631\tt:14',
  'pattern\tIMPOSE\t* sanction (on +)\t1632\tt:15',
  'pattern\tIMPOSE\t* curfew\t---\tt:16',
  'block\tSEND\t-\t---\tt:20',
  'verb\tSEND\tsend\t-\tt:21',
  'pattern\tSEND\t* &weapon (to +)\t1831\tt:22',
  'pattern\tSEND\t* envoy (to)\t042:043\tt:23',
  'block\tSTEP\t-\t---\tt:30',
  'verb\tSTEP\tstep\t-\tt:31',
  'block\tINTENSIFY\t-\t---\tt:32',
  'verb\tINTENSIFY\tstep up\t-\tt:33',
  'pattern\tINTENSIFY\t* attack\t190\tt:34',
  'block\tPRAISE\t-\t051\tt:40',
  'verb\tPRAISE\tpraise\t-\tt:41',
  'verb\tPRAISE\tback\t050\tt:42',
  'verb\tSTEP\thail\t-\tt:35',
  'verb\tPRAISE\thail\t052\tt:43',
  'block\tRECEIVE\t-\t---\tt:50',
  'verb\tRECEIVE\treceive\t-\tt:51',
  'pattern\tRECEIVE\t* recognition (from) +\t:054\tt:52',
  'pattern\tRECEIVE\t$ * threat\t:138\tt:53',
  'pattern\tRECEIVE\tguard * ^\t150\tt:54',
].join('\n');
const header = 'action\tsource\tblock\twords\tcode\tnote';
const dict = parseVerbDictionary(rows, header);

const clause = (c: Partial<VerbClause> & { lemma: string }): VerbClause => ({ preps: [], ...c });

describe('matchVerb', () => {
  const cases: [string, VerbClause, string | undefined, string | undefined][] = [
    // [what, clause, code, pattern]
    ['the bare verb of a block coded --- is no event', clause({ lemma: 'impose' }), undefined, undefined],
    ['the object head matches', clause({ lemma: 'impose', object: ['new', 'sanction'] }), '163', 'impose: * sanction'],
    ['a longer phrase wins over the head alone', clause({ lemma: 'impose', object: ['economic', 'sanction'] }), '1631', 'impose: * {economic sanction}'],
    ['an oblique makes it more specific still', clause({ lemma: 'impose', object: ['sanction'], preps: [{ prep: 'on', words: ['gondor'] }] }), '1632', 'impose: * sanction (on +)'],
    ['a pattern coded --- says no event', clause({ lemma: 'impose', object: ['curfew'] }), undefined, undefined],
    ['a synonym of the block takes its patterns', clause({ lemma: 'slap', object: ['sanction'] }), '163', 'slap: * sanction'],
    ['a synset member matches, even of two words', clause({ lemma: 'send', object: ['siege', 'engine'], preps: [{ prep: 'to', words: ['rohan'] }] }), '1831', 'send: * &weapon (to +)'],
    ['the oblique must be there', clause({ lemma: 'send', object: ['sword'] }), undefined, undefined],
    ['an empty (prep) matches any words', clause({ lemma: 'send', object: ['envoy'], preps: [{ prep: 'to', words: ['minas', 'tirith'] }] }), '042', 'send: * envoy (to)'],
    ['a multi-word verb wins over its first word', clause({ lemma: 'step', particle: 'up', object: ['attack'] }), '190', 'step up: * attack'],
    ['without its particle it is the other block', clause({ lemma: 'step', object: ['attack'] }), undefined, undefined],
    ['a verb of its own code wins over the block', clause({ lemma: 'back', object: ['party'] }), '050', 'back'],
    ['a verb in two blocks: the one with a code of its own', clause({ lemma: 'hail' }), '052', 'hail'],
    ['otherwise the block code', clause({ lemma: 'praise', object: ['gondor'] }), '051', 'praise'],
    ['words before * need the subject', clause({ lemma: 'receive', object: ['order'] }), undefined, undefined],
    ['and match its head', clause({ lemma: 'receive', subject: ['royal', 'guard'], object: ['order'] }), '150', 'receive: guard * ^'],
    ['an unknown verb', clause({ lemma: 'sing' }), undefined, undefined],
  ];
  it.each(cases)('%s', (_what, c, code, pattern) => {
    const m = matchVerb(dict, c);
    expect(m?.code).toBe(code);
    if (pattern !== undefined) expect(m?.pattern).toBe(pattern);
  });

  it('gives the root, the source line and where the target sits', () => {
    expect(matchVerb(dict, clause({ lemma: 'impose', object: ['sanction'], preps: [{ prep: 'on', words: ['gondor'] }] }))).toEqual({
      code: '1632', root: '16', source: 't:15', pattern: 'impose: * sanction (on +)', sourceIn: 'subject', targetIn: { prep: 'on' }, preps: ['on'],
    });
  });

  it('reads x:y as the event and its reverse', () => {
    const m = matchVerb(dict, clause({ lemma: 'send', object: ['envoy'], preps: [{ prep: 'to', words: ['rohan'] }] }));
    expect(m?.reverse).toEqual({ code: '043', root: '04' });
  });

  it('reads :y as the subject being the target, the marked slot the source', () => {
    const m = matchVerb(dict, clause({ lemma: 'receive', object: ['recognition'], preps: [{ prep: 'from', words: ['gondor'] }] }));
    expect(m).toMatchObject({ code: '054', root: '05', targetIn: 'subject', sourceIn: { prep: 'from' } });
    const threat = matchVerb(dict, clause({ lemma: 'receive', object: ['threat'] }));
    expect(threat).toMatchObject({ code: '138', targetIn: 'subject' });
    expect(threat?.sourceIn).toBeUndefined();
  });
});

describe('petrarch-verbs-curated.tsv', () => {
  it('corrects one entry by its source, and the rest stay', () => {
    const fixed = parseVerbDictionary(rows, [header, 'code\tt:13\t\t\t172'].join('\n'));
    expect(matchVerb(fixed, clause({ lemma: 'impose', object: ['sanction'] }))?.code).toBe('172');
    expect(matchVerb(fixed, clause({ lemma: 'impose', object: ['economic', 'sanction'] }))?.code).toBe('1631');
  });

  it('drops an entry and adds a pattern with its own line as source', () => {
    const text = ['# a header line', header, 'drop\tt:42', 'pattern\t-\tPRAISE\t* (for courage)\t0511'].join('\n');
    const fixed = parseVerbDictionary(rows, text);
    expect(matchVerb(fixed, clause({ lemma: 'back' }))).toBeUndefined();
    expect(matchVerb(fixed, clause({ lemma: 'praise', preps: [{ prep: 'for', words: ['courage'] }] }))).toMatchObject({
      code: '0511', source: 'petrarch-verbs-curated.tsv:4',
    });
  });

  it('stops on a source that is not there, or a bad code', () => {
    expect(() => parseVerbDictionary(rows, [header, 'drop\tt:999'].join('\n'))).toThrow(/t:999/);
    expect(() => parseVerbDictionary(rows, [header, 'code\tt:13\t\t\t99'].join('\n'))).toThrow(/code `99`/);
    expect(() => parseVerbDictionary(rows, [header, 'pattern\t-\tSEND\t* &shield\t190'].join('\n'))).toThrow(/unknown synset &shield/);
  });
});

describe('the converted dictionary', () => {
  const lex = loadLexicon();
  it('loads through the one loader and codes real clauses', () => {
    const d = lex.verbDictionary;
    expect(d.verbs.size).toBeGreaterThan(1000);
    expect(matchVerb(d, clause({ lemma: 'impose', object: ['economic', 'sanction'], preps: [{ prep: 'on', words: ['syria'] }] }))?.root).toBe('16');
    expect(matchVerb(d, clause({ lemma: 'attack' }))?.root).toBe('19');
    expect(matchVerb(d, clause({ lemma: 'back', object: ['labour'] }))?.root).toBe('05');
  });

  it('reads the curated rows: "give B a deadline" is a demand, an ultimatum stays a threat', () => {
    const d = lex.verbDictionary;
    expect(matchVerb(d, clause({ lemma: 'give', object: ['deadline'] }))).toMatchObject({ code: '100', root: '10', source: 'CAMEO.2.0.txt:6318' });
    expect(matchVerb(d, clause({ lemma: 'set', object: ['deadline'] }))?.root).toBe('10');
    expect(matchVerb(d, clause({ lemma: 'issue', object: ['ultimatum'] }))?.root).toBe('13');
  });
});

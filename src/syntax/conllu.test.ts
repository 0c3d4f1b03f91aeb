import { describe, expect, it } from 'vitest';
import { readConllu, writeConllu } from './conllu.ts';
import { readUd, sharedUd } from './shared-ud.ts';

const sample = [
  '# sent_id = 1',
  '# text = I don\'t know.',
  '1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t4:nsubj\t_',
  '2-3\tdon\'t\t_\t_\t_\t_\t_\t_\t_\t_',
  '2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t4:aux\t_',
  '3\tn\'t\tnot\tPART\tRB\t_\t4\tadvmod\t4:advmod\t_',
  '4\tknow\tknow\tVERB\tVB\t_\t0\troot\t0:root\tSpaceAfter=No',
  '4.1\tit\tit\tPRON\tPRP\t_\t_\t_\t4:obj\t_',
  '5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t4:punct\t_',
  '',
  '1\tHi\thi\tINTJ\tUH\t_\t0\troot\t0:root\t_',
  '',
  '',
].join('\n');

describe('readConllu', () => {
  it('reads word lines as tokens and keeps ranges, empty nodes and comments aside', () => {
    const [s] = readConllu(sample);
    expect(s!.tokens.map((t) => t.form)).toEqual(['I', 'do', "n't", 'know', '.']);
    expect(s!.tokens.map((t) => t.head)).toEqual([4, 4, 4, 0, 4]);
    expect(s!.comments).toEqual(['# sent_id = 1', "# text = I don't know."]);
    expect(s!.extra).toEqual([{ before: 1, line: "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_" }, { before: 4, line: '4.1\tit\tit\tPRON\tPRP\t_\t_\t_\t4:obj\t_' }]);
  });

  it('writes back the bytes it read', () => {
    expect(writeConllu(readConllu(sample))).toBe(sample);
  });

  it('names the line that lacks columns', () => {
    expect(() => readConllu('1\tI\tI\n')).toThrow('CoNLL-U line 1 has 3 columns, expected 10');
  });

  // Needs ../shared/ud (UD English EWT); skipped without it.
  it.skipIf(!sharedUd)('round-trips the EWT dev file byte for byte', () => {
    const text = readUd('dev');
    const sentences = readConllu(text);
    expect(sentences).toHaveLength(2001);
    expect(writeConllu(sentences)).toBe(text);
  });
});

import { describe, expect, it } from 'vitest';
import { parseVerbRows } from '../../lexicon/rule-files.ts';
import { compileVerbFrames } from './verb-frames.ts';

const parseVerbFrames = (text: string) => compileVerbFrames(parseVerbRows(text));

const header = 'kind\tcameo\tsymmetric\tpattern\nweak-anchor\t-\t-\t,|of|with\n';

describe('compileVerbFrames', () => {
  it('compiles a frame and its passive', () => {
    const book = parseVerbFrames(`${header}frame\t19\tno\tA ~attack B\n`);
    expect(book.frames.map((f) => f.pattern)).toEqual(['A ~attack B', 'A ~attack B (passive)']);
    expect(book.frames[1]!.elements[1]).toMatchObject({ kind: 'word', words: new Set(['attacked']) });
  });

  it('anchors a verbless frame on its first content word', () => {
    const [frame] = parseVerbFrames(`${header}frame\t04\tyes\tmeeting|talks between AB\n`).frames;
    expect(frame).toMatchObject({ anchor: 0, verbal: false, symmetric: true });
  });

  it('reads word classes', () => {
    expect([...parseVerbFrames(`${header}negation\t-\t-\tnot|never\n`).classes.negation]).toEqual(['not', 'never']);
  });

  const errors: [string, RegExp][] = [
    ['frame\t21\tno\tA ~meet B', /cameo `21`, expected 01 to 20/],
    ['frame\t04\tmaybe\tA ~meet B', /symmetric `maybe`, expected yes or no/],
    ['frame\t04\tno\t~meet', /no A, B or AB slot/],
    ['frame\t04\tno\tA , B', /no word to anchor on/],
    ['verbs\t-\t-\tmeet', /kind `verbs`, expected frame or one of/],
  ];
  it.each(errors)('rejects %s', (row, message) => expect(() => parseVerbFrames(`${header}${row}\n`)).toThrow(message));
});

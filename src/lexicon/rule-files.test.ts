// The rule files' parsers: rows as typed data, errors that name the file,
// the row and the allowed values.
import { describe, expect, it } from 'vitest';
import { loadLexicon } from './load.ts';
import { parseBoilerplate, parseNameHeads, parseSpeechVerbs, parseVerbRows, parseWordLists, wordListNames } from './rule-files.ts';

const allLists = wordListNames.map((n) => `${n}\tx`).join('\n');

describe('rule files', () => {
  it('reads boilerplate rows', () => {
    expect(parseBoilerplate('kind\tcase\tneeds\tpattern\ncredit\texact\tPhoto\tPhoto: \\w+\n')).toEqual([{ kind: 'credit', exact: true, needs: 'photo', pattern: 'Photo: \\w+' }]);
  });

  it('reads speech verb forms in file order, once each', () => {
    expect(parseSpeechVerbs('# header\nsay say said\ntell told said\n')).toEqual(['say', 'said', 'told']);
  });

  it('reads word lists, several rows to a list', () => {
    const lists = parseWordLists(`list\twords\n${allLists}\nweekday\tmonday|tuesday\n`);
    expect(lists.weekday).toEqual(['x', 'monday', 'tuesday']);
  });

  it('reads verb rows', () => {
    expect(parseVerbRows('kind\tcameo\tsymmetric\tpattern\nframe\t04\tyes\tA ~meet B\n')).toEqual([{ kind: 'frame', cameo: '04', symmetric: 'yes', pattern: 'A ~meet B' }]);
  });

  const errors: [string, () => unknown, RegExp][] = [
    ['a boilerplate kind', () => parseBoilerplate('kind\tcase\tneeds\tpattern\nadvert\t\t\tx\n'), /boilerplate\.tsv: row 1: kind `advert`, expected one of newsletter/],
    ['a boilerplate pattern', () => parseBoilerplate('kind\tcase\tneeds\tpattern\ncredit\t\t\t(x\n'), /boilerplate\.tsv: row 1: bad pattern/],
    ['a head class', () => parseNameHeads('word\tposition\tclass\nSea\tlast\tocean\n'), /name-heads\.tsv: Sea: class `ocean`, expected one of organization/],
    ['a head position', () => parseNameHeads('word\tposition\tclass\nSea\tend\tplace\n'), /name-heads\.tsv: Sea: position `end`, expected any, first or last/],
    ['a speech verb form', () => parseSpeechVerbs('say Said\n'), /speech-verbs\.txt: form `Said`, expected lowercase letters only/],
    ['a word list name', () => parseWordLists(`list\twords\n${allLists}\nadverbs\tsoon\n`), /words\.tsv: list `adverbs`, expected one of speech-adverb/],
    ['a missing word list', () => parseWordLists('list\twords\nweekday\tmonday\n'), /words\.tsv: no words for speech-adverb/],
  ];
  it.each(errors)('rejects %s', (_, parse, message) => expect(parse).toThrow(message));
});

describe('loadLexicon', () => {
  const lex = loadLexicon();

  it('gives parsed rule files, not raw text', () => {
    expect(lex).not.toHaveProperty('files');
    expect(lex.speechVerbs).toContain('said');
    expect(lex.words['speech-adverb']).toContain('reportedly');
    expect(lex.verbs.some((r) => r.kind === 'weak-anchor')).toBe(true);
  });

  it('survives a structured clone, as worker threads receive it', () => {
    const copy = structuredClone(lex);
    expect(copy.hash).toBe(lex.hash);
    expect(copy.forms.get('Iran')).toEqual(lex.forms.get('Iran'));
    expect(copy.words).toEqual(lex.words);
  });
});

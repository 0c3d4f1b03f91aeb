import { describe, expect, it } from 'vitest';
import { actorRows, parseRecords, parseValidateActors, score, type Emitted } from './petrarch.ts';

const xml = `<Validation><Sentences>
<!-- <Sentence id="GONE-01" category="X"><Text>commented out</Text></Sentence> -->
<Sentence date="19950101" id="DEMO-01" category="DEMO" sentence="true">
<EventCoding sourcecode="ARNGOV" targetcode="GON" eventcode="064"></EventCoding>
<EventCoding sourcecode="GON" targetcode="ARN" eventcode="064"></EventCoding>
<Text>
Arnor restored   ties with
Gondor.
</Text>
<Parse>(ROOT ...)</Parse>
</Sentence>
<Sentence id="DEMO-02" category="DEMO"><EventCoding noevents = "True"></EventCoding><Text>Rohan slept.</Text></Sentence>
</Sentences></Validation>`;

const actorsText = [
  '<!-- A HEADER -->',
  'ARNOR_  [ARN]',
  '+ARNORIAN',
  'GONDOR [GON] # a comment',
  'ARGENTIN [ARG]',
  'BOROMIR  [---]',
  'GOLLUM',
  '\t[HOB < 950601]',
  '\t[HOBGOV 19950601 - 19990815]',
].join('\n');

describe('parseRecords', () => {
  it('reads each sentence outside comments, its text in one line and its coded events', () => {
    expect(parseRecords(xml)).toEqual([
      { id: 'DEMO-01', category: 'DEMO', text: 'Arnor restored ties with Gondor.', events: [{ source: 'ARNGOV', target: 'GON', code: '064' }, { source: 'GON', target: 'ARN', code: '064' }] },
      { id: 'DEMO-02', category: 'DEMO', text: 'Rohan slept.', events: [] },
    ]);
  });
});

describe('parseValidateActors and actorRows', () => {
  const actors = parseValidateActors(actorsText);
  it('reads names, synonyms and date-restricted codes, and drops actors with no code', () => {
    expect(actors.map((a) => [a.name, a.phrases.map((p) => `${p.words}${p.exact ? '_' : ''}`), a.codes])).toEqual([
      ['ARNOR_', ['ARNOR_', 'ARNORIAN'], ['ARN']],
      ['GONDOR', ['GONDOR'], ['GON']],
      ['ARGENTIN', ['ARGENTIN'], ['ARG']],
      ['GOLLUM', ['GOLLUM'], ['HOB', 'HOBGOV']],
    ]);
  });

  it('names each actor by the forms the sentences write, a prefix only where PETRARCH allows it', () => {
    const { rows, forms } = actorRows(actors, ['Arnorian and Arnorx troops left Argentina.', 'Gollum met Gondor; gondor said.']);
    expect(rows).toEqual([
      'petr-arnor\tcountry\tArnorian\t\t',
      'petr-gondor\tcountry\tGondor\t\t',
      'petr-argentin\tcountry\tArgentina\t\t',
      'petr-gollum\tcountry\tGollum\t\t',
    ]);
    expect(forms.get('Gollum')).toEqual(new Set(['HOB']));
  });
});

describe('score', () => {
  const sentences = parseRecords(xml);
  const rel = (s: string, t: string, root: string, symmetric = false): Emitted => ({ sources: new Set([s]), targets: new Set([t]), root, symmetric });
  it('counts a pair found in its direction, its root, and the precision of all relations', () => {
    const s = score(sentences, [[rel('ARN', 'GON', '06'), rel('ARN', 'ROH', '04')], [rel('ROH', 'GON', '01')]]);
    expect([s.withEvent, s.pairFound, s.rootFound, s.noEvent, s.emitted, s.emittedRight]).toEqual([1, 1, 1, 1, 3, 1]);
  });
  it('takes a symmetric relation either way, and a wrong root as a pair only', () => {
    const s = score(sentences, [[rel('GON', 'ARN', '04', true)], []]);
    expect([s.pairFound, s.rootFound, s.emittedRight]).toEqual([1, 0, 1]);
    expect(score(sentences, [[rel('GON', 'ROH', '06')], []]).pairFound).toBe(0);
  });
});

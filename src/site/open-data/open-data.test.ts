// The open data files on a small fictional corpus: they parse, and say what the front matter says.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { actor, briefing, relation } from '../../corpus/test-helpers.ts';
import { ActorPageData, BriefingData } from '../../model/index.ts';
import { parseCsv } from '../../../test/parse-csv.ts';
import { actorFields, briefingFields } from './fields.ts';
import { csvField, eventColumns, eventsCsv, jsonl, networkGraphml } from './index.ts';

const aragorn = actor('aragorn', 'Aragorn, "Strider"', 'person');
const gondor = actor('gondor', 'Gondor', 'country');
const rohan = actor('rohan', 'Rohan', 'country');
const hostile = { ...relation('aragorn', 'gondor', '18', 1), evidence: { sentence: 1, text: 'He said, "attack\nnow" & <go>.' } };
const b1 = briefing('b1', [aragorn, gondor, rohan], { published: '2024-03-01', relations: [hostile, relation('rohan', 'gondor', '04', 2, true, 'reported')] });
const b2 = briefing('b2', [gondor, rohan], { relations: [relation('gondor', 'rohan', '04', 0, true), { ...relation('gondor', 'rohan', '07', 3), modality: 'denied' as const }] });

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\r\nbreak', '"line\r\nbreak"'],
    ['', ''],
  ])('%j → %j', (input, expected) => expect(csvField(input)).toBe(expected));
});

describe('eventsCsv', () => {
  const rows = parseCsv(eventsCsv([b1, b2]));

  it('has the documented header and one row per relation', () => {
    expect(rows[0]).toEqual(eventColumns.map((c) => c.name));
    expect(rows).toHaveLength(1 + b1.relations.length + b2.relations.length);
  });

  it('gives each row the relation, its actors, CAMEO name and evidence, surviving quotes and newlines', () => {
    const row = Object.fromEntries(rows[0]!.map((name, i) => [name, rows[1]![i]]));
    expect(row).toMatchObject({
      date: '2024-03-01', source: 'aragorn', source_name: 'Aragorn, "Strider"', source_type: 'person', target: 'gondor', target_type: 'country',
      symmetric: 'false', cameo_code: '18', cameo_event: 'assault', quad: 'material-conflict', modality: 'asserted', briefing: 'b1', sentence: '1', evidence: 'He said, "attack\nnow" & <go>.',
    });
    expect(rows[4]![rows[0]!.indexOf('modality')]).toBe('denied');
    expect(rows[3]![0]).toBe('');
  });
});

describe('jsonl', () => {
  it('writes one line per value that parses back to the front matter, valid under its schema', () => {
    const lines = jsonl([b1, b2]).split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((l) => BriefingData.parse(JSON.parse(l)))).toEqual([b1, b2]);
  });
});

describe('networkGraphml', () => {
  const page = ActorPageData.parse({ id: 'gondor', name: 'Gondor', type: 'country', aliases: [], roles: [], affiliations: [], briefings: ['b1', 'b2'], mentions: 9, relations: [], quotes: [] });
  const doc = new JSDOM(networkGraphml([b1, b2], [page]), { contentType: 'application/xml' }).window.document;
  const attr = (el: Element, key: string) => el.querySelector(`data[key="${key}"]`)?.textContent;

  it('is well-formed GraphML with every actor in a relation once', () => {
    expect(doc.querySelector('parsererror')).toBeNull();
    expect([...doc.querySelectorAll('node')].map((n) => n.getAttribute('id'))).toEqual(['aragorn', 'gondor', 'rohan']);
    const gondorNode = doc.querySelector('node[id="gondor"]')!;
    expect([attr(gondorNode, 'n_label'), attr(gondorNode, 'n_briefings'), attr(gondorNode, 'n_mentions')]).toEqual(['Gondor', '2', '9']);
    expect(attr(doc.querySelector('node[id="aragorn"]')!, 'n_label')).toBe('Aragorn, "Strider"');
  });

  it('sums symmetric relations whichever way they were written, keeps direction otherwise, and says how many are reported', () => {
    const edges = [...doc.querySelectorAll('edge')].map((e) => [e.getAttribute('source'), e.getAttribute('target'), e.getAttribute('directed'), attr(e, 'e_label'), attr(e, 'e_weight'), attr(e, 'e_reported'), attr(e, 'e_briefings')]);
    // Gondor's denied aid to Rohan is no edge.
    expect(edges).toEqual([
      ['aragorn', 'gondor', 'true', 'assault', '1', '0', 'b1'],
      ['gondor', 'rohan', 'false', 'consult', '2', '1', 'b1 b2'],
    ]);
  });
});

describe('field documentation', () => {
  it('names every front matter field, in schema order', () => {
    expect(briefingFields.map(([f]) => f)).toEqual(Object.keys(BriefingData.shape));
    expect(actorFields.map(([f]) => f)).toEqual(Object.keys(ActorPageData.shape));
  });
});

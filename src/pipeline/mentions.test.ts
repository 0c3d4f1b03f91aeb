import { describe, expect, it } from 'vitest';
import { fictionalLexicon } from '../../test/fictional-lexicon.ts';
import { mentions, prepareMentions } from './mentions.ts';
import { prepareSegment, splitSentences } from './segment.ts';
import { syntax } from './syntax.ts';
import type { Parsed } from './types.ts';

const lex = fictionalLexicon(['alias\tthe Dark Tower\tmordor', 'not-actor\tPalantir']);
const tools = prepareMentions(lex);
const segmentTools = prepareSegment(lex);

function doc(text: string): Parsed {
  const sentences = splitSentences(text, segmentTools).map((t, index) => ({ index, paragraph: 0, text: t }));
  return syntax({ seed: 't.txt', text, meta: {}, language: 'en', warnings: [], paragraphs: [text], removed: [], sentences });
}
const found = (text: string) => mentions(doc(text), tools).mentions.map((m) => [m.text, m.kind, m.type ?? null, m.entry ?? m.role ?? null, m.roleOf ?? null]);

describe('mentions', () => {
  it.each<[string, string, unknown[][]]>([
    ['lexicon names, demonyms and capitals', 'Gondor met the Rohirrim in Edoras.', [
      ['Gondor', 'name', 'country', 'gondor', null], ['Rohirrim', 'demonym', 'country', 'rohan', null], ['Edoras', 'metonym', 'country', 'rohan', null]]],
    ['a title and name after a possessive', 'Gondor’s Foreign Minister Faramir Hurin said so.', [
      ['Gondor', 'name', 'country', 'gondor', null], ['Faramir Hurin', 'name', 'person', 'Foreign Minister', 'gondor']]],
    ['a lowercase title before a name', 'Rohan’s foreign minister Eomer Eadig left.', [
      ['Rohan', 'name', 'country', 'rohan', null], ['Eomer Eadig', 'name', 'person', 'Foreign Minister', 'rohan']]],
    ['an honorific is stripped and is no role', 'Mr Hurin said so.', [['Hurin', 'name', 'person', null, null]]],
    ['a description points to a person', 'The meeting was with the Gondorian top diplomat.', [
      ['Gondorian', 'demonym', 'country', 'gondor', null], ['the Gondorian top diplomat', 'description', 'person', null, 'gondor']]],
    ['sentence-initial words are no names', 'Meanwhile Gondor waited. Taken together, Rohan agreed.', [
      ['Gondor', 'name', 'country', 'gondor', null], ['Rohan', 'name', 'country', 'rohan', null]]],
    ['an unknown body is typed by its head word', 'The Grey Havens Shipping Company sailed.', [['Grey Havens Shipping Company', 'name', 'organization', null, null]]],
    ['"&" joins a name, and makes it no person\'s', 'Later Took & Brandybuck sold pipes to the Bree Stores & Inns Company.', [['Took & Brandybuck', 'name', 'organization', null, null], ['Bree Stores & Inns Company', 'name', 'organization', null, null]]],
    ['places and events are not actors', 'They met at the Osgiliath Summit near the Anduin River.', []],
    ['hyphenated compounds read as their parts', 'The Gondor-Rohan alliance held.', [
      ['Gondor', 'name', 'country', 'gondor', null], ['Rohan', 'name', 'country', 'rohan', null]]],
    ['curated aliases and not-actors apply', 'The Dark Tower sent Palantir away.', [['The Dark Tower', 'name', 'country', 'mordor', null]]],
    ['a role after a comma', 'Faramir Hurin, the Foreign Minister of Gondor, left.', [
      ['Faramir Hurin', 'name', 'person', 'Foreign Minister', 'gondor'], ['the Foreign Minister', 'description', 'person', 'Foreign Minister', null], ['Gondor', 'name', 'country', 'gondor', null]]],
    ['a title, a comma, then the name', 'Rohan’s foreign minister, Eomer Eadig, left.', [
      ['Rohan', 'name', 'country', 'rohan', null], ['Eomer Eadig', 'name', 'person', 'Foreign Minister', 'rohan']]],
    ['a title after "as" describes someone; the name after its comma is someone else', 'He began his term as Rohan’s foreign minister, Faramir Hurin said.', [
      ['Rohan', 'name', 'country', 'rohan', null], ['Rohan’s foreign minister', 'description', 'person', 'Foreign Minister', 'rohan'],
      ['Faramir Hurin', 'name', 'person', null, null]]],
    ['a possessive between titles hands the role on', 'Faramir Hurin, the Gondorian King’s Steward, left.', [
      ['Faramir Hurin', 'name', 'person', 'Steward', 'gondor'], ['Gondorian', 'demonym', 'country', 'gondor', null],
      ['the Gondorian King’s Steward', 'description', 'person', 'Steward', 'gondor']]],
    ['a weekday ends a name', 'Aragorn Elessar Tuesday spoke.', [['Aragorn Elessar', 'name', 'person', null, null]]],
  ])('%s', (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

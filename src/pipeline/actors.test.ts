import { describe, expect, it } from 'vitest';
import { fictionalLexicon } from '../../test/fictional-lexicon.ts';
import { actors, prepareActors } from './actors.ts';
import { mentions, prepareMentions } from './mentions.ts';
import { prepareSegment, splitSentences } from './segment.ts';
import { syntax } from './syntax.ts';

const lex = fictionalLexicon(['alias\tStrider\taragorn-elessar']);
const mentionTools = prepareMentions(lex);
const actorTools = prepareActors(lex);
const segmentTools = prepareSegment(lex);

function run(text: string) {
  const sentences = splitSentences(text, segmentTools).map((t, index) => ({ index, paragraph: 0, text: t }));
  const base = { seed: 't.txt', text, meta: {}, language: 'en', warnings: [], paragraphs: [text], removed: [], sentences };
  return actors(mentions(syntax(base), mentionTools), actorTools);
}
const brief = (text: string) => run(text).actors.map((a) => ({ id: a.id, type: a.type, aliases: a.aliases, role: a.role, affiliation: a.affiliation, mentions: a.mentions }));

describe('actors', () => {
  it('joins spelling variants and surnames to the full name', () => {
    const out = run('Gondor’s Foreign Minister Faramir Hurinson met Rohan. Hurinson left. Later Hurinsen and Faramir Hurinsonn spoke.');
    const faramir = out.actors.find((a) => a.type === 'person')!;
    expect(faramir).toMatchObject({ id: 'faramir-hurinson', name: 'Faramir Hurinson', role: 'Foreign Minister', affiliation: 'gondor', mentions: 4 });
    expect(faramir.aliases).toEqual(['Faramir Hurinsonn', 'Hurinsen', 'Hurinson']);
  });

  it('joins a short form of the given name, not another given name with that surname', () => {
    const out = brief('Peregrin Took met Rohan. Pippin Took left. Merry Took stayed. Pippin Tookson and Peregrin Tooksen came.');
    expect(out.filter((a) => a.type === 'person').map((a) => [a.id, a.aliases, a.mentions])).toEqual([
      ['peregrin-took', ['Pippin Took'], 2],
      ['merry-took', [], 1],
      ['pippin-tookson', [], 1], // a short form and a spelling variant together are too weak
      ['peregrin-tooksen', [], 1],
    ]);
  });

  it('reads a name after Sir or a royal title as a given name', () => {
    const out = brief('Sir Samwise Gamgee met Rohan. Rosie Cotton came. Sir Samwise left. King Rosie and Mr Gamgee stayed.');
    expect(out.filter((a) => a.type === 'person').map((a) => [a.id, a.aliases, a.mentions])).toEqual([
      ['samwise-gamgee', ['Gamgee', 'Samwise'], 3],
      ['rosie-cotton', ['Rosie'], 2],
    ]);
  });

  it('gives a state before an office or a possessive as the affiliation, not a state before an honorific alone', () => {
    const people = (text: string) => brief(text).filter((a) => a.type === 'person').map((a) => [a.id, a.affiliation]);
    expect(people('After the deal with Rohan Mr Faramir Hurinson spoke to Gondor.')).toEqual([['faramir-hurinson', undefined]]);
    expect(people('Rohan’s Mr Faramir Hurinson spoke to Gondor.')).toEqual([['faramir-hurinson', 'rohan']]);
    expect(people('Rohan Foreign Minister Faramir Hurinson spoke to Gondor.')).toEqual([['faramir-hurinson', 'rohan']]);
  });

  it('never joins a surname under a female honorific to a man of that surname, nor the reverse', () => {
    const people = (text: string) => brief(text).filter((a) => a.type === 'person').map((a) => [a.id, a.aliases, a.mentions]);
    // The given name says the sex (Faramir a man, Eowyn a woman) however many honorifics say the other.
    expect(people('Faramir Hurin met Rohan. Rohan thanked Mrs Hurin. Rohan also thanked Mr Hurin. Rohan left with Mrs Hurin.')).toEqual([['faramir-hurin', ['Hurin'], 2], ['mrs-hurin', ['Hurin'], 2]]);
    expect(people('Eowyn Hurin met Rohan. Rohan thanked Ms Hurin. Rohan also thanked Mr Hurin.')).toEqual([['eowyn-hurin', ['Hurin'], 2], ['mr-hurin', ['Hurin'], 1]]);
    // An unknown given name: the honorifics decide, by majority.
    expect(people('Lord Celeborn Hurin met Rohan. Rohan thanked Mr Hurin. Rohan left with Mrs Hurin.')).toEqual([['celeborn-hurin', ['Hurin'], 2], ['mrs-hurin', ['Hurin'], 1]]);
    // No honorific on the surname: nothing says two people.
    expect(people('Eowyn Hurin met Rohan. Rohan thanked Hurin.')).toEqual([['eowyn-hurin', ['Hurin'], 2]]);
  });

  it('links a description to the one person it can mean', () => {
    const out = brief('Gondor’s Foreign Minister Faramir Hurin met Rohan. The Gondorian top diplomat then left.');
    expect(out.find((a) => a.id === 'faramir-hurin')).toMatchObject({ aliases: ['The Gondorian top diplomat'], mentions: 2 });
  });

  it('does not give a narrower title’s holder a wider title', () => {
    const out = run('Minister Faramir Hurin spoke. The Foreign Minister later left.');
    expect(out.actors.find((a) => a.id === 'faramir-hurin')?.aliases).toEqual([]);
    const wider = run('Foreign Minister Faramir Hurin spoke. The minister later left.');
    expect(wider.actors.find((a) => a.id === 'faramir-hurin')?.aliases).toEqual(['The minister']);
  });

  it('leaves a description with no matching person unlinked', () => {
    const out = brief('The Gondorian top diplomat met Rohan.');
    expect(out.map((a) => a.id)).toEqual(['gondor', 'rohan']);
  });

  it('gives lexicon actors their entry id, name and type', () => {
    expect(brief('The Rohirrim and the White Council met in Edoras.')).toEqual([
      { id: 'rohan', type: 'country', aliases: ['Edoras', 'Rohirrim'], mentions: 2 },
      { id: 'white-council', type: 'organization', aliases: [], mentions: 1 },
    ]);
  });

  it('makes a governing organ an alias of the body it governs, and the same body when it is named again', () => {
    const out = brief('The White Council’s Board of Governors met in Edoras. Gondor discussed the Board of Governors meeting, Palantir News reported.');
    const withOrgan = out.filter((a) => a.aliases.includes('Board of Governors')).map((a) => a.id);
    expect(withOrgan).toEqual(['white-council']);
  });

  it('links an acronym to the body it abbreviates', () => {
    const out = brief('The Grey Havens Shipping Company (GHSC) sailed. GHSC later returned.');
    expect(out).toEqual([{ id: 'grey-havens-shipping-company', type: 'organization', aliases: ['GHSC'], mentions: 3 }]);
  });

  it('reports single unknown words instead of guessing', () => {
    const out = run('Gondor met Rohan and Andros.');
    expect(out.unresolved).toEqual(['Andros']);
  });

  it('lets a curated alias name a person', () => {
    const out = brief('Strider met Aragorn Elessar in Gondor.');
    expect(out.find((a) => a.id === 'aragorn-elessar')).toMatchObject({ type: 'person', mentions: 2 });
  });
});

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseWordLists } from '../lexicon/rule-files.ts';
import type { ActorId } from '../model/index.ts';
import { fictionDoc } from './quotes/fixture.ts';
import { prepareReferences, references } from './references.ts';

const tools = prepareReferences({ words: parseWordLists(readFileSync(new URL('../lexicon/words.tsv', import.meta.url), 'utf8')) });

/** The references of paragraphs of the fictional world as `text=actor+actor`; Aragorn is King of Gondor, Eomer Marshal of Rohan, Faramir Deputy Marshal of Gondor. */
function refs(...paragraphs: string[]): string[] {
  const doc = fictionDoc(paragraphs);
  const roles: Record<string, { role: string; affiliation: ActorId }> = {
    aragorn: { role: 'King', affiliation: 'gondor' as ActorId },
    eomer: { role: 'Marshal', affiliation: 'rohan' as ActorId },
    faramir: { role: 'Deputy Marshal', affiliation: 'gondor' as ActorId },
  };
  const actors = doc.actors.map((a) => ({ ...a, ...roles[a.id] }));
  return references({ ...doc, actors }, tools).references.map((r) => `${r.text}=${r.actors.join('+')}`);
}

describe('references', () => {
  const cases: [string[], string[]][] = [
    // he/she: the nearest person, a subject first, in the same or the sentences before
    [['Aragorn met Eomer in Edoras. He said the talks went well.'], ['He=aragorn']],
    // a title is read whole: "the marshal" is no deputy marshal, "the deputy marshal" is
    [['Eomer arrived in Edoras. Faramir spoke first. The marshal said the talks went well.'], ['The marshal=eomer']],
    [['Eomer arrived in Edoras. Faramir spoke first. The deputy marshal said the talks went well.'], ['The deputy marshal=faramir']],
    // a reflexive is its own clause's subject, or the object that controls it
    [['Elrond met Aragorn. Faramir distanced himself from the plan.'], ['himself=faramir']],
    [['Elrond forced Aragorn to defend himself in Edoras.'], ['himself=aragorn']],
    [['Aragorn said he would ride to Rohan.'], ['he=aragorn']],
    // a pronoun in a fronted adverbial points ahead to the subject after it, not back to the person named before
    [['Elrond met Eomer in Edoras. During his visit to Rohan, Aragorn praised the riders.'], ['his=aragorn']],
    [['Aragorn thanked Eomer and praised him.'], ['him=eomer']],
    // a name inside a quotation is no antecedent of a pronoun outside it
    [['“Faramir will lead,” Aragorn said. He left at dawn.'], ['He=aragorn']],
    // "she" skips a man called "Mr"; a person of unknown sex may be either
    [['Mr Aragorn met Elrond in Edoras. She said the talks went well.'], ['She=elrond']],
    [['Mr Aragorn arrived. She said the talks went well.'], []],
    // inside a quotation "they" is left alone
    [['Arnor and Gondor signed a pact. “They will regret it,” Elrond said.'], []],
    // it/its: the nearest state or body; "it" that points to nothing is left alone
    [['Gondor closed its border. It said the move was temporary.'], ['its=gondor', 'It=gondor']],
    [['Gondor met Aragorn. It seems the talks failed.'], []],
    [['Mordor attacked. It is clear that Gondor will answer.'], []],
    // they/their: a coordination of actors or a plural noun an actor modifies
    [['Arnor and Gondor signed a pact. They said their armies would march together.'], ['They=arnor+gondor', 'their=arnor+gondor']],
    [['Gondorian officials met Elrond. They asked for help.'], ['They=gondor']],
    // a plural subject of no actor in the sentence before is what "they" goes on about; so is a coordination of names of no actor
    [['Arnor and Gondor signed a pact. Six riders rode to Edoras. They asked for help.'], []],
    [['Arnor and Gondor signed a pact. Later Gamling and Hama raised their banners.'], []],
    [['Aragorn met Elrond. They talked.'], []],
    // a plural noun of no actor between: "they" is that thing, not the actors before it
    [['Arnor and Gondor opposed the plans for new roads, branding them a waste.'], []],
    // only in the pronoun's own sentence: a subject "they" after it is still the actors
    [['Arnor and Gondor opposed the plans. They said the roads were a waste.'], ['They=arnor+gondor']],
    // descriptions: the nearest body or state; one that the same head named before; a document's issuer
    [['Elrond addressed the White Council. The council agreed to act.'], ['The council=white-council']],
    [['Rohan sent riders to Gondor. The country had asked for help.'], ['The country=gondor']],
    [['The White Council issued a statement. The statement said Mordor was to blame.'], ['The statement=white-council']],
    [['Arnor sent envoys. Gondor welcomed the first group.'], []],
    // a description is not one of the coordinated subjects of a verb above it, though a name inside a subject may be its actor
    [['Gondor closed the river.', 'Rohan and Arnor said the country had broken the old pact.'], ['the country=gondor']],
    [['Rohan sent riders.', 'A White Council spokesman said the council would meet again.'], ['A White Council spokesman=white-council', 'the council=white-council']],
    // a force ("the police") is only a body that holds its head, never the body named before
    [['Elrond addressed the White Council. The police said the roads were safe.'], []],
    // "the court" is a court the article may not name, never the nearest other body
    [['Elrond addressed the White Council. The court said the pact was void.'], []],
    [['Elrond addressed the White Council. The council said the roads were safe.'], ['The council=white-council']],
    // persons by title and affiliation
    [['Aragorn and Eomer met in Edoras. The Gondorian king spoke first.'], ['The Gondorian king=aragorn']],
    [['Aragorn and Eomer met in Edoras. The marshal spoke first.'], ['The marshal=eomer']],
    // the predicate of a copula yields to the person its sentence goes on about
    [['Elrond spoke in Rivendell. One of his old friends was Aragorn. He rode north at dawn.'], ['his=elrond', 'He=elrond']],
    // a name in apposition says who the description is: no one named before
    [['Aragorn and Eomer met in Edoras. The marshal of the riders, Gamling, spoke first.'], []],
    // a title that fits no one, in a phrase tied to a state, names no one with another title on record
    [['Aragorn and Eomer met in Edoras. The Gondorian marshal spoke first.'], []],
    // with no title on record, the person the text is about
    [['Elrond rode to Edoras. The elf lord said the roads were safe.'], []],
    [['Elrond rode to Edoras. The envoy said the roads were safe.'], ['The envoy=elrond']],
    // someone speaking for a body: an actor in the phrase, else the body named just before, its subject first
    [['Elrond addressed the White Council on Monday. A spokesman said the council would meet again.'], ['A spokesman=white-council', 'the council=white-council']],
    [['An official of the White Council spoke in Edoras.', 'The official said the roads were closed.'], ['An official=white-council', 'The official=white-council']],
    // groups: the two parties of the nearest sentence that names two
    [['Gondor and Mordor fought for a year. The two sides agreed to a truce.'], ['The two sides=gondor+mordor']],
    [['Aragorn met Eomer in Edoras. The two leaders spoke for an hour.'], ['The two leaders=aragorn+eomer']],
    // "the two men" are no women
    [['Aragorn met Elrond in Edoras. Mrs Eowyn thanked Faramir. The two men spoke for an hour.'], ['The two men=aragorn+elrond']],
    // a subject noun or name of no actor nearer than every actor is what "it"/"its" points to; one an actor owns is the actor's
    [['Gondor built a road. The project was late because it lacked stone.'], []],
    [['Gondor sent riders. Bree is not alone in closing its gates.'], []],
    [["Gondor's treasury said it would pay for the road."], ['it=gondor']],
    // inside a quotation "he" is never its speaker, nor is a later "him" that "he" was not
    [['Faramir said: “There is never an easy ride when he is in the field.”'], []],
    [['Faramir said: “He loves the songs of Elrond. It would be a good move for him.”'], []],
    // in its own sentence, the subject of the lowest clause that holds the pronoun comes first
    [['Faramir said Aragorn would ride to Rohan, where he had friends.'], ['he=aragorn']],
    // inside a quotation, those an earlier quotation names come before the narration's speaker
    [['“Aragorn is not fit,” Faramir said. “He will ride next week.”'], ['He=aragorn']],
    // the first word of a quotation that runs on from the sentence before is inside it, and the quotation is still its speaker's
    [['Aragorn rode to Edoras. Faramir said: “The ride was long. He rode well.”'], ['He=aragorn']],
    // a firm a state's adjective or compound modifies is the firm, not the state; only a possessor owns it
    [['Gondorian firm Bree Traders said it would pay.'], []],
    // "the Gondorian firm" is a firm of Gondor, not Gondor, and so is a later "the firm"
    [['The Gondorian firm said the roads were safe. The firm was paid.'], []],
    // a description with an "of" that names no actor is about that ("the release of the prisoners"); one that names one is it
    [['Gondor sent riders. The White Council called for the release of the prisoners.'], []],
    // only "of" or "for" names a description's actor: "over Mordor" is what the attack was about
    [['Gondor sent riders. The government over Mordor fell.'], ['The government=gondor']],
    // "both sides of" a place are no parties
    [['Gondor and Mordor fought for a year. Trade fell on both sides of the Anduin.'], []],
    // "they" is no person and a state at once
    [['Aragorn of Gondor said they would ride.'], []],
    // a name after "Mr", "Ms" that no mention holds is a person the article did not keep
    [['Aragorn rode to Edoras. Mr Baggins said he was tired.'], []],
    [['Aragorn rode to Edoras. Ms Baggins said he was tired.'], ['he=aragorn']],
    // a name among a description's modifiers that is no actor names what the phrase is, and a later "the report" is that one
    [['Gondor sent riders. The Hobbiton report said the roads were safe. The report was late.'], []],
    [['Gondor sent riders. The report said the roads were safe.'], ['The report=gondor']],
    // a pronoun with a capital mid-sentence is a word of a title
    [['Aragorn has made many songs, including the hit He Rode To War.'], []],
    // "they" is never one person
    [['Aragorn rode to Edoras. New riders will make their debut in the spring.'], []],
  ];
  it('leaves "it" unresolved after a one-word name of no actor and unknown kind as the subject ("Marsh has said it")', () => {
    const doc = fictionDoc(['Gondor closed the river. Pelargir said it would reopen the port.']);
    const at = doc.sentences[1]!.text.indexOf('Pelargir');
    const pelargir = { sentence: 1, start: at, end: at + 'Pelargir'.length, text: 'Pelargir', kind: 'name' as const };
    const found = references({ ...doc, mentions: [...doc.mentions, pelargir] }, tools).references.map((r) => `${r.text}=${r.actors.join('+')}`);
    expect(found).toEqual([]);
  });

  it.each(cases)('%j', (paragraphs, expected) => {
    expect(refs(...paragraphs)).toEqual(expected);
  });

  it('reads a person\'s sex from a given name one sex bears when no honorific says it', () => {
    const words = parseWordLists(readFileSync(new URL('../lexicon/words.tsv', import.meta.url), 'utf8'));
    const sexed = prepareReferences({ words, givenNameSex: new Map([['Elrond', 'male' as const]]) });
    const doc = fictionDoc(['Mr Aragorn met Elrond in Edoras. She said the talks went well.']);
    const actors = doc.actors.map((a) => (a.id === 'elrond' ? { ...a, name: 'Elrond Peredhel' } : a));
    expect(references({ ...doc, actors }, tools).references.map((r) => r.actors.join('+'))).toEqual(['elrond']);
    expect(references({ ...doc, actors }, sexed).references).toEqual([]);
  });

  it('lets a name the lexicon knows hold a description\'s head: "the council" may be a body the text never calls a council', () => {
    const words = parseWordLists(readFileSync(new URL('../lexicon/words.tsv', import.meta.url), 'utf8'));
    const entries = new Map([['entmoot', { id: 'entmoot', type: 'organization' as const, name: 'Entmoot', aliases: ['Ent Council'] }]]);
    const known = prepareReferences({ words, entries });
    // Note: and the nearest such body wins over the one an earlier "the council" pointed to.
    const doc = fictionDoc(['The White Council met in Edoras.', 'The council said the roads were closed.', 'The Entmoot met in the forest.', 'The council said the trees would march.']);
    expect(references(doc, tools).references.map((r) => r.actors.join('+'))).toEqual(['white-council', 'white-council']);
    expect(references(doc, known).references.map((r) => r.actors.join('+'))).toEqual(['white-council', 'entmoot']);
  });

  it('leaves "his" unresolved when a person the article did not keep stands nearer than every actor', () => {
    const doc = fictionDoc(['Aragorn rode to Edoras. Pippin had to be carried on a stretcher with his leg broken.']);
    expect(references(doc, tools).references.map((r) => `${r.text}=${r.actors.join('+')}`)).toEqual(['his=aragorn']);
    const start = doc.sentences[1]!.text.indexOf('Pippin');
    const pippin = { sentence: 1, start, end: start + 6, text: 'Pippin', kind: 'name' as const };
    expect(references({ ...doc, mentions: [...doc.mentions, pippin] }, tools).references).toEqual([]);
  });

  it('keeps each reference in its sentence, with offsets into the sentence text', () => {
    const doc = fictionDoc(['Aragorn arrived. He spoke.']);
    const [r] = references(doc, tools).references;
    expect(r).toMatchObject({ sentence: 1, kind: 'pronoun', actors: ['aragorn'] });
    expect(doc.sentences[1]!.text.slice(r!.start, r!.end)).toBe('He');
  });
});

import { describe, expect, it } from 'vitest';
import { quotes } from './quotes.ts';
import { fictionDoc, fictionTools } from './quotes/fixture.ts';

const lex = fictionTools();

/** The quotes of a text as `speaker: first words` (first five words of the quotation). */
function found(...paragraphs: string[]): string[] {
  return quotes(fictionDoc(paragraphs), lex).quotes.map((q) => `${q.speaker}${q.speakerIsActor ? '' : '?'}: ${q.text.split(/\s+/).slice(0, 5).join(' ')}`);
}

describe('quotes', () => {
  const cases: [string, string[], string[]][] = [
    ['"…," X said', ['“We will hold the ford at Osgiliath for as long as it takes,” Aragorn said.'], ['aragorn: We will hold the ford']],
    ['said X', ['“The river is rising faster than anyone expected,” said Faramir.'], ['faramir: The river is rising faster']],
    ['X said: "…"', ['Elrond said: “The council will meet again before the winter.”'], ['elrond: The council will meet again']],
    ['X said that "…"', ['Eomer told reporters that “the riders of Rohan are ready to march east”.'], ['eomer: the riders of Rohan are']],
    ['according to X (a media actor)', ['“The gates will stay closed until further notice,” according to Palantir News.'], ['palantir-news: The gates will stay closed']],
    ['X: "…"', ['Aragorn: “We do not seek war with anyone in the east.”'], ['aragorn: We do not seek war']],
    ['several sentences in one quote', ['“The wall held. The wall will hold again tomorrow,” Aragorn said.'], ['aragorn: The wall held. The wall']],
    ['X noted', ['“The king has left the city for the north,” Palantir News reported.'], ['palantir-news: The king has left the']],
    ['X wrote on X', ['"Mordor has broken every promise it made to the free peoples," Faramir wrote on X.'], ['faramir: Mordor has broken every promise']],
    ['pronoun to the last person named', ['Aragorn rode to Edoras on Monday. “We ride at dawn and we do not stop,” he said.'], ['aragorn: We ride at dawn and']],
    ['pronoun skips a possessive', ["Faramir's horse went lame, so Aragorn rode ahead.", '“We cannot wait for the horses to heal,” he said.'], ['aragorn: We cannot wait for the']],
    ['pronoun prefers the person who spoke', ['Meeting Faramir at the gate, Aragorn said the road was long.', '“We ride through the night and rest at dawn,” he said.'], ['aragorn: We ride through the night']],
    ['a description points to the last person', ['Eomer rode home on Monday.', '“The harvest is in and the herds are safe,” the marshal said.'], ['eomer: The harvest is in and']],
    ['pronoun after a quote skips the names the quote is about', ['Aragorn has “never wavered in his duty to the realm”, he said.'], ['unattributed?: never wavered in his duty']],
    ['pronoun follows the speaker of an earlier quote', ['Faramir spoke at the gate.', 'Aragorn has “never wavered in his duty to the realm”, he said.', "And he praised Aragorn's courage.", 'He said: “The king will return before the winter ends.”'], ['faramir: never wavered in his duty', 'faramir: The king will return before']],
    ['it to the body named before', ['The White Council issued a statement. “We call on all parties to stand down,” it said.'], ['white-council: We call on all parties']],
    ['a title points to the last person', ['Aragorn met Eomer in the hall. “We will stand together against the shadow,” the commander said.'], ['aragorn: We will stand together against']],
    ['speaker that is no actor', ['“The bridge was destroyed overnight by the enemy,” a spokesperson for the garrison said.'], ['spokesperson for the garrison?: The bridge was destroyed overnight']],
    ['straight quotes in a clause', ['Gondor said "the border crossings will reopen on Monday morning".'], ['gondor: the border crossings will reopen']],
    ['fragment after a name, verb inside the quote', ['Foreign envoy Faramir “strongly condemned the raids on the northern villages,” in a statement.'], ['faramir: strongly condemned the raids on']],
    ['quote in the sentence after "X said:"', ['Elrond addressed the council and said:', '“We must send the ring south before the snow falls.”'], ['elrond: We must send the ring']],
    ['quote after a sentence naming the speaker', ['Elrond addressed the council on Tuesday. “We must send the ring south before the snow falls.”'], ['elrond: We must send the ring']],
    ['next quote in the same paragraph keeps the speaker', ['“A deal is the only way to bring the hostages home,” Eomer said. “Time is running out for all of them.”'], ['eomer: A deal is the only', 'eomer: Time is running out for']],
    ['second quote of a sentence, verb with no subject', ['Faramir said “the city will never fall to the enemy” and insisted that it had “always been a fortress of the free”.'], ['faramir: the city will never fall', 'faramir: always been a fortress of']],
    ['"A," with "B," according to X', ['Aragorn backs a meeting “recognised by both Rohan and Mordor,” with “equal seats for all of the parties,” according to Elrond.'], ['elrond: recognised by both Rohan and', 'elrond: equal seats for all of']],
    ['name, apposition, verb after the quote', ['“This is a very costly alliance,” Faramir, from the Steward’s council, told Palantir News.'], ['faramir: This is a very costly']],
    ['name, apposition, verb before the quote', ['Speaking after the vote Eomer, marshal of the eastern riders, said: “The vote was a mistake for Rohan.”'], ['eomer: The vote was a mistake']],
    ['so-called terms are no quotes', ['Mordor rejected the so-called “plan for lasting peace in the western lands”.'], []],
    ['what X terms the "…"', ['Gondor fears what Mordor terms the “campaign of fire against the west”.'], []],
    ['a short fragment with a speaker is kept', ['Mordor called the talks a "farce".'], ['mordor: farce']],
    ['a short fragment with no speaker is dropped', ['The "iron hills" are far away.'], []],
    ['a verb the lexicon lacks: its subject, not the previous speaker', ['“We will hold the ford at any cost,” Aragorn said on Monday.', 'Faramir grumbled that “the ford cannot be held for long by so few men”.'], ['aragorn: We will hold the ford', 'faramir: the ford cannot be held']],
    ['"…," X fumed: the subject of the verb beside the quote', ['Aragorn rode north at dawn.', '“The bridges are down and the roads are closed,” Faramir fumed.'], ['faramir: The bridges are down and']],
    ['"…," he fumed: a pronoun from the references stage', ['Faramir rode north at dawn.', '“The bridges are down and the roads are closed,” he fumed.'], ['faramir: The bridges are down and']],
    ['it after a quote is the body that spoke before', ['The White Council said the bridges were down.', '“The roads to the east are closed to all riders,” it said.'], ['white-council: The roads to the east']],
    ['"and" inside a name before a voice is no clause boundary', ['A Council for Roads and Rivers spokeswoman said: “The fords will stay closed until the spring floods have passed.”'], ['Council for Roads and Rivers spokeswoman?: The fords will stay closed']],
    ['"and" between two speakers still is', ['Gondor and Rohan said: “The fords will stay closed until the spring floods have passed.”'], ['rohan: The fords will stay closed']],
    ['"he" goes on with a body that spoke through a spokesman', ['Elrond spoke in Rivendell on Monday.', 'A White Council spokesman said: “The fords will stay closed until the spring floods pass.”', 'He added: “The bridges will open again before the first snow.”'], ['white-council: The fords will stay closed', 'white-council: The bridges will open again']],
    ['a repeated paragraph counts once', ['“We will hold the ford for as long as it takes,” Aragorn said.', '“We will hold the ford for as long as it takes,” Aragorn said.'], ['aragorn: We will hold the ford']],
  ];
  it.each(cases)('%s', (_name, paragraphs, expected) => {
    expect(found(...paragraphs)).toEqual(expected);
  });

  it('continues a quote left open into the next paragraph that opens with a mark', () => {
    const got = found('“The first part of the statement runs on without a closing mark.', '“And the second part of it closes here,” Faramir said.');
    expect(got).toEqual(['faramir: The first part of the', 'faramir: And the second part of']);
  });

  it('gives the sentence the quote opens in', () => {
    const doc = quotes(fictionDoc(['Aragorn rode north. He stopped at the river. “We camp here for the night and cross at dawn,” he said.']), lex);
    expect(doc.quotes.map((q) => q.sentence)).toEqual([2]);
  });

  it('marks plain-name speakers as no actors and keeps the text free of the closing comma', () => {
    const [q] = quotes(fictionDoc(['“The harvest failed in every valley this year,” a farmer said.']), lex).quotes;
    expect(q).toEqual({ speaker: 'farmer', speakerIsActor: false, text: 'The harvest failed in every valley this year', sentence: 0 });
  });
});

import { describe, expect, it } from 'vitest';
import { fictionalLexicon } from '../../test/fictional-lexicon.ts';
import { prepareQuotes, quotes } from './quotes.ts';
import { prepareReferences, references } from './references.ts';
import { relations } from './relations.ts';
import { worldBook, worldDoc } from './relations/fixture-world.ts';
import { prepareStance, stance } from './stance.ts';

const lex = fictionalLexicon();
const relationTools = worldBook();
const tools = prepareStance(lex, relationTools);
const quoteTools = prepareQuotes(lex);
const refTools = prepareReferences(lex);

/** What the stance stage adds to a text's relations, as `source>target cameo` with the modality when not asserted. */
function added(...sentences: string[]): string[] {
  const before = quotes(relations(references(worldDoc(sentences), refTools), relationTools), quoteTools);
  const key = (r: (typeof before.relations)[number]) => `${r.source}>${r.target} ${r.cameo}${r.modality === 'asserted' ? '' : ` ${r.modality}`}`;
  const had = new Set(before.relations.map(key));
  return stance(before, tools).relations.map(key).filter((k) => !had.has(k));
}

describe('stance', () => {
  // Note: each judgement sits in a quotation's own sentence, away from the verb of speech; a judgement in
  // the sentence of "said" is already the relations stage's (5-stance.ts: "Aragorn said Mordor's move was illegal").
  const cases: [string[], string[]][] = [
    // a word of disapproval said of what an actor did: the owner, its demonym, an "of" or "by" phrase, the subject
    [['Aragorn spoke in Minas Tirith.', '“We have waited long enough.', 'Mordor’s aggression against its neighbours must end now.”'], ['aragorn>mordor 11']],
    [['Eomer spoke on Tuesday.', '“These Mordorian provocations are a danger to every free people.”'], ['eomer>mordor 11']],
    [['“The river is quiet tonight.', 'This is nothing but the aggression of Mordor against a free people,” Eomer said.'], ['eomer>mordor 11']],
    [['Aragorn spoke in Minas Tirith.', '“The move by Mordor is illegal and it will not stand.”'], ['aragorn>mordor 11']],
    // the speaker's own voice: "we" is the speaker
    [['“The river is quiet tonight.', 'We strongly condemn Mordor for the attack on the city,” Eomer said.'], ['eomer>mordor 11']],
    // a quotation that merely names an actor states nothing between speaker and actor
    [['“The river is quiet tonight.', 'Mordor and Rohan have been at the table for weeks,” Aragorn said.'], []],
    [['“The river is quiet tonight.', 'The old road was long and Mordor was far away,” Aragorn said.'], []],
    // a denied judgement, and a judgement the quotation reports of someone else
    [['“The river is quiet tonight.', 'The move by Mordor is not illegal under the old treaty,” Aragorn said.'], []],
    [['“The river is quiet tonight.', 'Rohan says the move by Mordor is illegal, and we shall see,” Aragorn said.'], []],
    // an outlet relays words; it judges no one
    [['“The river is quiet tonight.', 'The move by Mordor is illegal and it will not stand,” Palantir News said.'], []],
  ];
  it.each(cases)('%j', (sentences, expected) => {
    expect(added(...sentences)).toEqual(expected);
  });
});

// Golden cases for the tree reader (steps 1-7), one per construction of issue #11, in the
// fictional world of fixture-world.ts, and a table per modality. Each sentence is one the
// parser reads right; the expected lists are what the sentence states.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseWordLists } from '../../lexicon/rule-files.ts';
import { prepareReferences, references } from '../references.ts';
import { treeRelations } from '../relations.ts';
import { worldBook, worldDoc } from './fixture-world.ts';
import { emit } from './7-emit.ts';
import { parseVerbDictionary } from '../../lexicon/verb-dictionary.ts';
import type { Match } from './4-match.ts';
import { parseVerbRows } from '../../lexicon/rule-files.ts';
import { compileVerbFrames } from './verb-frames.ts';
import { treeFrames } from './3-frames.ts';

const tools = worldBook();
const refTools = prepareReferences({ words: parseWordLists(readFileSync(new URL('../../lexicon/words.tsv', import.meta.url), 'utf8')) });

/** The tree reader's relations of a text as `source>target cameo modality` (`<>` when symmetric). */
function read(...sentences: string[]): string[] {
  const doc = references(worldDoc(sentences), refTools);
  return treeRelations(doc, tools).map((r) => `${r.source}${r.symmetric ? '<>' : '>'}${r.target} ${r.cameo} ${r.modality}`).sort();
}

describe('tree relations: constructions', () => {
  const cases: [string, string, string[]][] = [
    ['subject and object', 'Mordor invaded Rohan.', ['mordor>rohan 19 asserted']],
    ['passive with agent', 'Sanctions were imposed on Mordor by Gondor.', ['gondor>mordor 16 asserted']],
    ['relative clause, passive', 'Gondor met Rohan, which is backed by Arnor.', ['arnor>rohan 05 asserted', 'gondor<>rohan 04 asserted']],
    ['coordinated verbs share the subject', 'Gondor met Rohan and signed a treaty with Arnor.', ['arnor<>gondor 05 asserted', 'gondor<>rohan 04 asserted']],
    ['coordinated subjects', 'Gondor and Arnor attacked Mordor.', ['arnor>mordor 19 asserted', 'gondor>mordor 19 asserted']],
    ['object control', 'Gondor urged Rohan to attack Mordor.', ['gondor>rohan 02 asserted', 'rohan>mordor 19 hypothetical']],
    ['subject control', 'Gondor wants to supply Rohan with weapons.', ['gondor>rohan 07 hypothetical']],
    ['oblique through a noun', 'Gondor held talks with Rohan.', ['gondor<>rohan 04 asserted']],
    ['nominal event, owner', "Mordor's attack on Gondor failed.", ['mordor>gondor 19 asserted']],
    ['nominal event, between', 'The talks between Gondor and Rohan ended.', ['gondor<>rohan 04 asserted']],
    ['demonym and force noun', 'Mordorian troops invaded Rohan.', ['mordor>rohan 19 asserted']],
    ['force noun with "of"', 'Mordor attacked the forces of Gondor.', ['mordor>gondor 19 asserted']],
    ['stance: call a move illegal', "Gondor called Mordor's move illegal.", ['gondor>mordor 11 asserted']],
    ['stance: accusations by an actor', 'Gondor said the accusations by Mordor were baseless.', ['gondor>mordor 11 asserted']],
    ['stance: allegations made by an actor', 'Gondor said the allegations made by Mordor were false.', ['gondor>mordor 11 asserted']],
    ['stance: the statement of an actor', 'Gondor called the statement of Mordor false.', ['gondor>mordor 11 asserted']],
    ['stance: a war of aggression', 'Aragorn said Mordor was waging its war of aggression on Rohan.', ['aragorn>mordor 11 asserted', 'mordor>rohan 19 reported']],
    ['stance: an actor wrong to act', 'Elrond said Rohan was wrong to close the border.', ['elrond>rohan 11 asserted']],
    ['disapproval of the actions of an actor', 'Gondor condemned the actions of Mordor.', ['gondor>mordor 11 asserted']],
    ['stance: a judging noun judges its possessor', "Elrond said Mordor's failure to act was shameful.", ['elrond>mordor 11 asserted']],
    ['stance: approval, right to act', 'Elrond said Rohan was right to close the border.', ['elrond>rohan 05 asserted']],
    ['stance: approval of a decision by an actor', 'Gondor said the decision by Rohan was welcome.', ['gondor>rohan 05 asserted']],
    ['denial of what an actor claimed', "Aragorn denied Mordor's claims.", ['aragorn>mordor 12 asserted']],
    ['denial of allegations made in an actor\'s report', 'Aragorn denied allegations made in a recent White Council report.', ['aragorn>white-council 12 asserted']],
    ['rejection of accusations by an actor', 'Gondor rejected the accusations by Mordor.', ['gondor>mordor 12 asserted']],
    ['welcome of a decision by a list', 'Gondor welcomed the decision by Rohan and Arnor.', ['gondor>arnor 05 asserted', 'gondor>rohan 05 asserted']],
    ['relative clause after a dash', 'Talks stalled with Rohan - which stations troops in Mordor - refusing.', ['rohan>mordor 06 asserted']],
    ['accusation', 'Aragorn accused Mordor of attacking Rohan.', ['aragorn>mordor 11 asserted', 'mordor>rohan 19 reported']],
    ['hyphen: sponsor', 'Mordor-backed Orc Legion fighters crossed the river.', ['mordor>orc-legion 07 asserted']],
    ['a meeting in a sporting contest is a fixture', "Aragorn met Eomer in Saturday's match.", []],
    ['a meeting about contests is still a meeting', 'Aragorn met Eomer to arrange the fixture schedule.', ['aragorn<>eomer 04 asserted']],
    ['phrasal verb with a particle', "Gondor turned down Mordor's offer.", ['gondor>mordor 12 asserted']],
    ['phrasal verb with a preposition', 'Gondor called on Rohan to withdraw.', ['gondor>rohan 02 asserted']],
    ['hyphen: sponsor of one conjunct', 'Fighting between Mordor-backed Orc Legion fighters and Rohan grew.', ['mordor>orc-legion 07 asserted']],
    ['hyphen: pair before the noun', 'The Arnor-Gondor relationship is strong.', ['arnor<>gondor 05 asserted']],
    ['name beside the noun', "Focus shifted to Mordor's Rohirric proxy Orc Legion.", ['mordor>orc-legion 07 asserted']],
    ['owners of a list', "Gondor and Rohan's signing of a defence pact alarmed Mordor.", ['gondor<>rohan 05 asserted']],
    ['possessed target, a verb form the lemmatizer misses', "Gondor expelled Mordor's diplomats.", ['gondor>mordor 16 asserted']],
    ['support of a stance', "Arnor backed Gondor's stance on Mordor.", ['arnor>gondor 05 asserted']],
    ['support of what an actor did', "Arnor applauded Gondor's introduction of lower taxes.", ['arnor>gondor 05 asserted']],
    ['rejection of what an actor proposed', "Gondor rejected Mordor's offer of talks.", ['gondor>mordor 12 asserted']],
    ['rejection of a bid from an actor', 'Arnor rejected a third bid from Mordor.', ['arnor>mordor 12 asserted']],
    ['an act by an actor, its "by" hung on the verb', 'Arnor attacked the decision by Gondor.', ['arnor>gondor 11 asserted']],
    ['an event phrase hung on its verb', 'Arnor is helping Mordor in its war on Gondor.', ['arnor>mordor 07 asserted', 'mordor>gondor 19 asserted']],
    ['opening event phrase', 'In a phone call with Rohan, Gondor spoke of peace.', ['gondor<>rohan 04 asserted']],
    ['an event object, its phrase hung on the verb', 'Rohan seeks to stop Mordorian strikes on Gondor.', ['mordor>gondor 19 asserted']],
    ['a stand-in owned by a list whose first name is no actor', 'Elrond condemned the statement of the ministers of Numenor, Gondor and Rohan.', ['elrond>gondor 11 asserted', 'elrond>rohan 11 asserted']],
    ['a phrase the parser hangs on a time word after it', 'Eomer made a state visit to Gondor last March.', ['eomer>gondor 04 asserted']],
    ['a demonym owns the event and the place it hits', 'It followed a suspected Gondorian bombing of a Mordorian diplomatic facility in Rohan.', ['gondor>mordor 19 asserted']],
    ["a demonym's counterpart", 'Aragorn held talks with his Rohirric counterpart in Minas Tirith.', ['aragorn<>rohan 04 asserted']],
    ['an act described by its doers as a passive participle', 'Elrond expressed strong concern about the agreement signed by Mordor and Rohan.', ['elrond>mordor 11 asserted', 'elrond>rohan 11 asserted', 'mordor<>rohan 05 asserted']],
    ['a stance described by its owner as a passive participle', 'Gondor welcomed the plans unveiled by Rohan.', ['gondor>rohan 05 asserted']],
    ['a "by" phrase the parser reads as a conjunct, an event not yet real', 'The region braces for potential strikes against Gondor by both Mordor and the Orc Legion.', ['mordor>gondor 19 hypothetical', 'orc-legion>gondor 19 hypothetical']],
    ['an event not yet real', 'The planned talks between Gondor and Rohan were cancelled.', ['gondor<>rohan 04 hypothetical']],
    ['an owned event is a fact to the clause above', "Rohan wants to end Mordor's attacks on Gondor.", ['mordor>gondor 19 asserted']],
    ['opening event phrase, owned', 'During its meeting with Rohan, Gondor pledged support.', ['gondor<>rohan 04 asserted']],
    ['an opening act of force is the scene', 'After the attack on Rohan, Gondor closed its borders.', []],
    ['a noun its verb frame names', 'Arnor cut its ties with Gondor.', ['arnor>gondor 16 asserted']],
    ['an event noun after "be in"', 'Gondor is in talks with Rohan about a new treaty.', ['gondor<>rohan 04 asserted']],
    ['"who" after a comma, hung on the main verb', 'The claims were denied by Aragorn Elessar, who accused Mordor of lying.', ['aragorn>mordor 11 asserted']],
    ['"who" after a comma: a verb after the clause is the main subject\'s', 'Eomer praised Aragorn, who stayed home, and thanked Arnor.', ['eomer>aragorn 05 asserted']],
    ['a name after "to" tagged as an infinitive', 'Eomer began a three-day visit to Lossarnaching on Monday.', ['eomer>gondor 04 asserted']],
    ['an event noun after "be in", discussions', 'The Orc Legion was still in discussions with Rohan.', ['orc-legion<>rohan 04 asserted']],
    ['stand-in with "from", raised by a passive', 'Envoys from Arnor and Gondor are expected to attend the talks in Rohan.', ['arnor>rohan 04 hypothetical', 'gondor>rohan 04 hypothetical']],
    ['an adverb between subject and verb', 'Arnor, Rohan and Gondor jointly called the attack a threat.', ['arnor<>gondor 04 asserted', 'arnor<>rohan 04 asserted', 'gondor<>rohan 04 asserted']],
    ['the name after an opening participle\'s comma is the subject', 'Speaking to the envoys of Rohan, Aragorn Elessar said peace was near.', ['aragorn<>rohan 04 asserted']],
    ['the names after an opening phrase\'s comma are the subject', 'On Wednesday, Aragorn and Gondor senior adviser Elrond met with Eomer.', ['aragorn<>eomer 04 asserted', 'elrond<>eomer 04 asserted']],
    ['an official travelling to a state visits it', 'Aragorn travelled to Rohan with his envoys.', ['aragorn>rohan 04 asserted']],
    ['a person with no title or state only travels', 'Elrond travelled to Rohan with his envoys.', []],
    ['coordinated parties agree a deal', 'Gondor and Rohan have agreed a horse-for-grain deal.', ['gondor<>rohan 05 asserted']],
    ['a deal in a clause they agreed to is not theirs', 'Gondor and Rohan agreed that the deal was dead.', []],
    ['a deal with B, its phrase hung on the verb, under control', 'Rohan is trying to strike a similar deal with Gondor.', ['gondor<>rohan 05 hypothetical']], // not struck yet: "trying" is unreal
    ['coordinated parties reach a deal with a third', 'Gondor and Rohan reached a deal with Mordor.', ['gondor<>mordor 05 asserted', 'mordor<>rohan 05 asserted']],
    ['an ally, apposed', 'Rohan, a close ally of Gondor, sent riders.', ['gondor<>rohan 05 asserted']],
    ['an ally, the predicate', 'Rohan is an ally of Gondor.', ['gondor<>rohan 05 asserted']],
    ['an ally, a demonym owner', 'Rohan, a Gondorian ally, sent riders.', ['gondor<>rohan 05 asserted']],
    ['a listed object the parser reads as the subject of the next name', 'Aragorn accused the prime minister and Mr Eomer of "squabbling like schoolboys".', ['aragorn>eomer 11 asserted']],
    ['a "by" clause after a blame clause is the blamed\'s', 'Gondor has accused Rohan and other Western states of pouring "fuel on the fire" by supplying lethal weapons and technology to Arnor for its defence.', ['gondor>rohan 11 asserted', 'rohan>arnor 07 asserted']],
    ['a "by" clause without a blame clause is the subject\'s', 'Gondor helped Rohan by supplying weapons to Arnor.', ['gondor>arnor 07 asserted', 'gondor>rohan 07 asserted']],
    ['sanctions on what a state owns', "Gondor imposed new sanctions on Mordor's main airline.", ['gondor>mordor 16 asserted']],
    ['a seizure of what a state owns', 'Gondor seized the ships of Mordor.', ['gondor>mordor 17 asserted']],
    ['not a fight: "attacked Mordor\'s refineries" may be words', "Gondor attacked Mordor's oil refineries.", []],
    ['not what a demonym describes', 'Mordor seized the Gondorian company.', []],
    ['owners listed before a stand-in noun, the preposition on the first', 'Gondor imposed sanctions on Arnorian and Mordorian officials.', ['gondor>arnor 16 asserted', 'gondor>mordor 16 asserted']],
    ['a stand-in noun of two listed owners is two names', 'Gondorian and Rohirric officials held talks.', ['gondor<>rohan 04 asserted']],
    ['a lone object labelled indirect; the object would do what it is warned against', 'Gondor warned Rohan against attacking Arnor.', ['gondor>rohan 13 asserted', 'rohan>arnor 19 hypothetical']],
    ['what the object is kept from doing', 'Gondor stopped Rohan from selling horses to Arnor.', ['rohan>arnor 06 hypothetical']],
    ['restored ties', 'Gondor restored diplomatic ties with Rohan.', ['gondor<>rohan 05 asserted']],
    ['coordinated parties renew ties', 'Gondor and Rohan have renewed diplomatic ties after a long break.', ['gondor<>rohan 05 asserted']],
    ['abandoned ties reduce relations', 'Gondor will abandon full diplomatic ties with Rohan.', ['gondor>rohan 16 hypothetical']],
    ['a reduced relative with its agent, read as the root', 'Orc Legion fighters backed by Mordor attacked Gondor.', ['mordor>orc-legion 05 asserted', 'orc-legion>gondor 19 asserted']],
    ['a reduced relative, then a predicate with "and" of its own is not the main verb', 'Eomer, sacked by Rohan and banned for a year, is now represented by Gondor.', []],
    ['a reduced relative names the noun a frame passes through', 'The sanctions imposed by Gondor on Mordor will hurt.', ['gondor>mordor 16 asserted']],
    ['a reduced relative\'s noun, its phrase hung on the agent', 'The talks held by Gondor with Rohan ended.', ['gondor<>rohan 04 asserted']],
    ['an act led by a name glued by a hyphen is its act', 'Elrond was critical of the Mordor-led invasion of Rohan.', ['mordor>rohan 19 asserted']],
    ['forces led by a name glued by a hyphen, "led" read as the root', 'The Gondor-led forces attacked Mordor.', ['gondor>mordor 19 asserted']],
    ['a list\'s member glued to its sponsor by a hyphen, the name parsed in its place', 'Elrond warned of increased fighting between Mordor-backed Orc Legion and Rohan.', ['mordor>orc-legion 07 asserted', 'orc-legion<>rohan 19 asserted']],
    ['a passive controller is no agent', 'Rohan was asked by Arnor to attack Mordor.', ['arnor>rohan 02 asserted', 'rohan>mordor 19 hypothetical']],
  ];
  it.each(cases)('%s: %s', (_name, sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });
});

describe('tree relations: references', () => {
  it('a pronoun chain keeps a name three sentences back: each link was trusted', () => {
    const chain = ['Aragorn spoke to reporters.', 'He said the war was over.', 'He said peace was near.', "He also criticised Mordor's actions."];
    expect(read(...chain)).toEqual(['aragorn>mordor 11 asserted']);
  });
  it('a pronoun with no trusted link to a name is not read', () => {
    expect(read('Aragorn spoke to reporters.', 'The war was over.', 'Peace was near.', "He also criticised Mordor's actions.")).toEqual([]);
  });
});

describe('tree relations: modality', () => {
  const cases: [string, string, string][] = [
    ['asserted', 'Mordor attacked Gondor.', 'mordor>gondor 19 asserted'],
    ['reported: another subject says so', 'Aragorn said Mordor attacked Rohan.', 'mordor>rohan 19 reported'],
    ['reported: an accused act under a passive', 'Mordor has been accused of attacking Rohan.', 'mordor>rohan 19 reported'],
    ['reported: what a claim says', 'Gondor investigated reports that Mordor had attacked Rohan.', 'mordor>rohan 19 reported'],
    ['reported: what a claim says, under a noun', 'The claims that Mordor attacked Rohan were false.', 'mordor>rohan 19 reported'],
    ['denied: a rejected allegation', 'Mordor rejected allegations it attacked Rohan.', 'mordor>rohan 19 denied'],
    ['denied: not', 'Gondor did not attack Mordor.', 'gondor>mordor 19 denied'],
    ['denied: never', 'Mordor never attacked Gondor.', 'mordor>gondor 19 denied'],
    ['denied: deny', 'Mordor denied attacking Gondor.', 'mordor>gondor 19 denied'],
    ['denied: a negated controller', 'Gondor did not urge Rohan to attack Mordor.', 'rohan>mordor 19 denied'],
    ['denied: banned from', 'Rohan has been banned from attacking Mordor.', 'rohan>mordor 19 denied'],
    ['denied: prevented from', 'Rohan was prevented from attacking Mordor.', 'rohan>mordor 19 denied'],
    ['hypothetical: would', 'Gondor would attack Mordor.', 'gondor>mordor 19 hypothetical'],
    ['hypothetical: could', 'Gondor could sanction Mordor.', 'gondor>mordor 16 hypothetical'],
    ['hypothetical: the future', 'Gondor will impose sanctions on Mordor.', 'gondor>mordor 16 hypothetical'],
    ['reported: the future under a report verb', 'Aragorn said Gondor will impose sanctions on Mordor.', 'gondor>mordor 16 reported'],
    ['hypothetical: if', 'If Gondor attacks Mordor, Rohan will help.', 'gondor>mordor 19 hypothetical'],
    ['hypothetical: urged to', 'Gondor urged Rohan to attack Mordor.', 'rohan>mordor 19 hypothetical'],
    ['hypothetical: a pseudo-cleft\'s negated "what" clause', 'What the truce did not mean was that Gondor and Rohan had reached a deal.', 'gondor<>rohan 05 hypothetical'],
    ['hypothetical: a clause a negated verb frames', 'The truce did not mean that Arnor had cut its ties with Gondor.', 'arnor>gondor 16 hypothetical'],
    ['hypothetical: due to', 'Gondor is due to meet Rohan next week.', 'gondor<>rohan 04 hypothetical'],
    ['hypothetical: expected to', 'Aragorn is expected to criticise Mordor.', 'aragorn>mordor 11 hypothetical'],
    ['hypothetical: an infinitive under "happy"', 'Aragorn says he would be happy to meet Eomer.', 'aragorn<>eomer 04 hypothetical'],
    ['hypothetical: preparing to', 'Aragorn was preparing to meet Eomer.', 'aragorn<>eomer 04 hypothetical'],
    ['asserted: a purpose infinitive of a done act', 'Aragorn flew to Edoras to meet Eomer.', 'aragorn<>eomer 04 asserted'],
  ];
  it.each(cases)('%s: %s', (_name, sentence, expected) => {
    expect(read(sentence)).toContain(expected);
  });
});

// Guards for unseen prose (issue #11, BBC): each pair is a sentence the guard empties and one it keeps.
describe('tree relations: guards', () => {
  const cases: [string, string, string[]][] = [
    ['states-only verb, a person joins a body: membership', 'Elrond joined the White Council in 2003.', []],
    ['states-only verb, a state joins a body', 'Gondor joined the White Council.', ['gondor>white-council 04 asserted']],
    ['states-only verb, a person helps a team: sport', 'Elrond helped Rohan.', []],
    ['states-only verb, a person travels to a city: sport', 'Elrond will travel to Edoras in a fortnight.', []],
    ['states-only verb between states', 'Gondor helped Rohan.', ['gondor>rohan 07 asserted']],
    ['venue after an object: where, not whom', 'Gondor greeted the envoys in Edoras.', []],
    ['venue with no object: the place visited', 'Aragorn arrived in Edoras.', ['aragorn>rohan 04 asserted']],
    ['a singular demonym heading its phrase is a person', 'Elrond criticised the Mordorian.', []],
    ['a demonym before its noun is the state', 'Elrond criticised the Mordorian government.', ['elrond>mordor 11 asserted']],
    ['stance on a thing named after a place', 'Elrond said the Mordor war was illegal.', []],
    ['stance on what an actor did', "Elrond said Mordor's sanctions were illegal.", ['elrond>mordor 11 asserted']],
    ['a judgement reported from another speaker', 'Elrond says Aragorn warned that the war was illegal.', []],
    ["a claim's \"of\" phrase is what is claimed, not who claims", 'Gondor called the allegations of Mordorian meddling false.', []],
    ['an act\'s "of" phrase names who was hit, not who did it', 'Elrond said the invasion of Rohan was illegal.', []],
    ['a judging noun with no owner judges no one', 'Elrond said the talks between Gondor and Rohan ended in failure.', ['gondor<>rohan 04 reported']],
    ['condemning an invasion of an actor condemns no victim', 'Elrond condemned the invasion of Rohan.', []],
    ['a denied judgement', "Elrond said Mordor's sanctions were not illegal.", []],
    ['an approving word modifying an object praises no one', 'Elrond said Rohan offered a hard right agenda.', []],
    ['a judging word in an oblique says how', 'Elrond said Rohan was heading in the wrong direction.', []],
    ['a denial of allegations with no owner', 'Aragorn denied the allegations.', []],
    ["the speech verb's second subject is a speaker, not the judged", 'White Council home affairs spokesman Elrond said the plan was dangerous.', []],
    ['an act of force in an oblique sets the scene', 'After the attack on Rohan, Gondor closed its borders.', []],
    ['an act of force the subject launched', 'Gondor launched attacks on Rohan.', ['gondor>rohan 19 asserted']],
    ['co-subjects who talk with another party are one side', 'Gondor and Arnor held talks with the merchants of Dale.', []],
    ['co-subjects who meet another party are one side', 'Gondor and Arnor met the merchants of Dale.', []],
    ['co-subjects with no other party talk to each other', 'Gondor and Arnor held talks in Dale.', ['arnor<>gondor 04 asserted']],
    ['co-subjects and "each other"', 'Gondor and Arnor criticised each other.', ['arnor<>gondor 11 asserted']],
    ['co-subjects meet each other halfway', 'Gondor and Arnor met each other halfway.', ['arnor<>gondor 04 asserted']],
    ['no target below a topic phrase', "Elrond's battle with Dain over failures on Rohan ended.", []],
    ['a call that names its object is no phone call', 'Elrond called Gondor a giant among nations.', []],
    ['a phone call', 'Elrond called Gondor twice to discuss the war.', ['elrond<>gondor 04 asserted']],
    ['delivering words is no supply', 'Gondor delivered its budget to the White Council.', []],
    ['delivering goods is supply', 'Gondor delivered weapons to the White Council.', ['gondor>white-council 07 asserted']],
    ['an appeal for something to be done to an actor is no appeal to it', 'Gondor called for Rohan to be given more time.', []],
    ['an appeal for an actor to act', 'Gondor called for Rohan to withdraw its troops.', ['gondor>rohan 02 asserted']],
    ['a partner below a topic phrase', 'Gondor had talked intensively about the text with Rohirric officials.', ['gondor<>rohan 04 asserted']],
    ['a list apposed to one side of "between" is that side', 'The deal was sealed after talks in Minas Tirith between the merchants and the kingdoms - Gondor, Rohan and Arnor.', []],
    ['a list apposed to one side faces the other side', 'The row between Mordor and the northern kingdoms - Gondor, Rohan and Arnor - grew.', ['arnor<>mordor 11 asserted', 'gondor<>mordor 11 asserted', 'mordor<>rohan 11 asserted']],
    ['a list apposed to a description of it is the list', 'The talks between the two kings, Aragorn and Eomer, ended.', ['aragorn<>eomer 04 asserted']],
    ['a target that is a subject of the verb too', 'Both Culture Secretary Aragorn Elessar and Deputy Prime Minister Eomer have welcomed his return.', []],
    ['a passive\'s subject is its target', 'Aragorn was asked by the White Council to carry out a study.', ['white-council>aragorn 02 asserted']],
    ['a country in a sports report is its team', 'Elrond backed Rohan to win the series against the Orcs in the match at Edoras.', []],
    ['a sport word the parser tags as a verb, owned', "Gondor led early but Elrond's try gave Rohan a lead.", []],
    ['a sport word as a verb is no sports report', 'Gondor will try to help Rohan.', ['gondor>rohan 07 hypothetical']],
    ['a country outside a sports report is the state', 'Elrond backed Rohan in the dispute.', ['elrond>rohan 05 asserted']],
  ];
  it.each(cases)('%s: %s', (_name, sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });
});

describe('emit: co-subjects', () => {
  // "Only Gondor and Rohan receive aid": a clause whose target is also among its subjects states no pair between them.
  const frame = { pattern: 'A ~receive B', cameo: '05' as const, symmetric: false, verbal: true, extra: [], size: 0 };
  const arg = (...actors: string[]) => ({ actors, person: false, verbal: false, named: actors.length });
  const where = { sentence: 0, text: 'x' };
  const pairs = (m: Match) => emit(m, 'asserted', new Map(), where).map((r) => `${r.source}>${r.target}`);
  it('drops a pair of co-subjects', () => {
    expect(pairs({ frame, head: 0, source: arg('gondor', 'rohan'), target: arg('rohan'), words: ['receive'] })).toEqual([]);
  });
  it('keeps the pairs with a party outside the subjects', () => {
    expect(pairs({ frame, head: 0, source: arg('gondor', 'rohan'), target: arg('rohan', 'arnor'), words: ['receive'] })).toEqual(['gondor>arnor', 'rohan>arnor']);
  });
});

describe('tree relations: how far back a reference is trusted', () => {
  it('a description whose actor was named two sentences back or nearer', () => {
    expect(read('The White Council built a wall.', 'Rohan criticised the council.')).toEqual(['rohan>white-council 11 asserted']);
  });
  it('not a business described by its nationality: "the Gondorian company" is not Gondor', () => {
    expect(read('Gondor built a wall.', 'Mordor attacked the Gondorian company.')).toEqual([]);
  });
  it('but a state body described so is its state', () => {
    expect(read('Gondor built a wall.', 'Mordor attacked the Gondorian government.')).toEqual(['mordor>gondor 19 asserted']);
  });
  it('not one whose actor was named further back', () => {
    expect(read('The White Council built a wall.', 'Snow fell.', 'Snow fell again.', 'Rohan criticised the council.')).toEqual([]);
  });
});

describe('tree relations: PETRARCH2 dictionary', () => {
  // A fictional dictionary in the converted format: RE_ESTABLISH as in CAMEO.2.0.txt ("restore * {diplomatic tie}").
  const rows = [
    'kind\tblock\twords\tcode\tsource\tnote',
    'block\tRE_ESTABLISH\t-\t---\tt:1',
    'verb\tRE_ESTABLISH\trestore\t-\tt:2',
    'pattern\tRE_ESTABLISH\t* {diplomatic tie}\t050\tt:3',
    'pattern\tRE_ESTABLISH\t* order\t050\tt:4',
    // Bare codes: GRANT and DEPLORE are specific; SAY is a generic root; "pledge" sits in two blocks.
    'block\tGRANT\t-\t070\tt:5',
    'verb\tGRANT\tcontribute\t-\tt:6',
    'pattern\tGRANT\t* statement\t010\tt:7',
    'block\tDEPLORE\t-\t111\tt:8',
    'verb\tDEPLORE\tdeplore\t-\tt:9',
    'block\tSAY\t-\t010\tt:10',
    'verb\tSAY\tremark\t-\tt:11',
    'verb\tSAY\tpledge\t-\tt:12',
    'verb\tGRANT\tpledge\t-\tt:13',
    // Patterns that mark no target: the other party in their own phrase, but not a visit's destination.
    'block\tCONCUR\t-\t---\tt:14',
    'verb\tCONCUR\tconcur\t-\tt:15',
    'pattern\tCONCUR\t* (with)\t030\tt:16',
    'block\tJOURNEY\t-\t---\tt:17',
    'verb\tJOURNEY\tjourney\t-\tt:18',
    'pattern\tJOURNEY\t* (to)\t042\tt:19',
    'block\tACCLAIM\t-\t051\tt:20',
    'verb\tACCLAIM\thail\t-\tt:21',
    'block\tREACH\t-\t---\tt:22',
    'verb\tREACH\treach\t-\tt:23',
    'pattern\tREACH\t* agreement\t030\tt:24',
    'block\tFILE\t-\t---\tt:25',
    'verb\tFILE\tfile\t-\tt:26',
    'pattern\tFILE\t* complaint\t114\tt:27',
    'block\tMERGE\t-\t060\tt:28',
    'verb\tMERGE\tmerge\t-\tt:29',
  ].join('\n');
  const withDictionary = { ...tools, dictionary: parseVerbDictionary(rows, 'action\tsource\tblock\twords\tcode\tnote') };
  const readWith = (sentence: string) =>
    treeRelations(references(worldDoc([sentence]), refTools), withDictionary).map((r) => `${r.source}>${r.target} ${r.cameo}`);
  it('reads the target in the object phrase, as PETRARCH does', () => {
    expect(readWith('Arnor is about to restore full diplomatic ties with Gondor.')).toEqual(['arnor>gondor 05']);
  });
  it("reads the target in the phrase of the event the object is of", () => {
    expect(readWith('Arnor hailed the resumption of diplomatic ties with Gondor.')).toEqual(['arnor>gondor 05']);
  });
  it("a grievance's forum is no party: only its \"against\" phrase names one", () => {
    expect(readWith('Arnor filed a complaint with the White Council.')).toEqual([]);
    expect(readWith('Arnor filed a complaint against Gondor.')).toEqual(['arnor>gondor 11']);
  });
  it('not through a place', () => {
    expect(readWith('Arnor hailed the resumption of talks in Gondor.')).toEqual([]);
    expect(readWith('Arnor restored order in Gondor.')).toEqual([]);
  });
  it("a verb no pattern matched has its block's code, the other party in a partner phrase", () => {
    expect(readWith('Arnor contributed a million ducats to Gondor.')).toEqual(['arnor>gondor 07']);
    expect(readWith('Arnor deplored from Gondor.')).toEqual(['arnor>gondor 11']);
  });
  it('a bare code: not the object, which the patterns are for', () => {
    expect(readWith('Arnor deplored Gondor.')).toEqual([]);
    expect(readWith('Arnor deplores Gondor.')).toEqual([]);
    expect(readWith('Arnor contributed Gondor a million ducats.')).toEqual([]);
  });
  it("a bare code: with a party as object, the partner phrase is the object's partner", () => {
    expect(readWith('Arnor bought the Orc Legion, merging it with Gondor.')).toEqual([]);
    expect(readWith('Arnor merged with Gondor.')).toEqual(['arnor>gondor 06']);
  });
  it("a pattern that marks no target names the other party in its own phrase", () => {
    expect(readWith('Arnor concurred with Gondor.')).toEqual(['arnor>gondor 03']);
  });
  it("but not a visit's destination", () => {
    expect(readWith('Arnor journeyed to Gondor.')).toEqual([]);
  });
  it('a bare code: not a generic root, not a verb of two blocks, not a person', () => {
    expect(readWith('Arnor remarked to Gondor.')).toEqual([]);
    expect(readWith('Arnor pledged a million ducats to Gondor.')).toEqual([]);
    expect(readWith('Aragorn contributed a million ducats to Rohan.')).toEqual([]);
  });
  it("not for a light verb whose object a frame reads: the agreement's reading", () => {
    expect(readWith('Arnor reached an agreement with Gondor.')).toEqual(['arnor>gondor 05']);
  });
});

describe('verbs.tsv on the tree', () => {
  it('gives every frame row a tree reading: a row the tree cannot read would be dead data', () => {
    const book = compileVerbFrames(parseVerbRows(readFileSync(new URL('../../lexicon/verbs.tsv', import.meta.url), 'utf8')));
    const read = new Set([...treeFrames(book).values()].flat().map((f) => f.pattern));
    const unread = book.frames.map((f) => f.pattern).filter((p) => !p.endsWith('(passive)') && !read.has(p));
    expect(unread).toEqual([]);
  });
});

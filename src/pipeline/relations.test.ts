import { describe, expect, it } from 'vitest';
import { prepareReferences, references } from './references.ts';
import { relations } from './relations.ts';
import { worldBook, worldDoc } from './relations/fixture-world.ts';
import { parseWordLists } from '../lexicon/rule-files.ts';
import { readFileSync } from 'node:fs';

const lex = worldBook();
const refTools = prepareReferences({ words: parseWordLists(readFileSync(new URL('../lexicon/words.tsv', import.meta.url), 'utf8')) });

/** The relations of a text as `source>target cameo` (`<>` when symmetric), with the modality when not asserted. */
function triples(...sentences: string[]): string[] {
  return relations(references(worldDoc(sentences), refTools), lex).relations.map(
    (r) => `${r.source}${r.symmetric ? '<>' : '>'}${r.target} ${r.cameo}${r.modality === 'asserted' ? '' : ` ${r.modality}`}`,
  );
}

describe('relations', () => {
  const cases: [string, string[]][] = [
    // active voice
    ['Aragorn met Eomer in Edoras on Tuesday.', ['aragorn<>eomer 04', 'aragorn>rohan 04']],
    ['Gondor met with Rohan.', ['gondor<>rohan 04']],
    ['Arnor held talks with Gondor.', ['arnor<>gondor 04']],
    ['Arnor accused Mordor of supplying weapons.', ['arnor>mordor 11']],
    ['Mordor supplies the Orc Legion with drones.', ['mordor>orc-legion 07']],
    ['Mordor attacked Gondor.', ['mordor>gondor 19']],
    ['Arnor imposed fresh sanctions on Mordor.', ['arnor>mordor 16']],
    ['Arnor urged Rohan to stop.', ['arnor>rohan 02']],
    ['Gondor hosted the White Council.', ['gondor>white-council 04']],
    ['Aragorn arrived in Edoras.', ['aragorn>rohan 04']],
    ['Aragorn met with Elrond in Edoras.', ['aragorn<>elrond 04', 'aragorn>rohan 04']],
    ['Arnor and Rohan met in Edoras.', ['arnor<>rohan 04']],
    ['Aragorn addressed parliament speakers from Arnor.', ['aragorn>arnor 01']],
    // passive
    // backing is support (05), as PETRARCH's BACK [050]: "Tony Blair has backed Chancellor Gordon Brown's pre-Budget report";
    // "X-backed" (a sponsor) stays aid (07)
    ['The Orc Legion, which is backed by Mordor, grew.', ['mordor>orc-legion 05']],
    ['Aragorn backed Eomer.', ['aragorn>eomer 05']],
    // selling is trade (06), not aid: "Airbus to sell 23 new planes to Air China", "Jarvis sells Tube stake to Spain"
    ['Gondor sold horses to Rohan.', ['gondor>rohan 06']],
    ['Mordor will supply drones to the Orc Legion.', ['mordor>orc-legion 07 hypothetical']], // the future: not done yet
    ['Gondor was attacked by Mordor.', ['mordor>gondor 19']],
    ['Mordor was sanctioned by Arnor.', ['arnor>mordor 16']],
    // nominal
    ['It was a meeting between Aragorn and Eomer.', ['aragorn<>eomer 04']],
    ['Talks between Arnor and Gondor resumed.', ['arnor<>gondor 04']],
    ["Gondor's ties with Rohan are old.", ['gondor<>rohan 05']],
    ["Mordor's attack on Gondor failed.", ['mordor>gondor 19']],
    ["Mordor's war in Gondor goes on.", ['mordor>gondor 19']],
    ['Arnorian sanctions on Mordor are biting.', ['arnor>mordor 16']],
    ['In a phone call with Eomer, Aragorn spoke of peace.', ['aragorn<>eomer 04']],
    // lists
    ['Arnor and Rohan imposed sanctions on Mordor.', ['arnor>mordor 16', 'rohan>mordor 16']],
    ['Arnor, Rohan and Gondor condemned Mordor.', ['arnor>mordor 11', 'gondor>mordor 11', 'rohan>mordor 11']],
    ['Arnor and Gondor discussed trade.', ['arnor<>gondor 04']],
    ['Mordor attacked Gondor and Rohan condemned the strike.', ['mordor>gondor 19']],
    // apposition and relative clauses
    ['The EU and Arnor, without presenting any evidence, accused Mordor.', ['arnor>mordor 11']],
    // titles and roles are no relations
    ["Gondor's Foreign Minister Aragorn met Eomer.", ['aragorn<>eomer 04']],
    ['Gondorian King Aragorn Elessar arrived.', []],
    // negation, hypotheticals, conditions: kept where the tree reader reads them, with their modality
    ['Aragorn did not meet Eomer.', ['aragorn<>eomer 04 denied']],
    ["Aragorn didn't meet Eomer.", ['aragorn<>eomer 04 denied']],
    ['Mordor would arm the Orc Legion.', ['mordor>orc-legion 07 hypothetical']],
    // the newspaper's "be to" is a scheduled future; "to be" is no "be to"
    ['Aragorn is to visit Rohan.', ['aragorn>rohan 04 hypothetical']],
    ['Mordor was to supply drones to the Orc Legion.', ['mordor>orc-legion 07 hypothetical']],
    // an object controls the infinitive even when it names no actor
    ['Gondor does not allow its citizens to travel to Mordor.', []],
    ['Gondor could lose Rohan.', []],
    ['If Mordor attacks Gondor, Arnor will respond.', ['mordor>gondor 19 hypothetical']],
    ['There were no talks between Arnor and Gondor.', ['arnor<>gondor 04 denied']],
    ['Mordor refused to attack Gondor.', ['mordor>gondor 19 denied']],
    // reported speech is no relation by itself
    ['Arnor said Gondor was strong.', []],
    ['Palantir News reported that Mordor attacked Gondor.', ['mordor>gondor 19']],
    // media are never participants
    ['Mordor criticised Palantir News.', []],
    // participle clauses and coordinated verbs share the sentence's subject
    ['Arnor imposed sanctions on Mordor on Monday, accusing Rohan of helping it.', ['arnor>mordor 16', 'arnor>rohan 11']],
    ['Before speaking with Eomer, Aragorn visited Rohan.', ['aragorn<>eomer 04', 'aragorn>rohan 04']],
    ['Speaking to the White Council, Elrond said peace was near.', ['elrond<>white-council 04']],
    ['Aragorn was in Fornost last week and met Eomer.', ['aragorn<>eomer 04']],
    ['Arnor was sanctioned by Gondor for supplying Mordor with weapons.', ['arnor>mordor 07', 'gondor>arnor 16']],
    // reported future is no hypothetical, an infinitive list is no pair of partners
    ['Elrond said Arnor would provide £600m ($780m) in aid to Rohan.', ['arnor>rohan 07 reported']],
    ['Aragorn met Eomer and Elrond to talk about peace.', ['aragorn<>elrond 04', 'aragorn<>eomer 04']],
    // lists: nameless tails, clause coordination, compound modifiers
    ['Arnor, Gondor and 10 other countries called for a ceasefire between Rohan and Mordor.', ['arnor<>gondor 04', 'arnor>mordor 02', 'arnor>rohan 02', 'gondor>mordor 02', 'gondor>rohan 02']],
    ['Councillors who back Aragorn met Eomer.', []],
    ['Gondor attacked Mordor, and Arnor backed the strike.', ['gondor>mordor 19']],
    // objects: adjectives, acts, titles, parentheses
    ['Arnor supplied Gondorian missiles to Rohan.', ['arnor>rohan 07']],
    ['Arnor condemned Mordorian strikes on Gondor.', ['arnor>mordor 11', 'mordor>gondor 19']],
    ['Elrond condemned the statement of the White Council.', ['elrond>white-council 11']],
    ['Arnor joined the White Council ( WC ) in Fornost.', ['arnor>white-council 04']],
    ['The Arnor, Gondor, Rohan partnership held.', []],
    // sentence-level frames: an opening meeting phrase, a meeting in the sentence's subject's clause
    ['During his meeting with Eomer, Aragorn pledged support.', ['aragorn<>eomer 04']],
    // "said Gondor would act": the reported "will", not a hypothetical
    ['In a long speech, the minister said Gondor would act, in talks with Rohan, Arnor said.', ['gondor<>rohan 04 reported']],
    ['Aragorn spoke at length in a phone call with Eomer.', ['aragorn<>eomer 04']],
    // nominal agreements and owned acts
    ["Mordor's grinding war against Gondor goes on.", ['mordor>gondor 19']],
    ['Arnor claiming ties with Gondor is old news.', []],
    ["Gondor's long battle against the Orc Legion goes on.", ['gondor>orc-legion 19']],
    ["Mordor's military intervention in Rohan began in spring.", ['mordor>rohan 19']],
    ["Mordor's trade war with Gondor worsened.", ['gondor<>mordor 19']],
    ['Only Rohan and Arnor receive White Council support.', []],
    // owners, words and people: what the verb really does
    ["Arnor called Mordor's remarks deeply concerning.", ['arnor>mordor 11']],
    ["Elrond described Mordor's move as a dangerous escalation.", ['elrond>mordor 11']],
    ['Elrond described Aragorn as a friend.', ['elrond>aragorn 01']],
    ["Aragorn met Eomer's sister.", []],
    ["Eomer attacked Gondor's plans.", ['eomer>gondor 11']],
    ['Aragorn attacked Eomer for his silence.', ['aragorn>eomer 11']],
    ['Elrond delivered a speech to the White Council.', ['elrond>white-council 01']],
    ["Gondor's partner Rohan sent riders.", []],
    // a title after a state or body stands for its holder
    ['The White Council chief condemned Mordorian strikes on Rohan.', ['white-council>mordor 11', 'mordor>rohan 19']],
    ['The Gondor secretary general met Eomer.', ['eomer<>gondor 04']],
    ['Aragorn has been called the Eomer of Gondor.', []],
    ['Sources within the White Council told Palantir News that Aragorn met Eomer.', ['aragorn<>eomer 04']],
    // two to four actors who appeal together consult each other
    ['Arnor and Gondor urged Mordor to withdraw.', ['arnor<>gondor 04', 'arnor>mordor 02', 'gondor>mordor 02']],
    ['Arnor and Gondor imposed sanctions on Mordor.', ['arnor>mordor 16', 'gondor>mordor 16']],
    // nominal events, glued names and owners the tree reads (were known failures of #11)
    ['Addressing envoys from Arnor and Rohan, Aragorn spoke of peace.', ['aragorn>arnor 01', 'aragorn>rohan 01']],
    ["Arnor backed Gondor's stance on Mordor.", ['arnor>gondor 05']],
    ["Focus shifted to Mordor's Rohirric proxy Orc Legion.", ['mordor>orc-legion 07']],
    ["Gondor and Rohan's signing of a defence pact alarmed Mordor.", ['gondor<>rohan 05']],
    ["Gondor expelled Mordor's diplomats.", ['gondor>mordor 16']],
    ['Mordor-backed Orc Legion fighters crossed the river.', ['mordor>orc-legion 07']],
    ['The Arnor-Gondor relationship is strong.', ['arnor<>gondor 05']],
    ['Aragorn vowed to press on with his war on Mordor.', ['aragorn>mordor 19']],
    // an alliance stated by a relative clause, an apposition or a predicate (#11)
    ['Rohan, which is a Gondorian ally, sent riders.', ['gondor<>rohan 05']],
    // the signers of a treaty in a passive participle the parser reads as the root (#11)
    ['The treaty signed by Gondor and Rohan holds.', ['gondor<>rohan 05']],
  ];
  it.each(cases)('%s', (sentence, expected) => {
    expect(triples(sentence).sort()).toEqual([...expected].sort());
  });

  // Cases the tree reader still fails (#11). Each is an honest known failure: it turns red when the reader
  // starts passing it; then move it back to `cases`.
  const misses: [string, string[], string][] = [
    // #11: the tree reader misses a meeting with a demonym's officials when the place names the same state
    ['Aragorn met Rohirric officials in Edoras.', ['aragorn<>rohan 04'], "a meeting with a demonym's officials when the place names the same state"],
    // #11: the tree reader misses a nominal event with its giver ('welcome from')
    ['Aragorn received a lavish welcome from fellow king Eomer.', ['aragorn<>eomer 04'], "a nominal event with its giver ('welcome from')"],
    // #11: the tree reader misses an object the parser reads as a second subject
    ['Arnorian officials slammed Mordor.', ['arnor>mordor 11'], 'an object the parser reads as a second subject'],
    // #11: the tree reader misses a nominal event owned by a demonym when the parser reads its verb as a noun ("bite")
    ['Arnorian sanctions on Mordor bite.', ['arnor>mordor 16'], 'a nominal event owned by a demonym whose verb the parser reads as a noun'],
    // #11: the tree reader misses hyphenated sponsors ('Mordor-backed') and a fight between a stand-in and a state
    ['Fighting between Mordor-backed Orc Legion fighters and Rohan grew.', ['mordor>orc-legion 07', 'orc-legion<>rohan 19'], "hyphenated sponsors ('Mordor-backed') and a fight between a stand-in and a state"],
    // #11: the tree reader misses an apposed list the parser reads as an oblique, and 'proxies' as sponsorship
    ['Mordor got its proxies, the Orc Legion and Rohan, to attack Gondor.', ['mordor>orc-legion 07', 'mordor>rohan 07', 'orc-legion>gondor 19', 'rohan>gondor 19'], "an apposed list the parser reads as an oblique, and 'proxies' as sponsorship"],
  ];
  for (const [sentence, expected, kind] of misses) {
    it.fails(`#11: the tree reader misses ${kind}: ${sentence}`, () => {
      expect(triples(sentence).sort()).toEqual([...expected].sort());
    });
  }

  it('resolves he/she to the nearest person of the sentence before', () => {
    expect(triples('Aragorn spoke at length.', 'He met Eomer.')).toEqual(['aragorn<>eomer 04']);
  });

  const owners: [string, string[]][] = [
    ['Arnor denied it would carry out its own strikes on Mordor.', ['arnor>mordor 19 denied']],
  ];
  it.each(owners)('resolves a possessive pronoun to the nearest actor of its sentence: %s', (sentence, expected) => {
    expect(triples(sentence).sort()).toEqual([...expected].sort());
  });

  it('reads his/her as the references stage resolves them, across sentences too', () => {
    expect(triples('Aragorn spoke at length.', 'Later his attack on Mordor began.')).toEqual(['aragorn>mordor 19']);
  });

  it('resolves they to a list that opened the sentence before', () => {
    expect(triples('Aragorn and Elrond travelled north.', 'They met Eomer.').sort()).toEqual(['aragorn<>eomer 04', 'elrond<>eomer 04']);
  });

  it('keeps one relation per (source, target, cameo) in a sentence, sorted', () => {
    const out = relations(references(worldDoc(['Mordor attacked Gondor, and Mordor attacked Gondor again.', 'Arnor met Gondor.']), refTools), lex).relations;
    expect(out.map((r) => [r.evidence.sentence, r.source, r.target])).toEqual([[0, 'mordor', 'gondor'], [1, 'arnor', 'gondor']]);
    expect(out[0]).toMatchObject({ type: 'fight', verb: 'attacked', quad: 'material-conflict', symmetric: false });
    expect(out[0]!.evidence.text).toBe('Mordor attacked Gondor, and Mordor attacked Gondor again.');
  });
});

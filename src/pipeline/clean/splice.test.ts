import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../lexicon/load.ts';
import { knownWords, prepareKnownWords } from './known-words.ts';
import { findSplice } from './splice.ts';

// Note: the real lexicon, whose common words tell a split word (negotiations) from glued tokens.
const words = prepareKnownWords(loadLexicon());
const splice = (p: string) => findSplice(p, knownWords([p], words));

describe('findSplice', () => {
  it.each([
    ['inside a lowercase word', 'The talks went on and the negoRohan rides to aid Gondor againtiations continued for days.', 'Rohan rides to aid Gondor again', 'negotiations'],
    ['a headline with U.S.', 'Envoys met and offiU.S. and Gondor trade blame over the riverscials said so.', 'U.S. and Gondor trade blame over the rivers', 'officials'],
    ['a headline that starts with a number', 'The plan, a new21-day truce collapses in the north of Rohanspaper said, failed.', '21-day truce collapses in the north of Rohan', 'newspaper'],
    ['a headline in quotation marks', 'It was the ne“Gondor’s future is with Rohan,” leaders saywspaper of record.', '“Gondor’s future is with Rohan,” leaders say', 'newspaper'],
    ['a headline with a question mark', 'They spoke in the cenCan Gondor and Rohan make peace? Early signs are poortre of the city.', 'Can Gondor and Rohan make peace? Early signs are poor', 'centre'],
    ['a capital glued to a capitalised word', 'Rohan met Gondor. Rohan rode. Talks between RRohan rides to aid Gondor againohan and Arnor went on.', 'Rohan rides to aid Gondor again', 'Rohan'],
  ])('recovers a headline %s', (_, paragraph, headline, word) => {
    const s = splice(paragraph);
    expect(s?.headline).toBe(headline);
    expect(s?.text).toContain(` ${word}`);
    expect(s?.text).not.toContain(headline);
  });

  it.each([
    'Fans queued for the new iPod and the iPod mini across Gondor, the shops said.',
    'Leonardo DiCaprio starred as Howard Hughes in the film, released at Christmas.',
    'Scott MacLeod (ankle ligaments) and Jon Petrie (cartilage) are doubtful for the opener.',
    'The US approved Gondor to use US-supplied missiles against Rohan and landmines.',
    'Valéry Giscard d\'Estaing and his wife Anne-Aymone attended the dinner.',
    'NAIROBI (Kurdistan24) – Kenya hosted Somali envoys on Tuesday to discuss the border.',
  ])('leaves clean text alone: %s', (paragraph) => {
    expect(splice(paragraph)).toBeUndefined();
  });
});

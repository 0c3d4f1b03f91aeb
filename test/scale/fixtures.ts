// Short articles written for the scale tests (real countries, invented
// events), and a runner for the generate CLI that keeps its cache in a
// temporary folder.
import path from 'node:path';
import { generate, type Run } from '../robustness/helpers.ts';

/** Three seeds: Norway is in two, Iceland and Chile in one each. */
export const articles: Record<string, string> = {
  'fishing-pact.txt': [
    'Iceland and Norway sign a fishing pact',
    '',
    'Iceland signed a fishing agreement with Norway on Tuesday, officials in Reykjavik said. The pact sets quotas for cod in the North Atlantic.',
    '',
    'Norway praised Iceland for the deal, according to a statement from its fisheries ministry.',
    '',
  ].join('\n'),
  'copper-deal.txt': [
    'Chile and Norway agree on copper trade',
    '',
    'Chile agreed a copper trade deal with Norway on Wednesday, the trade ministry in Santiago said. Norway thanked Chile for the offer.',
    '',
    'The deal covers ten years of shipments, according to officials.',
    '',
  ].join('\n'),
  'kenya-visit.txt': [
    'Kenya hosts talks on river rights',
    '',
    'Kenya hosted talks with Uganda on Thursday about rights to the Nile, the foreign ministry in Nairobi said.',
    '',
    'Uganda accused Kenya of delaying the survey of the river, according to a statement.',
    '',
  ].join('\n'),
};

/** Runs generate with its cache in `dir`/cache (never the repository's). */
export function generateIn(dir: string, args: string[]): Run {
  return generate(['--seeds', path.join(dir, 'seeds'), '--out', path.join(dir, 'content'), '--cache', path.join(dir, 'cache'), ...args]);
}

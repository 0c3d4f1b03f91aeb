import { describe, expect, it } from 'vitest';
import { inflect, participles } from './inflect.ts';

describe('inflect', () => {
  const cases: [string, string[]][] = [
    ['accuse', ['accuse', 'accuses', 'accused', 'accusing']],
    ['meet', ['meet', 'meets', 'met', 'meeting']],
    ['deny', ['deny', 'denies', 'denied', 'denying']],
    ['slam', ['slam', 'slams', 'slammed', 'slamming']],
    ['visit', ['visit', 'visits', 'visited', 'visiting']],
    ['travel', ['travel', 'travels', 'traveled', 'traveling', 'travelled', 'travelling']],
    ['veto', ['veto', 'vetoes', 'vetoed', 'vetoing']],
    ['give', ['give', 'gives', 'gave', 'given', 'giving']],
  ];
  it.each(cases)('%s', (base, forms) => expect(inflect(base)).toEqual(forms));

  it('gives participles for passives', () => {
    expect(participles('strike')).toEqual(['struck']);
    expect(participles('label')).toEqual(['labeled', 'labelled']);
  });
});

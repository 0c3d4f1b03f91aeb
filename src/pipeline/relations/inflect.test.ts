import { describe, expect, it } from 'vitest';
import { finiteForms, inflect, participles } from './inflect.ts';

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

  it('gives participles for passives and finite forms for subjects', () => {
    expect(participles('strike')).toEqual(['struck']);
    expect(participles('label')).toEqual(['labeled', 'labelled']);
    expect(finiteForms('ally')).toEqual(['allies', 'allied']);
  });
});

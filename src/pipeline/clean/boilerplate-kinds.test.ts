// Each kind of boilerplate in src/lexicon/boilerplate.tsv on short texts of
// its own: what is removed, what kind it is recorded as, and what stays.
import { describe, expect, it } from 'vitest';
import { fictionalLexicon } from '../../../test/fictional-lexicon.ts';
import { clean, prepareClean } from '../clean.ts';

const tools = prepareClean(fictionalLexicon());
const run = (text: string) => clean({ seed: 't.txt', text, meta: {}, language: 'en', warnings: [] }, tools);
const body = 'Gondor met Rohan on Tuesday. They agreed to talk again.';

describe('boilerplate by kind', () => {
  const cases: [string, string, string[], string?][] = [
    ['a wire dateline with date and outlet', `MINAS TIRITH, Feb 10 (Palantir) - ${body}`, ['dateline'], 'Palantir'],
    ['a dateline with a region', `OSGILIATH, Gondor - ${body}`, ['dateline']],
    ['a dateline with only an outlet', `EDORAS (Rohan24) - ${body}`, ['dateline'], 'Rohan24'],
    ['a mixed-case city with an outlet', `Edoras (Rohan24) – ${body}`, ['dateline'], 'Rohan24'],
    ['a dateline with a full date', `MINAS TIRITH, March 3, 2019 - ${body}`, ['dateline']],
    ['reporting, writing and editing credits', `${body}\n\nReporting by Ioreth Hurin in Minas Tirith and Bergil Beregond in Edoras; Writing by Ghan Buri; Editing by Erkenbrand Westfold`, ['byline']],
    ['credits in brackets at the end of a paragraph', `${body} (Reporting by Ioreth Hurin; Editing by Ghan Buri)`, ['byline']],
    ['a reached-out-for-comment line', `${body} The Palantir reached out to the Steward's office for comment.`, ['contact']],
    ['a caption with an agency credit', `${body}\n\nLord Faramir speaks in Osgiliath, Gondor, March 3, 2019. PALANTIR/Ioreth Hurin`, ['caption', 'credit']],
    ['a bracketed agency credit at a paragraph end', `${body} Lord Faramir speaks in Osgiliath, Gondor, March 3, 2019. (credit: PALANTIR/IORETH HURIN)`, ['caption', 'credit']],
    ['a caption with no credit', `${body} Lord Faramir speaks to riders in Osgiliath, Gondor, March 3, 2019.`, ['caption']],
    ['a caption that says it is a picture', `${body}\n\nRiders cross the Anduin in this handout picture released on March 3, 2019.`, ['caption']],
    ['a "Published" line', `Published 10 February 2025, 14:02 GMT\n\nGondor and Rohan renew their alliance\n\n${body}`, ['timestamp', 'headline']],
    ['a BBC image caption and source', `${body}\n\nImage source, Getty Images\n\nImage caption, Riders cross the Anduin at dawn\n\nArnor watched the talks closely.`, ['credit', 'caption']],
    ['NPR caption toggles', `${body} Riders cross the Anduin at dawn. Ioreth Hurin/AP hide caption toggle caption Ioreth Hurin/AP`, ['caption']],
    ['a write-to contact line', `${body}\n\nWrite to Ioreth Hurin at ioreth.hurin@palantir.example`, ['contact']],
    ['a copyright line', `${body}\n\nCopyright 2025 Palantir News. All rights reserved.`, ['teaser']],
    ['a trust principles line', `${body}\n\nOur Standards: The Thomson Reuters Trust Principles.`, ['teaser']],
    ['share buttons', `${body}\n\nShare Save\n\nArnor watched the talks closely.`, ['share']],
    ['an advertisement marker', `${body}\n\nAdvertisement\n\nArnor watched the talks closely.`, ['teaser']],
  ];
  it.each(cases)('%s', (_, text, kinds, outlet) => {
    const c = run(text);
    expect(c.removed.map((r) => r.kind)).toEqual(kinds);
    expect(c.paragraphs[0]).toBe(body);
    if (outlet) expect(c.outletHint).toBe(outlet);
  });

  const prose: string[] = [
    'GONDOR-ROHAN ties have grown since the war, officials said.',
    'The Steward said he had asked Rohan for help on March 3, 2019.',
    'Published in 2019, the report found that Gondor had too few riders for its long border.',
    'Published in 2019, the report said riders fled.',
    'Updated figures for 2019 show that Gondor had too few riders for its long border.',
    'Share prices in Gondor fell by a third after the war.',
    'The Palantir has reached out to riders across Rohan to ask how the war changed them.',
  ];
  it.each(prose)('leaves prose alone: %s', (text) => {
    const c = run(`${body}\n\n${text}`);
    expect(c.paragraphs).toEqual([body, text]);
  });
});

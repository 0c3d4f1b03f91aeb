// A small fictional lexicon (Middle-earth), so stage tests never break when
// the real lexicon grows: PETRARCH2 tests its coder the same way.
import { parseLexicon, type Lexicon } from '../src/lexicon/load.ts';
import { readFileSync } from 'node:fs';

const real = (name: string) => readFileSync(new URL(`../src/lexicon/${name}`, import.meta.url), 'utf8');

/** Builds the fictional lexicon; `curated` rows (tab-separated) may be added. */
export function fictionalLexicon(curated: string[] = []): Lexicon {
  return parseLexicon({
    'countries.tsv': ['id\tname\taliases\tdemonyms\tcapitals', 'gondor\tGondor\tRealm of Gondor\tGondorian\tMinas Tirith', 'rohan\tRohan\t\tRohirrim\tEdoras', 'arnor\tArnor\t\tArnorian\tAnnuminas', 'mordor\tMordor\t\tMordorian\tBarad-dur'].join('\n'),
    'countries-extra.tsv': ['id\tnewId\tname\taliases\tdemonyms\tmetonyms', 'gondor\t\t\t\t\tWhite Tower'].join('\n'),
    'actors.tsv': ['id\ttype\tname\taliases\taffiliation', 'white-council\torganization\tWhite Council\tWC', 'orc-band\tgroup\tUruk-hai\tUruks', 'palantir-news\tmedia\tPalantir News\tPN'].join('\n'),
    'titles.txt': ['~Mr', '~Mrs', '~Ms', '~Sir', '~Lord', 'King', 'Steward', 'Minister', 'Foreign Minister', 'Captain', '-counterpart', '-top diplomat'].join('\n'),
    'not-actors.txt': ['Tuesday', 'Meanwhile', 'The', 'Growing'].join('\n'),
    'curated.tsv': ['action\tsubject\tvalue', ...curated].join('\n'),
    'first-names.txt': ['Aragorn', 'Faramir', 'Boromir', 'Eowyn'].join('\n'),
    'names-extra.txt': '',
    'places.txt': 'Osgiliath\n',
    'places-extra.txt': '',
    'boilerplate.tsv': real('boilerplate.tsv'),
    'institutions.txt': 'army\nforeign ministry\n',
    'common-words.txt': 'later\nshipping\nstorm\nshadow\n',
    'name-heads.tsv': real('name-heads.tsv'),
    'verbs.tsv': real('verbs.tsv'),
    'petrarch-verbs.tsv': real('petrarch-verbs.tsv'),
    'petrarch-verbs-curated.tsv': real('petrarch-verbs-curated.tsv'),
    'speech-verbs.txt': real('speech-verbs.txt'),
    'words.tsv': real('words.tsv'),
    'stopwords.tsv': real('stopwords.tsv'),
    'given-names.tsv': ['name\tshort', 'Peregrin\tPippin|Pip', 'Meriadoc\tMerry', 'Samwise\tSam', 'Samantha\tSam'].join('\n'),
    'given-name-sex.tsv': ['name\tsex', 'Faramir\tmale', 'Eowyn\tfemale'].join('\n'),
  });
}

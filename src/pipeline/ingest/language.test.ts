import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../lexicon/load.ts';
import { language, prepareLanguage } from './language.ts';

const tools = prepareLanguage(loadLexicon().stopwords);

const english = 'The King of Gondor said on Tuesday that his envoys will travel to Arnor, where they are expected to meet the council, which has asked for talks.';
const french = 'Le roi du Gondor a déclaré mardi que ses envoyés se rendront en Arnor, où ils doivent rencontrer le conseil, qui a demandé des discussions avec les chefs des deux pays.';
const german = 'Der König von Gondor hat am Dienstag gesagt, dass seine Gesandten nach Arnor reisen werden, wo sie mit dem Rat sprechen sollen, der um Gespräche für die beiden Länder gebeten hat.';
const russian = 'Король Гондора заявил во вторник, что его посланники отправятся в Арнор, где они должны встретиться с советом, который просил о переговорах между двумя странами.';
const polish = 'Król Gondoru powiedział we wtorek, że jego wysłannicy pojadą do Arnoru, gdzie mają spotkać się z radą, która prosiła o rozmowy między dwoma krajami. '.repeat(3);
const squad = `Gondor squad named for the spring games\n\nBacks: ${Array.from({ length: 12 }, (_, i) => `Faramir Hurin${i} (Minas Tirith), Boromir Denethor${i} (Osgiliath)`).join(', ')}. The captain said the side was ready.`;
const chinese = '刚铎国王星期二表示，他的使者将前往阿尔诺，在那里与议会会面。议会此前要求两国举行会谈，双方都希望尽快达成协议，以结束长期的边境争端。';

describe('language', () => {
  it.each([
    ['English', english, 'en'],
    ['French', french, 'fr'],
    ['German', german, 'de'],
    ['Russian', russian, 'ru'],
    ['Chinese', chinese, 'zh'],
    ['Polish, which has no word list', polish, 'und'],
    ['an English list of names', squad, 'en'],
    ['too short to tell', 'Gondor und Arnor', 'en'],
    ['numbers and symbols', '12 34 56 78 90 -- ## !! '.repeat(20), 'en'],
  ])('%s', (_, text, code) => {
    const guess = language(text, tools);
    expect(guess.language).toBe(code);
    expect(guess.warning === undefined).toBe(code === 'en');
  });

  it('says in its warning that extraction covers English', () => {
    expect(language(french, tools).warning).toMatch(/extraction covers English only/);
  });
});

import { buildContent } from '/work/main/src/build/index.ts';
import { loadLexicon } from '/work/main/src/lexicon/load.ts';
import { fictionalLexicon } from '/work/main/test/fictional-lexicon.ts';
const text = `Constructor met __proto__ and toString in Gondor\n\nKing Constructor of Gondor met Captain Prototype and Steward HasOwnProperty in Minas Tirith on Tuesday, officials said. "We will hold the fords," Constructor said. Foreign Minister ValueOf of Arnor criticised King Constructor on Wednesday. __proto__ and toString were not there, and Lord Proto praised ValueOf. Constructor, ToString and __proto__ met again in Rohan.\n`;
for (const lex of [fictionalLexicon(), loadLexicon()]) {
  const r = buildContent([{ name: '__proto__.txt', bytes: new TextEncoder().encode(text) }, { name: 'constructor.txt', bytes: new TextEncoder().encode('---\n__proto__: {polluted: yes}\nconstructor: {prototype: {polluted: yes}}\ntitle: toString\n---\n' + text) }], lex);
  console.log(r.refused, [...r.files.keys()], r.briefings.map(b => b.actors.map(a => a.id + ':' + a.name)));
}
console.log(({} as any).polluted);

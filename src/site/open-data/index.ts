// The open data published with the site under data/: pure functions from front matter to file text.
export { csv, csvField } from './csv.ts';
export { eventColumns, eventsCsv } from './events.ts';
export { networkGraphml, xmlText } from './graphml.ts';
export { jsonl } from './jsonl.ts';

// The model file: a magic line, then one zlib-deflated payload holding a JSON
// header (label list, tag dictionary, lemma rules, table shapes) and the three
// int16 weight tables, little-endian. Deflate keeps the file small (most
// weights of a hashed table are zero) and loads in tens of milliseconds.
// Every part is written in a fixed order, so the same model gives the same bytes.
import { deflateSync, inflateSync } from 'node:zlib';
import { vocabularyOf, type LemmaModel } from './lemmatizer.ts';
import type { LabelSets } from './labeller.ts';
import type { Linear } from './perceptron.ts';
import type { TaggerModel } from './tagger.ts';
import { uposTags } from './tags.ts';

/** Everything the syntax layer learned from a treebank. */
export interface SyntaxModel {
  tagger: TaggerModel;
  parser: Linear;
  /** The parser's beam width, the one it was trained with (1: greedy). */
  beam: number;
  labeller: Linear;
  labelSets: LabelSets;
  /** Dependency relations, in the labeller's class order. */
  labels: string[];
  lemmas: LemmaModel;
}

const MAGIC = 'dossier-syntax-model 2\n';

interface Header {
  labels: string[];
  labelSets: [number, number[]][];
  dictionary: [string, number][];
  ambiguity: [string, number][];
  rules: [string, string][];
  exceptions: [string, string][];
  /** Absent for a greedy parser, so that greedy models keep the bytes they had before beams. */
  beam?: number;
  tables: { name: 'tagger' | 'parser' | 'labeller'; classes: number; rows: number }[];
}

/** Serialises a model to bytes. */
export function saveModel(m: SyntaxModel): Uint8Array {
  littleEndianOnly();
  const tables = [['tagger', m.tagger.linear], ['parser', m.parser], ['labeller', m.labeller]] as const;
  const header: Header = {
    labels: m.labels,
    labelSets: [...m.labelSets],
    dictionary: [...m.tagger.dictionary],
    ambiguity: [...m.tagger.ambiguity],
    rules: [...m.lemmas.rules],
    exceptions: [...m.lemmas.exceptions],
    ...(m.beam > 1 ? { beam: m.beam } : {}),
    tables: tables.map(([name, t]) => ({ name, classes: t.classes, rows: t.rows })),
  };
  let json = Buffer.from(JSON.stringify(header), 'utf8');
  if (json.length % 2) json = Buffer.concat([json, Buffer.from(' ')]);
  const size = Buffer.alloc(4);
  size.writeUInt32LE(json.length);
  const parts = [size, json, ...tables.map(([, t]) => Buffer.from(t.weights.buffer, t.weights.byteOffset, t.weights.byteLength))];
  return Buffer.concat([Buffer.from(MAGIC), deflateSync(Buffer.concat(parts), { level: 9 })]);
}

/** Reads a model from bytes; throws when they do not start with this format's magic line. */
export function loadModel(bytes: Uint8Array): SyntaxModel {
  littleEndianOnly();
  const magic = Buffer.from(bytes.subarray(0, MAGIC.length)).toString('latin1');
  if (magic !== MAGIC) throw new Error(`Not a syntax model: expected it to start with \`${MAGIC.trim()}\``);
  const raw = inflateSync(bytes.subarray(MAGIC.length));
  const size = raw.readUInt32LE(0);
  const header = JSON.parse(raw.subarray(4, 4 + size).toString('utf8')) as Header;
  // Note: copied into a fresh buffer so each table starts at an even offset, as Int16Array requires.
  const body = new Uint8Array(raw.subarray(4 + size));
  let offset = 0;
  const linear: Record<string, Linear> = {};
  for (const t of header.tables) {
    const weights = new Int16Array(body.buffer, offset, t.rows * t.classes);
    offset += weights.byteLength;
    linear[t.name] = { classes: t.classes, rows: t.rows, weights };
  }
  return {
    tagger: { linear: linear.tagger!, dictionary: new Map(header.dictionary), ambiguity: new Map(header.ambiguity) },
    parser: linear.parser!,
    beam: header.beam ?? 1,
    labeller: linear.labeller!,
    labelSets: new Map(header.labelSets),
    labels: header.labels,
    lemmas: {
      rules: new Map(header.rules), exceptions: new Map(header.exceptions),
      vocabulary: vocabularyOf(new Map(header.dictionary), new Map(header.ambiguity), { verb: uposTags.indexOf('VERB'), name: uposTags.indexOf('PROPN') }),
    },
  };
}

function littleEndianOnly(): void {
  if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) throw new Error('The syntax model format needs a little-endian machine');
}

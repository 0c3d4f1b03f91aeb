// A generated file as the writer sees it: the hash of its text, and the
// text itself only on demand. An incremental run knows the hash of every
// page from its render cache, and renders only the pages whose file on
// disk differs.
import { createHash } from 'node:crypto';

export interface OutputFile {
  /** sha256 of the UTF-8 text, hex. */
  readonly hash: string;
  /** The text; may render the page, once, on the first call. */
  text(): string;
}

/** sha256 of a text or of a file's bytes, hex: how an output file is compared with the one on disk. */
export function contentHash(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** An output file whose text is already known. */
export function textOutput(text: string): OutputFile {
  return { hash: contentHash(text), text: () => text };
}

/** An output file whose hash is known and whose text `render` gives, rendered at most once. */
export function lazyOutput(hash: string, render: () => string): OutputFile {
  let text: string | undefined;
  return { hash, text: () => (text ??= render()) };
}

/** The texts of output files by path, rendering any page known only by its hash. */
export function outputTexts(outputs: ReadonlyMap<string, OutputFile>): Map<string, string> {
  return new Map([...outputs].map(([rel, f]) => [rel, f.text()]));
}

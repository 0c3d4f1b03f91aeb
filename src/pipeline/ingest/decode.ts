// Bytes to text. UTF-8 with or without a BOM; UTF-16 when a BOM says so; any
// other bytes are read as Windows-1252, which old Latin-1 scrapes usually
// are. Binary files and seeds with no text are refused here, before any
// stage sees them.

/** Decoded text and what the reader should know about how it was read. */
export interface Decoded {
  text: string;
  warnings: string[];
}

// Share of control characters (besides tab, line and page breaks) above which
// the bytes are taken for a binary file rather than text with a few stray codes.
const maxControlShare = 0.05;

/** Decodes a seed's bytes; throws `binary file` or `empty seed` for bytes that are no article. */
export function decode(bytes: Uint8Array): Decoded {
  const warnings: string[] = [];
  const text = decodeText(bytes, warnings);
  if (isBlank(text)) throw new Error('empty seed: no text in the file');
  const nul = text.indexOf('\u0000');
  if (nul >= 0) throw new Error(`binary file: NUL byte at offset ${nul}; expected a plain-text article`);
  const share = controlShare(text);
  if (share > maxControlShare) {
    throw new Error(`binary file: ${(share * 100).toFixed(0)}% control characters (at most ${maxControlShare * 100}% allowed); expected a plain-text article`);
  }
  return { text, warnings };
}

/** True when `text` holds nothing but whitespace and invisible format characters. */
export function isBlank(text: string): boolean {
  return !/[^\s\u200b-\u200d\u2060\ufeff]/u.test(text);
}

function decodeText(bytes: Uint8Array, warnings: string[]): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes, 'utf-16le', warnings);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes, 'utf-16be', warnings);
  try {
    // Note: `ignoreBOM: false` (the default) drops a leading UTF-8 BOM.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    warnings.push('not valid UTF-8: read as Windows-1252');
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', warnings: string[]): string {
  warnings.push(`read as ${encoding.toUpperCase()} (byte order mark)`);
  return new TextDecoder(encoding).decode(bytes);
}

/** Share of C0/C1 control characters other than tab, line feed, carriage return and form feed. */
function controlShare(text: string): number {
  const controls = text.match(/[\u0001-\u0008\u000b\u000e-\u001f\u007f-\u009f\ufffd]/g)?.length ?? 0;
  return controls / text.length;
}

import { describe, expect, it } from 'vitest';
import { decode, isBlank } from './decode.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decode', () => {
  it.each([
    ['plain UTF-8', utf8('Gondor sent envoys.'), 'Gondor sent envoys.', []],
    ['UTF-8 with a BOM', utf8('\uFEFFGondor sent envoys.'), 'Gondor sent envoys.', []],
    ['Windows-1252 curly quotes and accents', Uint8Array.from([0x93, 0x48, 0xe9, 0x94, 0x20, 0x80, 0x35]), '“Hé” €5', ['not valid UTF-8: read as Windows-1252']],
    ['UTF-16LE with a BOM', Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x62, 0x00]), 'Ab', ['read as UTF-16LE (byte order mark)']],
  ])('%s', (_, bytes, text, warnings) => {
    expect(decode(bytes)).toEqual({ text, warnings });
  });

  it.each([
    ['no bytes', new Uint8Array(0), /^empty seed/],
    ['whitespace and zero-width spaces', utf8(' \n\t\u200b\u00a0\r\n'), /^empty seed/],
    ['a BOM alone', utf8('\uFEFF'), /^empty seed/],
    ['a NUL byte', utf8('Gondor\u0000Arnor'), /^binary file: NUL byte at offset 6/],
    ['a PNG header', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), /^binary file/],
    ['random control bytes without NUL', Uint8Array.from({ length: 400 }, (_, i) => (i * 37) % 255 + 1), /^binary file: \d+% control characters/],
  ])('refuses %s', (_, bytes, message) => {
    expect(() => decode(bytes)).toThrow(message);
  });

  it('keeps text with a few stray control characters', () => {
    expect(decode(utf8(`${'Gondor sent envoys. '.repeat(10)}\u0007\u000b`)).warnings).toEqual([]);
  });

  it('isBlank sees invisible characters as blank', () => {
    expect([isBlank(''), isBlank('\u2060\ufeff \n'), isBlank(' a ')]).toEqual([true, true, false]);
  });
});

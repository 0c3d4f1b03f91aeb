import { describe, expect, it } from 'vitest';
import { printable } from './printable.ts';

describe('printable', () => {
  it.each([
    ['plain name.txt', 'plain name.txt'],
    ['café 🎉.txt', 'café 🎉.txt'],
    ['a\nrefused: b.txt', 'a\\nrefused: b.txt'],
    ['tab\there\r', 'tab\\there\\r'],
    ['\u001b[31mred', '\\x1b[31mred'],
    ['line\u2028sep', 'line\\u2028sep'],
    ['evil\u202etxt.exe', 'evil\\u202etxt.exe'],
  ])('%j → %j', (input, expected) => {
    expect(printable(input)).toBe(expected);
  });
});

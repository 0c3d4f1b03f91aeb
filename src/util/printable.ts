// File names reach stderr and content/report.md, and a file name may hold a
// newline or a terminal escape: `a\nrefused: b.txt: ...` would forge a line
// of the report. Every line written from a name goes through printable().

// Note: C0 and C1 controls, DEL, the line and paragraph separators, and the bidirectional overrides
// (which can make a name read backwards in a terminal).
const unsafe = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

/** `text` with each control character written as an escape (`\n`, `\t`, `\x1b`, `\u2028`), so it stays one line and prints as it is. */
export function printable(text: string): string {
  return text.replace(unsafe, (c) => {
    const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
    const code = c.codePointAt(0)!;
    return named[c] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
  });
}

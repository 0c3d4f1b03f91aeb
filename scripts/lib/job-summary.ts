// The Markdown a CI job summary shows for a generate run that stopped: each
// refused seed or unlisted folder with its reason, as generate printed them.
// Names are already one line each (printable); here every Markdown character
// is escaped too, so that a seed named `[x](javascript:…)` or `# Title`
// shows as written and formats nothing.

/** The summary for generate's stderr `log`; empty when it names no refused seed or unlisted folder. */
export function jobSummary(log: string): string {
  const lines = log.split('\n').filter((l) => /^(?:refused|unlisted): /.test(l));
  const verdict = log.split('\n').filter((l) => /^generate: .*(?:refused|cannot be listed|another generate run)/.test(l));
  if (!lines.length && !verdict.length) return '';
  return ['### Generation stopped: the site was not deployed', '', ...verdict.map((l) => `**${escapeMarkdown(l)}**`), '', ...lines.map((l) => `- ${escapeMarkdown(l)}`), ''].join('\n');
}

/** `text` with each ASCII punctuation character Markdown could read backslash-escaped. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&"'=:/]/g, (c) => `\\${c}`);
}

// Minimal flag parsing for the CLI shells: `--name value` and `--flag`.

/** Parses argv into flags; throws naming the flag when it is unknown or lacks its value. */
export function parseArgs(argv: string[], spec: Record<string, 'string' | 'boolean'>): Record<string, string | boolean> {
  const out: Record<string, string | boolean> = Object.create(null);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const name = a.replace(/^--/, '');
    if (!a.startsWith('--') || !Object.hasOwn(spec, name)) throw new Error(`unknown argument \`${a}\`, expected ${Object.keys(spec).map((k) => `--${k}`).join(', ')}`);
    if (spec[name] === 'boolean') out[name] = true;
    else {
      const value = argv[++i];
      if (value === undefined || value.startsWith('--')) throw new Error(`--${name} needs a value`);
      out[name] = value;
    }
  }
  return out;
}

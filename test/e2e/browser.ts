// Debian's chromium driven by playwright-core: no browser download needed.
import { chromium, type Browser } from 'playwright-core';

/** Flags that keep headless Chromium quiet and offline in CI containers. */
const args = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Launches Chromium from CHROMIUM_PATH, default `/usr/bin/chromium`. */
export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args });
}

// Test support: Debian's Chromium, headless, driven by playwright-core.

import { chromium } from 'playwright-core';

/** Launches /usr/bin/chromium headless with the flags a container needs; close it when done. */
export function launchChromium() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
  });
}

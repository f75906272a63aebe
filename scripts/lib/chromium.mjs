// Debian's Chromium, as the browser tests and the build's diagram renderer launch it through
// playwright-core (`npx playwright install` cannot download browsers here).

/** The browser's executable; CHROMIUM_PATH overrides it. */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Headless, and nothing that reaches the network by itself. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

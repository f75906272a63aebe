// Debian's Chromium, as the build's diagram renderer, the PDF printer, the screenshots and the
// browser tests launch it through playwright-core (`npx playwright install` cannot download
// browsers here).

/**
 * The browser as readers have it: Debian's `chromium`. It draws the diagrams at build time and
 * prints the PDFs, because its text measurements are the ones the site is laid out with: in a
 * document whose language is Chinese it sets Latin letters of a generic `sans-serif` in the
 * Chinese font (its per-script font settings), where the headless shell, which has no such
 * settings, takes DejaVu Sans, about 5% wider, and a diagram's boxes would no longer fit the
 * labels a reader sees. CHROMIUM_PATH overrides it.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/**
 * The browser the tests drive: Debian's `chromium-headless-shell`, the same Blink, V8 and
 * version as `chromium` without the browser's user interface, as Playwright itself runs
 * headless tests. The full browser starts UI processes for every launch and spends CPU on its
 * own frames: the browser tests took 534 s with it and 345 s with the shell on this machine, the
 * same 213 tests passing. The site sets its own fonts, so its pages lay out the same in both
 * (checked with DevTools' platform fonts on a lesson). TEST_CHROMIUM_PATH overrides it, and
 * CHROMIUM_PATH alone (a machine with only Chrome) sets both.
 */
export const TEST_CHROMIUM = process.env.TEST_CHROMIUM_PATH || process.env.CHROMIUM_PATH || '/usr/bin/chromium-headless-shell';

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

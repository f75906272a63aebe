// What the screenshot scripts share: where the PNGs go, and one fresh tab for each colour mode
// at each width, so that every picture shows a page as a reader arriving in that mode sees it.
import fs from 'node:fs';
import {openPage, startSite} from '../../tests/e2e/harness.mjs';
import {CHROMIUM} from './chromium.mjs';

export const OUT = 'test-results/screenshots';
const VIEWPORTS = {desktop: {width: 1280, height: 900}, phone: {width: 390, height: 844}};

/**
 * Serves the built site and calls `shoot({page, file})` in a new tab for light and dark mode at
 * desktop and phone width; `file(name)` is the PNG path for a picture named `name` in that view.
 */
export async function inEveryView(shoot) {
  fs.mkdirSync(OUT, {recursive: true});
  // The reader's browser, not the tests' headless shell: pictures show what a reader sees.
  const site = await startSite({executablePath: CHROMIUM});
  try {
    for (const colorScheme of ['light', 'dark']) {
      for (const [width, viewport] of Object.entries(VIEWPORTS)) {
        const {page, context} = await openPage(site, {colorScheme, viewport});
        await shoot({site, page, file: (name) => `${OUT}/${name}-${colorScheme}-${width}.png`});
        await context.close();
      }
    }
  } finally {
    await site.close();
  }
}

#!/usr/bin/env node
// Screenshots of the built site for a human look: each given page (default: home, a chapter
// overview and the model lesson) in light and dark mode, at desktop and phone (390 px) widths.
// Usage: node scripts/screenshots.mjs [path …]  →  test-results/screenshots/*.png
import fs from 'node:fs';
import {openPage, startSite, visit} from '../tests/e2e/harness.mjs';

const OUT = 'test-results/screenshots';
const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['', 'docs/transformer', 'docs/transformer/attention'];
const VIEWPORTS = {desktop: {width: 1280, height: 900}, phone: {width: 390, height: 844}};

fs.mkdirSync(OUT, {recursive: true});
const site = await startSite();
try {
  for (const path of paths) {
    for (const colorScheme of ['light', 'dark']) {
      for (const [name, viewport] of Object.entries(VIEWPORTS)) {
        const {page, context} = await openPage(site, {colorScheme, viewport});
        await visit(page, site, path);
        await page.waitForLoadState('networkidle');
        const file = `${OUT}/${path.replace(/\//g, '_') || 'home'}-${colorScheme}-${name}.png`;
        await page.screenshot({path: file, fullPage: process.env.FULL_PAGE === '1'});
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        console.log(`${file}${overflow > 0 ? `  (page is ${overflow}px wider than the screen)` : ''}`);
        await context.close();
      }
    }
  }
} finally {
  await site.close();
}

#!/usr/bin/env node
// Screenshots of the built site for a human look: each given page (default: home, a chapter
// overview and the model lesson) in light and dark mode, at desktop and phone (390 px) widths.
// Usage: node scripts/screenshots.mjs [path …]  →  test-results/screenshots/*.png
import {visit, waitForQuietNetwork} from '../tests/e2e/harness.mjs';
import {inEveryView} from './lib/screenshots.mjs';

const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['', 'docs/transformer', 'docs/transformer/attention'];

await inEveryView(async ({site, page, file}) => {
  for (const path of paths) {
    await visit(page, site, path);
    await waitForQuietNetwork(page);
    const png = file(path.replace(/\//g, '_') || 'home');
    await page.screenshot({path: png, fullPage: process.env.FULL_PAGE === '1'});
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    console.log(`${png}${overflow > 0 ? `  (page is ${overflow}px wider than the screen)` : ''}`);
  }
});

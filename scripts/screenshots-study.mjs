#!/usr/bin/env node
// Screenshots of studying with the site, for a human look: the home page with reading progress
// (已读 N/M on the chapter cards, 继续阅读) and the offline-save flow before, while and after
// saving, in light and dark mode at desktop and phone (390 px) widths.
// Usage: node scripts/screenshots-study.mjs  →  test-results/screenshots/study-*.png
import {visit, waitForCondition} from '../tests/e2e/harness.mjs';
import {inEveryView} from './lib/screenshots.mjs';

// Two lessons of chapter 02 read to their end; the second is where 继续阅读 leads.
const READ = ['docs/moe/gshard', 'docs/moe/switch-transformer'];

await inEveryView(async ({site, page, file}) => {
  const shot = async (name, locator) => {
    const png = file(`study-${name}`);
    await (locator ?? page).screenshot({path: png});
    console.log(png);
  };
  for (const lesson of READ) {
    await visit(page, site, lesson);
    await page.getByRole('button', {name: '标记为已读'}).scrollIntoViewIfNeeded();
    // The button sits at the end: reaching it marks the lesson read.
    await waitForCondition(page, () => document.querySelector('[data-lesson-id] button')?.getAttribute('aria-pressed') === 'true');
  }
  await visit(page, site, '');
  await page.getByRole('link', {name: /继续阅读/}).waitFor();
  await shot('home-progress');
  await shot('chapter-cards', page.locator('section[aria-labelledby="chapters"]'));
  const saveButton = page.getByRole('button', {name: '保存全部课程供离线阅读'});
  await saveButton.scrollIntoViewIfNeeded();
  await page.getByText(/需要下载约 [\d.]+ MB/).waitFor();
  const offline = page.locator('section[aria-labelledby="study"]');
  await shot('offline-before', offline);
  await saveButton.click();
  await page.getByRole('progressbar', {name: '保存进度'}).waitFor();
  await shot('offline-saving', offline);
  await page.getByText('已保存，可离线阅读').waitFor({timeout: 240_000});
  await shot('offline-saved', offline);
});

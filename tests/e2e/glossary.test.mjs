// The glossary in real Chromium: the /glossary page (every entry anchored, readable without
// JavaScript, re-sortable with it) and the term cards in lessons (Tab reaches a term and its card
// opens, Escape closes it, hover and a tap open it, the page does not move). axe runs on what
// every-page.test.mjs cannot see, in light and dark mode: the sort controls and a re-sorted
// list, and an open card (every-page checks the whole glossary page and every lesson as loaded).
import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {assertClean, axeViolations, describeViolations, openPage, startSite, visit} from './harness.mjs';

const LESSON = 'docs/transformer/attention';
const TERM = 'article [data-glossary-term] > a';

let site;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

/** axe's WCAG A/AA rules find nothing in the parts of the page the selectors name. */
async function assertAxe(page, where, ...selectors) {
  const violations = await axeViolations(page, {include: selectors});
  assert.equal(violations.length, 0, `${where}: axe:\n${describeViolations(violations)}`);
}

/** The open card's id, or null. */
const openCard = (page) => page.evaluate(() => document.querySelector('[popover]:popover-open')?.id ?? null);

describe('the glossary page', () => {
  it('lists at least 200 entries, each with its own anchor, names, definition and lesson link, without JavaScript', async () => {
    const {page, context} = await openPage(site, {javaScriptEnabled: false});
    await page.goto(`${site.server.url}glossary`);
    const entries = await page.$$eval('main article', (articles) =>
      articles.map((a) => ({
        id: a.querySelector('h3')?.id,
        names: a.querySelector('h3')?.textContent,
        definition: a.querySelector('p:not([class*="meta"]):not([class*="spellings"])')?.textContent ?? '',
        lesson: a.querySelector('a[href*="/docs/"]')?.getAttribute('href') ?? '',
      })),
    );
    assert.ok(entries.length >= 200, `${entries.length} entries`);
    assert.equal(new Set(entries.map((e) => e.id)).size, entries.length, 'anchors are unique');
    for (const e of entries) {
      assert.match(e.id, /^[a-z0-9]+(-[a-z0-9]+)*$/, `anchor ${e.id}`);
      assert.ok(e.definition.length > 10, `${e.id} has a definition`);
      assert.match(e.lesson, /\/docs\/[^#]+#.+/, `${e.id} links to a heading of its lesson`);
    }
    const kv = entries.find((e) => e.id === 'kv-cache');
    assert.match(kv.names, /KV 缓存.*KV cache/);
    // The chapter sections the chapter overviews link to; no sort controls without JavaScript.
    assert.equal(await page.locator('h2#chapter-01-transformer').count(), 1);
    assert.equal(await page.locator('input[name="glossary-order"]').count(), 0);
    await context.close();
  });

  it('re-sorts by pinyin and A–Z, keeping every anchor, and passes axe in light and dark mode', async () => {
    for (const colorScheme of ['light', 'dark']) {
      const viewport = colorScheme === 'dark' ? {width: 390, height: 844} : {width: 1280, height: 900};
      const {page, context, record} = await openPage(site, {colorScheme, viewport});
      await visit(page, site, 'glossary#kv-cache');
      const target = await page.locator('h3#kv-cache').boundingBox();
      assert.ok(target.y >= 0 && target.y < viewport.height, `#kv-cache is scrolled into view: ${JSON.stringify(target)}`);
      const firstGroup = () => page.locator('main section h2').first().textContent();
      assert.match(await firstGroup(), /^第 1 章/);
      const count = await page.locator('main article').count();
      await page.getByRole('radio', {name: '按拼音'}).check();
      assert.match(await firstGroup(), /^A/);
      assert.equal(await page.locator('main article').count(), count);
      await page.getByRole('radio', {name: '按英文 A–Z'}).check();
      assert.match(await firstGroup(), /^A/);
      assert.equal(await page.locator('main article h3#kv-cache').count(), 1);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `the page is ${overflow}px wider than the screen`);
      await assertAxe(page, `glossary sorted A–Z (${colorScheme})`, 'main fieldset', 'main nav', 'main section:first-of-type');
      assertClean(record, `glossary (${colorScheme})`);
      await context.close();
    }
  });
});

describe('term cards in a lesson', () => {
  it('Tab reaches a term and opens its card, Tab goes on into the card, Escape closes it; nothing moves', async () => {
    const {page, context, record} = await openPage(site);
    await visit(page, site, LESSON);
    const term = page.locator(TERM).first();
    const cardId = await term.getAttribute('aria-describedby');
    assert.match(await term.getAttribute('href'), /\/glossary#[a-z0-9-]+$/);
    // Focus whatever comes just before the term in tab order, then press Tab.
    await term.evaluate((el) => {
      const focusable = [...document.querySelectorAll('a[href], button, input, [tabindex="0"]')].filter((e) => e.offsetParent);
      focusable[focusable.indexOf(el) - 1].focus();
    });
    const next = term.locator('xpath=ancestor::p/following-sibling::*[1]');
    const before = await next.boundingBox();
    await page.keyboard.press('Tab');
    assert.ok(await term.evaluate((el) => el === document.activeElement), 'Tab lands on the term');
    await page.locator(`#${cardId}`).waitFor({state: 'visible'});
    assert.equal(await openCard(page), cardId);
    assert.deepEqual(await next.boundingBox(), before, 'the paragraph after the term did not move');
    // The card is described to screen readers and holds a link to the lesson that teaches the term.
    assert.match(await page.locator(`#${cardId}`).textContent(), /中讲解$/);
    await page.keyboard.press('Tab');
    assert.ok(await page.evaluate((id) => document.getElementById(id).contains(document.activeElement), cardId), 'focus moves into the card');
    assert.equal(await openCard(page), cardId, 'the card stays open while the focus is in it');
    await page.keyboard.press('Escape');
    assert.equal(await openCard(page), null);
    assert.ok(await term.evaluate((el) => el === document.activeElement), 'Escape returns the focus to the term');
    assertClean(record, 'keyboard');
    await context.close();
  });

  it('hovering opens the card and moving away closes it; axe passes on the open card (light, 1280 px)', async () => {
    const {page, context, record} = await openPage(site);
    await visit(page, site, LESSON);
    const term = page.locator(TERM).nth(1);
    const cardId = await term.getAttribute('aria-describedby');
    await term.hover();
    await page.locator(`#${cardId}`).waitFor({state: 'visible'});
    await assertAxe(page, 'open card (light)', `#${cardId}`);
    await page.mouse.move(5, 5);
    await page.locator(`#${cardId}`).waitFor({state: 'hidden'});
    assertClean(record, 'hover');
    await context.close();
  });

  it('a tap at 390 px opens the card on screen instead of leaving the page; axe passes on it in dark mode', async () => {
    const {page, context, record} = await openPage(site, {colorScheme: 'dark', viewport: {width: 390, height: 844}, hasTouch: true, isMobile: true});
    await visit(page, site, LESSON);
    const term = page.locator(TERM).first();
    const cardId = await term.getAttribute('aria-describedby');
    const url = page.url();
    await term.scrollIntoViewIfNeeded();
    await term.tap();
    const card = page.locator(`#${cardId}`);
    await card.waitFor({state: 'visible'});
    assert.equal(page.url(), url, 'the first tap does not follow the link');
    const box = await card.boundingBox();
    assert.ok(box.x >= 0 && box.x + box.width <= 390, `the card fits the screen: ${JSON.stringify(box)}`);
    await assertAxe(page, 'open card (dark, 390 px)', `#${cardId}`);
    // A tap elsewhere closes it.
    await page.locator('article h1').tap();
    await card.waitFor({state: 'hidden'});
    assertClean(record, 'tap');
    await context.close();
  });

  it('without JavaScript a term is a plain link to its glossary entry, and its card stays hidden', async () => {
    const {page, context} = await openPage(site, {javaScriptEnabled: false});
    await page.goto(`${site.server.url}${LESSON}`);
    const term = page.locator(TERM).first();
    const href = await term.getAttribute('href');
    assert.ok(await term.isVisible());
    assert.equal(await page.locator(`#${await term.getAttribute('aria-describedby')}`).isVisible(), false);
    await term.click();
    await page.waitForURL(/\/glossary#/);
    assert.ok(page.url().endsWith(href.replace(/^.*\/glossary/, '/glossary')));
    await context.close();
  });
});

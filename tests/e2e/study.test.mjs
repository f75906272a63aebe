// Studying with the site, in real Chromium: reading progress kept in the browser (a lesson read
// by reaching its end or by its button, the counts on the home page and the chapter overview,
// the sidebar's checks, 继续阅读, export → clear → import), and offline reading (保存全部课程,
// then lessons never opened load offline with formulas, diagrams, code and search; a new
// deployment brings 有新版本 and is served after the reload).
//
// Runs against a copy of the build, so that the last test can deploy a changed version in place.
import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {createHash} from 'node:crypto';
import {assertClean, openPage, startSite, visit, waitForCondition} from './harness.mjs';
import {BUILD_DIR} from '../../scripts/lib/site.mjs';

// Pages of chapter 02 (MoE) the progress tests read, and a lesson that is never opened before
// the offline test (formulas, a diagram, code, a widget and a lecture).
const READ_BY_SCROLLING = 'docs/moe/gshard';
const READ_BY_BUTTON = 'docs/moe/switch-transformer';
const NEVER_OPENED = 'docs/transformer/attention';
const chapters = JSON.parse(fs.readFileSync('.docusaurus/course-catalog/default/chapters.json', 'utf8'));
const moe = chapters.find((c) => c.folder === '02-moe');
const lessonAt = (p) => moe.lessons.find((l) => l.permalink.endsWith(p.replace(/^docs/, '')));

let dir;
let site;
before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'study-site-'));
  fs.cpSync(BUILD_DIR, dir, {recursive: true});
  site = await startSite({dir});
});
after(async () => {
  await site?.close();
  if (dir) fs.rmSync(dir, {recursive: true, force: true});
});

const toggle = (page) => page.getByRole('button', {name: '标记为已读'});
const pressed = (page) => toggle(page).getAttribute('aria-pressed');

describe('reading progress', () => {
  let session;
  before(async () => {
    session = await openPage(site, {serviceWorkers: 'allow'});
  });
  after(() => session.context.close());

  it('marks a lesson read when the reader reaches its end, and shows it in the sidebar', async () => {
    const {page} = session;
    await visit(page, site, READ_BY_SCROLLING);
    assert.equal(await pressed(page), 'false');
    await page.locator('[data-lesson-id]').scrollIntoViewIfNeeded();
    await waitForCondition(page, () => document.querySelector('[data-lesson-id] button')?.getAttribute('aria-pressed') === 'true');
    const title = lessonAt(READ_BY_SCROLLING).title;
    // Screen readers hear the check as 已读.
    await page.getByRole('link', {name: new RegExp(`^${title}\\s*（已读）$`)}).waitFor();
  });

  it('unmarks and marks a lesson with 标记为已读, and keeps the heading the reader reached', async () => {
    const {page} = session;
    await visit(page, site, READ_BY_BUTTON);
    const title = lessonAt(READ_BY_BUTTON).title;
    // The button sits at the end, so reaching it has marked the lesson read.
    await toggle(page).scrollIntoViewIfNeeded();
    await waitForCondition(page, () => document.querySelector('[data-lesson-id] button')?.getAttribute('aria-pressed') === 'true');
    await toggle(page).click();
    assert.equal(await pressed(page), 'false');
    assert.equal(await page.getByRole('link', {name: new RegExp(`^${title}\\s*（已读）$`)}).count(), 0);
    // Unmarked by hand: scrolling past the end again does not overrule the reader.
    await page.evaluate(() => window.scrollTo(0, 0));
    await toggle(page).scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    assert.equal(await pressed(page), 'false');
    await toggle(page).click();
    assert.equal(await pressed(page), 'true');
    await page.getByRole('link', {name: new RegExp(`^${title}\\s*（已读）$`)}).waitFor();
    // Reading in the middle of the lesson.
    const heading = page.locator('article .markdown h2[id]').nth(2);
    const headingId = await heading.getAttribute('id');
    await heading.evaluate((el) => el.scrollIntoView({block: 'start'}));
    await page.mouse.wheel(0, 10);
    await waitForCondition(page, (id) => JSON.parse(localStorage.getItem('llm-algo-data-course:progress'))?.last?.heading === id, headingId);
    session.headingId = headingId;
  });

  it('counts the chapter on the home page and on its overview, and offers 继续阅读 at that heading', async () => {
    const {page, record} = session;
    const total = moe.lessons.length + moe.practice.length;
    await visit(page, site, '');
    const card = page.locator('section[aria-labelledby="chapters"] li', {hasText: moe.title});
    await card.getByText(`已读 2/${total}`).waitFor();
    // Other chapters show what they have: nothing read yet.
    await page.locator('section[aria-labelledby="chapters"] li', {hasText: chapters[0].title}).getByText(`已读 0/`).waitFor();
    const resume = page.getByRole('link', {name: `继续阅读：《${lessonAt(READ_BY_BUTTON).title}》`});
    assert.ok(decodeURIComponent(await resume.getAttribute('href')).endsWith(`switch-transformer#${session.headingId}`));
    await resume.click();
    await page.waitForURL(/switch-transformer#/);
    await waitForCondition(
      page,
      (id) => Math.abs(document.getElementById(id).getBoundingClientRect().top) < 200,
      session.headingId,
    );
    await visit(page, site, 'docs/moe');
    await page.locator('article').getByText(`已读 2/${total}`).waitFor();
    assert.equal(await page.locator('article table td').filter({hasText: '✓ 已读'}).count(), 2);
    assertClean(record, 'progress');
  });

  it('exports the record, clears it, and imports it again (and rejects a file that is not one)', async () => {
    const {page, record} = session;
    await visit(page, site, '');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', {name: '导出学习记录'}).click()]);
    const file = await download.path();
    const exported = JSON.parse(fs.readFileSync(file, 'utf8'));
    assert.equal(exported.format, 'llm-algo-data-course/progress');
    assert.deepEqual(Object.keys(exported.read).sort(), [lessonAt(READ_BY_SCROLLING).id, lessonAt(READ_BY_BUTTON).id].sort());

    await page.getByRole('button', {name: '清除学习记录'}).click();
    await page.getByRole('button', {name: '确定清除'}).click();
    await page.getByText('已清除这个浏览器里的学习记录。').waitFor();
    assert.equal(await page.getByText(/已读 \d+\/\d+$/).count(), 0, 'no chapter counts left');
    assert.equal(await page.getByRole('link', {name: /继续阅读/}).count(), 0);

    const input = page.locator('input[type="file"]');
    await input.setInputFiles({name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"read": {}}')});
    await page.getByText('无法导入“notes.json”：文件不是本课程导出的学习记录。').waitFor();
    await input.setInputFiles(file);
    await page.getByText('已导入 2 节的已读记录').waitFor();
    await page.locator('section[aria-labelledby="chapters"] li', {hasText: moe.title}).getByText(`已读 2/`).waitFor();
    await page.getByRole('link', {name: /继续阅读/}).waitFor();
    assertClean(record, 'export and import');
  });

  it('offline, reopens a lesson opened before, and says a page never opened is not saved', async () => {
    const {page, context, record} = session;
    const opened = new URL(READ_BY_BUTTON + '.html', site.server.url).href;
    await waitForCondition(page, async (url) => Boolean(await caches.match(url)), opened);
    await context.setOffline(true);
    try {
      await visit(page, site, READ_BY_BUTTON);
      assert.ok((await page.locator('article .katex').count()) > 5, 'KaTeX output');
      assert.equal(await pressed(page), 'true');
      await page.goto(site.server.url + 'docs/data-engine/overview');
      await page.getByRole('heading', {name: '这一页还没有保存到本机'}).waitFor();
    } finally {
      await context.setOffline(false);
    }
    assertClean(record, 'offline, opened pages only');
  });
});

describe('offline reading', () => {
  let session;
  before(async () => {
    session = await openPage(site, {serviceWorkers: 'allow'});
  });
  after(() => session.context.close());

  it('saves the whole course, showing its size first and the progress while saving', async () => {
    const {page, record} = session;
    await visit(page, site, '');
    const size = page.getByText(/需要下载约 [\d.]+ MB，在本机占用约 [\d.]+ MB/);
    await size.waitFor();
    const [, download, stored] = /下载约 ([\d.]+) MB，在本机占用约 ([\d.]+) MB/.exec(await size.innerText());
    const started = Date.now();
    await page.getByRole('button', {name: '保存全部课程供离线阅读'}).click();
    await page.getByRole('progressbar', {name: '保存进度'}).waitFor();
    await page.getByText('已保存，可离线阅读').waitFor({timeout: 240000});
    console.log(`summary: offline copy: ${stored} MB stored, about ${download} MB to download, saved in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    assertClean(record, 'saving');
  });

  it('offline, opens a lesson never opened before, with formulas, diagrams, code, search, and a player that says it needs the network', async () => {
    const {page, context, record} = session;
    await context.setOffline(true);
    try {
      await visit(page, site, NEVER_OPENED);
      assert.ok((await page.locator('article .katex').count()) > 5, 'KaTeX output');
      assert.ok(await page.evaluate(() => document.fonts.ready.then(() => document.fonts.check('16px KaTeX_Main'))), 'KaTeX fonts');
      // Diagrams are drawn at build time: the saved page holds them.
      assert.ok((await page.locator('article [data-mermaid-svg] svg').count()) > 0, 'diagrams');
      assert.ok((await page.locator('article .code-html .token').count()) > 0, 'highlighted code');
      await page.getByText(/现在离线：讲座视频要联网才能从 B 站 播放/).waitFor();
      assert.ok(await page.getByRole('button', {name: /播放讲座/}).isDisabled());
      const box = page.locator('input.navbar__search-input').first();
      await box.click();
      await box.fill('注意力');
      await page.getByRole('option', {name: /Attention 注意力机制/}).first().waitFor();
      assertClean(record, 'offline');
    } finally {
      await context.setOffline(false);
    }
  });

  it('replaces the saved copy with a new deployment, without mixing versions, after 有新版本', async () => {
    const {page, record} = session;
    // Deploy: change one page, and the worker's record of it, as a new build would.
    const file = path.join(dir, `${NEVER_OPENED}.html`);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('</head>', '<meta name="deployment" content="2"></head>'));
    const sw = path.join(dir, 'sw.js');
    const build = JSON.parse(/^const BUILD = (.*);$/m.exec(fs.readFileSync(sw, 'utf8'))[1]);
    build.files[`${NEVER_OPENED}.html`][0] = createHash('sha256').update(fs.readFileSync(file)).digest('base64');
    build.version = `${build.version}-2`;
    fs.writeFileSync(sw, fs.readFileSync(sw, 'utf8').replace(/^const BUILD = .*;$/m, () => `const BUILD = ${JSON.stringify(build)};`));

    const deployment = () => page.evaluate(() => document.querySelector('meta[name="deployment"]')?.content ?? '1');
    // The next page load finds the new worker; until the reader accepts, the old version serves.
    await visit(page, site, NEVER_OPENED);
    await page.getByText('有新版本').waitFor();
    assert.equal(await deployment(), '1');
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', {name: '重新载入'}).click()]);
    await page.waitForSelector('html[data-has-hydrated="true"]');
    assert.equal(await deployment(), '2');
    assert.equal(await page.getByText('有新版本').count(), 0);
    // The new version kept the whole course.
    await visit(page, site, '');
    await page.getByText('已保存，可离线阅读').waitFor();
    assertClean(record, 'update');
  });
});

describe('a browser that refuses service workers', () => {
  it('reads the course as without offline reading, and says it cannot save it', async () => {
    const {page, context, record} = await openPage(site, {serviceWorkers: 'block'});
    try {
      await visit(page, site, '');
      await page.getByText('这个浏览器不能离线保存课程').waitFor();
      await visit(page, site, READ_BY_SCROLLING);
      assert.ok((await page.locator('article .katex').count()) > 0, 'KaTeX output');
      assertClean(record, 'service workers refused');
    } finally {
      await context.close();
    }
  });
});

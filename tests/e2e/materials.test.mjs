// Each page's materials in real Chromium: a lesson's bar links the YouTube search for its title
// and its slides PDF without contacting either host; a chapter overview marks the lessons with
// slides; a 代码实践 page links its .py and .ipynb, which the site serves.
import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {assertClean, openPage, startSite, visit} from './harness.mjs';

const SLIDES = 'https://infrasys-ai.github.io/aiinfra-docs/_downloads/28900ae3769a7d5a409897975897b236/01MOEIntroducion.pdf';

let site;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

describe('lecture materials', () => {
  it('a lesson’s bar links the YouTube search for its title and its slides PDF, and loads neither', async () => {
    const {page, context, record} = await openPage(site, {viewport: {width: 390, height: 844}});
    await visit(page, site, 'docs/moe/moe-architecture');
    const bar = page.getByRole('region', {name: '讲座视频'});
    const search = new URL(await bar.getByRole('link', {name: '在 YouTube 搜索本讲'}).getAttribute('href'));
    assert.equal(search.origin + search.pathname, 'https://www.youtube.com/@ZOMI666/search');
    assert.equal(search.searchParams.get('query'), 'MoE 架构剖析');
    const slides = bar.getByRole('link', {name: '课件 PDF'});
    assert.equal(await slides.getAttribute('href'), SLIDES);
    assert.equal(await slides.getAttribute('type'), 'application/pdf');
    assertClean(record, 'lesson bar');
    await context.close();
  });

  it('a chapter overview marks which lessons have slides', async () => {
    const {page, context, record} = await openPage(site);
    await visit(page, site, 'docs/moe');
    const table = page.locator('table', {has: page.locator('caption', {hasText: '讲座'})});
    assert.equal(await table.getByRole('columnheader', {name: '课件'}).count(), 1);
    assert.equal(await table.getByRole('link', {name: 'MoE 架构剖析 的课件 PDF'}).getAttribute('href'), SLIDES);
    // 02-07 (GLaM 与 ST-MoE) has no published slides: 12 of the chapter's 13 lessons link some.
    assert.equal(await table.getByRole('link', {name: /的课件 PDF$/}).count(), 12);
    assertClean(record, 'chapter overview');
    await context.close();
  });
});

describe('代码实践 downloads', () => {
  it('a practice page links its .py and .ipynb, and the site serves them', async () => {
    const {page, context, record} = await openPage(site);
    await visit(page, site, 'docs/transformer/practice/mini-transformer');
    const expected = [
      ['下载代码（.py）', 'ch01-practice-01-mini-transformer.py', /^text\/x-python/],
      ['下载 Notebook（.ipynb）', 'ch01-practice-01-mini-transformer.ipynb', /^application\/x-ipynb\+json/],
    ];
    for (const [name, file, type] of expected) {
      const link = page.getByRole('link', {name});
      assert.equal(await link.getAttribute('download'), file);
      const response = await page.request.get(new URL(await link.getAttribute('href'), page.url()).href);
      assert.equal(response.status(), 200, `${name}: HTTP status`);
      assert.match(response.headers()['content-type'], type, `${name}: content type`);
      const body = await response.text();
      if (file.endsWith('.py')) assert.match(body, /^#!\/usr\/bin\/env python3\n[\s\S]*\nimport torch\n/);
      else assert.equal(JSON.parse(body).nbformat, 4);
    }
    assertClean(record, 'practice page');
    await context.close();
  });
});

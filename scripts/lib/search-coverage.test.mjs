// The coverage check against Pagefind itself: the pinned Pagefind indexes two small pages, one
// with a print-only <p> left open the way the minifier leaves it, one with a print-only <div>.
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {coverageProblem, expectedChars, readFragment} from './search-coverage.mjs';

const OPTIONS = {rootSelector: 'main', excludeSelectors: ['.print-only']};
const BODY = '<p>第一段讲缩放点积注意力为什么要除以根号 d。<p>第二段讲掩码如何让解码器只看见前面的词元。';
const PAGES = {
  '/open-p': `<html lang="zh"><body><main><h1>注意力</h1><p class="print-only">讲座视频：https://example.org/v${BODY}</main></body></html>`,
  '/div': `<html lang="zh"><body><main><h1>注意力</h1><div class="print-only">讲座视频：https://example.org/v</div>${BODY}</main></body></html>`,
};

/** A fragment's text without the zero-width spaces Pagefind puts between the words it segmented. */
const textOf = (url) => fragments.get(url).content.replace(/\u200b/g, '');

let pagefind;
const fragments = new Map();
beforeAll(async () => {
  pagefind = await import(path.resolve('node_modules/pagefind/lib/index.js'));
  const {index} = await pagefind.createIndex(OPTIONS);
  for (const [url, content] of Object.entries(PAGES)) await index.addHTMLFile({url, content});
  const {files} = await index.getFiles();
  for (const file of files.filter((f) => f.path.startsWith('fragment/'))) {
    const fragment = readFragment(Buffer.from(file.content));
    fragments.set(fragment.url, fragment);
  }
});
afterAll(() => pagefind?.close());

describe('search coverage', () => {
  it('counts the text outside the excluded parts, as an HTML parser closes elements', () => {
    expect(expectedChars(PAGES['/open-p'], OPTIONS)).toBe(expectedChars(PAGES['/div'], OPTIONS));
    expect(expectedChars('<main>一 二<svg><text>图</text></svg><select><option>选</option></select><p class="print-only">印</main>', OPTIONS)).toBe(2);
  });

  it('names a page whose text an open print-only <p> hid from the index', () => {
    expect(textOf('/open-p')).toContain('注意力');
    expect(textOf('/open-p')).not.toContain('第一段');
    expect(coverageProblem(fragments.get('/open-p'), PAGES['/open-p'], OPTIONS)).toMatch(/^\/open-p: 搜索索引只收录了正文 \d+ 个字符中的 \d+ 个/);
  });

  it('passes a page whose print-only line is a <div>', () => {
    expect(textOf('/div')).toContain('第二段');
    expect(coverageProblem(fragments.get('/div'), PAGES['/div'], OPTIONS)).toBeNull();
  });
});

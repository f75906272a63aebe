// The course PDFs that `npm run pdf` printed into the build (npm test prints one chapter before
// the browser tests): each PDF's length fits its text, and its text, bookmarks and links are what
// a reader of paper needs. Read with poppler-utils (pdfinfo, pdftotext, pdftohtml), the way any
// PDF reader would see them.
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {BUILD_DIR} from '../../scripts/lib/site.mjs';

const plan = JSON.parse(fs.readFileSync(path.join(BUILD_DIR, 'pdf/plan.json'), 'utf8'));
const poppler = (tool, args) => execFileSync(tool, args, {encoding: 'utf8', maxBuffer: 256 * 1024 * 1024});
/** Text without any whitespace: pdftotext breaks lines (and so titles) where the page did. */
const squeeze = (s) => s.replace(/\s+/g, '');
const unescapeXml = (s) =>
  s.replace(/&(lt|gt|quot|apos|amp);/g, (_, e) => ({lt: '<', gt: '>', quot: '"', apos: "'", amp: '&'})[e]);
/**
 * A screen of a lesson (1280 × 900) shows about 1,000 characters of text; a page should hold one
 * or two screens. Measured: 1,100–1,400 characters a page (code and tables hold fewer).
 */
const CHARS_PER_PAGE = {min: 600, max: 2500};
const builtPage = (p) => fs.readFileSync(path.join(BUILD_DIR, `${p}.html`), 'utf8');

const printed = (spec) => fs.existsSync(path.join(BUILD_DIR, spec.file));

it('at least one PDF of the plan was printed', () => {
  assert.ok(plan.pdfs.some(printed), `${BUILD_DIR}/pdf 中没有 PDF：先运行 npm run pdf`);
});

for (const spec of plan.pdfs) {
  // npm test prints one chapter; `npm run pdf` (and the deploy) prints them all.
  describe(spec.file, {skip: !printed(spec) && '没有打印（npm run pdf 会打印它）'}, () => {
    const file = path.join(BUILD_DIR, spec.file);

    const info = poppler('pdfinfo', [file]);
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)[1]);
    const text = poppler('pdftotext', ['-enc', 'UTF-8', file, '-']);
    const titles = spec.chapters.flatMap((c) => [`${c.label} ${c.title}`, ...c.pages.map((p) => p.title)]);

    it('has about a page per one or two screens of text, and is a tagged PDF', () => {
      const perPage = squeeze(text).length / pages;
      assert.ok(
        perPage >= CHARS_PER_PAGE.min && perPage <= CHARS_PER_PAGE.max,
        `${pages} 页，平均每页 ${Math.round(perPage)} 个字符`,
      );
      assert.match(info, /^Tagged:\s+yes/m);
    });

    it('holds every lesson title, and formulas rendered rather than TeX', () => {
      const flat = squeeze(text);
      assert.deepEqual(titles.filter((t) => !flat.includes(squeeze(t))), []);
      for (const tex of ['$$', '\\frac', '\\begin{']) assert.ok(!text.includes(tex), `PDF 中有未渲染的 TeX：${tex}`);
    });

    it('names the build on its cover, and prints addresses instead of the player, the slides link and the widgets', () => {
      assert.ok(/构建于 \d{4}-\d\d-\d\d · 提交 [0-9a-f]{7,}/.test(text), '封面上没有构建日期和提交');
      // Every lesson with a lecture video, and every widget, has its address on paper.
      const pages = spec.chapters.flatMap((c) => [c.path, ...c.pages.map((p) => p.path)]).map(builtPage);
      const count = (s, re) => s.match(re)?.length ?? 0;
      const videos = pages.filter((html) => html.includes('在 B 站观看')).length;
      assert.equal(count(text, /讲座视频（B 站）：https:\/\/www\.bilibili\.com\/video\/BV\w+/g), videos);
      const widgets = pages.reduce((n, html) => n + count(html, /上面是交互组件的初始状态/g), 0);
      assert.equal(count(squeeze(text), /上面是交互组件的初始状态/g), widgets);
      const slides = pages.filter((html) => html.includes('>课件 PDF<')).length;
      assert.equal(count(text, /课件（PDF）：https:\/\//g), slides);
      // The text breaks a long address across lines (and pdftotext then drops a hyphen at the
      // break), so the addresses themselves are read from the PDF's link annotations.
      const linked = new Set(
        [...poppler('pdftohtml', ['-xml', '-i', '-stdout', file]).matchAll(/<a href="(https:[^"]*)"/g)].map((m) => unescapeXml(m[1])),
      );
      const addresses = pages.flatMap((html) =>
        [...html.matchAll(/<a href="?(https:[^"\s>]+)"?[^>]*>(?:在 B 站观看|课件 PDF)</g)].map((m) => unescapeXml(m[1])),
      );
      assert.equal(addresses.length, videos + slides);
      assert.deepEqual(addresses.filter((a) => !linked.has(a)), [], 'addresses of videos and slides that the PDF does not link');
      for (const onScreen of ['播放讲座', '在 YouTube 搜索本讲', '报告勘误', '编辑此页', '本页总览', '下载本章 PDF', '记为已读']) {
        assert.ok(!text.includes(onScreen), `PDF 中有只属于屏幕的内容：${onScreen}`);
      }
    });

    it('has the titles as bookmarks and a table of contents that jumps to them', () => {
      const xml = poppler('pdftohtml', ['-xml', '-i', '-stdout', '-f', '2', '-l', '3', file]);
      const bookmarks = new Map([...xml.matchAll(/<item page="(\d+)">([^<]*)<\/item>/g)].map((m) => [squeeze(unescapeXml(m[2])), Number(m[1])]));
      assert.deepEqual(titles.filter((t) => !bookmarks.has(squeeze(t))), []);
      // The first entry of the contents jumps to the page the first chapter's bookmark names.
      const firstJump = Number(/<a href="[^"#]*#(\d+)"/.exec(xml)?.[1]);
      assert.equal(firstJump, bookmarks.get(squeeze(titles[0])));
    });
  });
}

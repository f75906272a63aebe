import * as cheerio from 'cheerio';
import {describe, expect, it} from 'vitest';
import {printDocument, scopeSvg, sectionsOf} from './print-document.mjs';

const chapter = (label, title, path, pages) => ({label, title, description: `${title}。`, path, pages});
const ch1 = chapter('第 1 章', 'Transformer 架构', 'docs/transformer', [
  {title: 'Attention 注意力机制', path: 'docs/transformer/attention', kind: 'lesson'},
  {title: '迷你 Transformer', path: 'docs/transformer/practice/mini', kind: 'practice'},
]);
const ch2 = chapter('第 2 章', 'MoE 混合专家', 'docs/moe', [{title: 'GShard 解读', path: 'docs/moe/gshard', kind: 'lesson'}]);
const plan = {
  siteUrl: 'https://example.org/base/',
  courseTitle: '大模型算法与数据',
  tagline: '副标题',
  license: '内容以 CC BY 4.0 协议发布',
  pdfs: [
    {file: 'pdf/ch01-transformer.pdf', title: '第 1 章 Transformer 架构', chapters: [ch1]},
    {file: 'pdf/course.pdf', title: '大模型算法与数据', chapters: [ch1, ch2]},
  ],
};

const article = (title, body) =>
  `<div class="theme-doc-markdown markdown"><header><h1>${title}</h1></header>${body}</div>`;
const articles = new Map([
  ['docs/transformer', article('Transformer 架构', '<p><a href="/base/docs/transformer/attention">注意力</a></p>')],
  [
    'docs/transformer/attention',
    article(
      'Attention 注意力机制',
      '<h2 id="缩放">缩放<a href="#缩放" class="hash-link">​</a></h2>' +
        '<p><a href="#缩放">上文</a> <a href="/base/docs/transformer/practice/mini#第-1-步">实践</a> ' +
        '<a href="/base/docs/moe/gshard#路由">GShard</a> <a href="/base/docs/tags/attention">标签</a> ' +
        '<a href="https://arxiv.org/abs/1706.03762" target="_blank">论文</a></p>' +
        '<label for="w-in">输入</label><input id="w-in">' +
        '<svg><defs><marker id="arrow"></marker></defs><path marker-end="url(#arrow)"></path><a href="#arrow"></a></svg>' +
        '<details class="alert"><summary>答案</summary><div style="display:none">答案正文</div></details>' +
        '<h3 id="小结">小结</h3>',
    ),
  ],
  ['docs/transformer/practice/mini', article('迷你 Transformer', '<h2 id="第-1-步">第 1 步</h2><img loading="lazy" src="/base/img/a.svg">')],
  ['docs/moe', article('MoE 混合专家', '<h2 id="路由">路由</h2>')],
  ['docs/moe/gshard', article('GShard 解读', '<h2 id="路由">路由</h2>')],
]);

const render = (spec) =>
  cheerio.load(
    printDocument({
      plan,
      spec,
      articles,
      stylesheets: ['http://127.0.0.1:1/base/assets/css/styles.css'],
      css: '.x{}',
      build: {date: '2025-06-01', commit: 'abc1234'},
    }),
  );

describe('sectionsOf', () => {
  it('lists each chapter overview followed by its pages', () => {
    expect(sectionsOf(plan.pdfs[1]).map((s) => s.path)).toEqual([
      'docs/transformer',
      'docs/transformer/attention',
      'docs/transformer/practice/mini',
      'docs/moe',
      'docs/moe/gshard',
    ]);
  });
});

describe('scopeSvg', () => {
  it('prefixes every id and each reference to it: styles, markers, links and labels', () => {
    const svg =
      '<svg id="mermaid-0-light" aria-labelledby="chart-title-mermaid-0-light"><title id="chart-title-mermaid-0-light">图</title>' +
      '<style>#mermaid-0-light .node{fill:#fff}#mermaid-0-light{color:#333}</style>' +
      '<marker id="mermaid-0-light_pointEnd"></marker><path marker-end="url(#mermaid-0-light_pointEnd)"></path></svg>';
    expect(scopeSvg(svg, 'p3-')).toBe(
      '<svg id="p3-mermaid-0-light" aria-labelledby="p3-chart-title-mermaid-0-light"><title id="p3-chart-title-mermaid-0-light">图</title>' +
        '<style>#p3-mermaid-0-light .node{fill:#fff}#p3-mermaid-0-light{color:#333}</style>' +
        '<marker id="p3-mermaid-0-light_pointEnd"></marker><path marker-end="url(#p3-mermaid-0-light_pointEnd)"></path></svg>',
    );
  });
});

describe('printDocument', () => {
  it("titles a chapter's PDF with the course after it, and the course's PDF once", () => {
    expect(render(plan.pdfs[0])('title').text()).toBe('第 1 章 Transformer 架构 · 大模型算法与数据');
    expect(render(plan.pdfs[1])('title').text()).toBe('大模型算法与数据');
  });

  const $ = render(plan.pdfs[0]);
  const hrefOf = (text) => $('.print-page a').filter((_, a) => $(a).text() === text).attr('href');

  it('opens with a cover naming the chapter, the build date and commit, and a linked table of contents', () => {
    expect($('.print-cover-title').text()).toBe('第 1 章 Transformer 架构');
    expect($('.print-cover-meta').text()).toContain('构建于 2025-06-01 · 提交 abc1234');
    expect($('.print-cover-meta').text()).toContain('1 节讲座 · 1 篇代码实践');
    expect($('.print-cover-meta a').attr('href')).toBe('https://example.org/base/docs/transformer');
    expect($('.print-contents a').map((_, a) => `${$(a).text()} ${$(a).attr('href')}`).get()).toEqual([
      '本章概览 #p0',
      'Attention 注意力机制 #p1',
      '迷你 Transformer #p2',
    ]);
  });

  it('gives each page a sheet of its own, titled by its h1, the overview with its chapter number', () => {
    expect($('section.print-page').map((_, s) => $(s).attr('id')).get()).toEqual(['p0', 'p1', 'p2']);
    expect($('.print-page h1').map((_, h) => $(h).text()).get()).toEqual([
      '第 1 章 Transformer 架构',
      'Attention 注意力机制',
      '迷你 Transformer',
    ]);
  });

  it('makes ids unique and ASCII, and keeps labels pointing at their controls', () => {
    const ids = $('body [id]').filter((_, el) => $(el).closest('svg').length === 0).map((_, el) => el.attribs.id).get();
    expect(ids).toEqual(['p0', 'p1', 'p1-0', 'p1-1', 'p1-2', 'p2', 'p2-0']);
    expect($('label').attr('for')).toBe($('input').attr('id'));
  });

  it('points links inside the PDF at their targets in it, and every other link at the public site', () => {
    expect(hrefOf('注意力')).toBe('#p1');
    expect(hrefOf('上文')).toBe('#p1-0');
    expect(hrefOf('实践')).toBe('#p2-0');
    expect(hrefOf('GShard')).toBe('https://example.org/base/docs/moe/gshard#%E8%B7%AF%E7%94%B1');
    expect(hrefOf('标签')).toBe('https://example.org/base/docs/tags/attention');
    expect(hrefOf('论文')).toBe('https://arxiv.org/abs/1706.03762');
    expect($('.print-page a[target]')).toHaveLength(0);
  });

  it('scopes a diagram\'s own ids and references by its page, apart from the page\'s ids', () => {
    expect($('svg marker').attr('id')).toBe('p1-arrow');
    expect($('svg path').attr('marker-end')).toBe('url(#p1-arrow)');
    expect($('svg a').attr('href')).toBe('#p1-arrow');
  });

  it('opens answers, loads images at once and drops the heading anchors', () => {
    expect($('details').attr('open')).toBeDefined();
    expect($('img').attr('loading')).toBeUndefined();
    expect($('.hash-link')).toHaveLength(0);
  });

  it('links the site stylesheets and its own rules', () => {
    expect($('link[rel=stylesheet]').attr('href')).toBe('http://127.0.0.1:1/base/assets/css/styles.css');
    expect($('style').text()).toBe('.x{}');
  });

  it('in the course PDF puts chapters at the top level and moves lesson headings one level down', () => {
    const c = render(plan.pdfs[1]);
    expect(c('.print-cover-title').text()).toBe('全书');
    expect(c('.print-cover-meta').text()).toContain('2 章 · 2 节讲座 · 1 篇代码实践');
    expect(c('h1').map((_, h) => c(h).text()).get()).toEqual(['第 1 章 Transformer 架构', '第 2 章 MoE 混合专家']);
    expect(c('#p1 h2.print-h1').text()).toBe('Attention 注意力机制');
    expect(c('#p1 h3.print-h2').text()).toBe('缩放');
    // The overview's own sections stay under its chapter heading.
    expect(c('#p3 h2').text()).toBe('路由');
    // A link to another chapter now stays inside the PDF.
    expect(c('#p1 a').filter((_, a) => c(a).text() === 'GShard').attr('href')).toBe('#p4-0');
  });

  it('names the PDF and the page when an article is missing', () => {
    const missing = new Map(articles);
    missing.delete('docs/moe/gshard');
    expect(() => printDocument({plan, spec: plan.pdfs[1], articles: missing, stylesheets: [], css: '', build: {date: '', commit: ''}})).toThrow(
      'pdf/course.pdf: 缺少页面 docs/moe/gshard 的正文',
    );
  });
});

import {describe, expect, it} from 'vitest';
import type {ChapterEntry, LessonEntry} from './catalog';
import {COURSE_PDF, chapterPdf, pdfPlan} from './pdf';

const entry = (number: number, title: string, permalink: string): LessonEntry => ({
  id: `x-${number}`,
  key: `x/${number}`,
  number,
  title,
  description: `${title}的说明`,
  permalink,
  source: `docs/x/${number}.mdx`,
  prerequisites: [],
});

const chapters: ChapterEntry[] = [
  {
    number: 1,
    folder: '01-transformer',
    title: 'Transformer 架构',
    summary: '',
    description: '从注意力出发。',
    permalink: '/base/docs/transformer/',
    lessons: [entry(1, 'Transformer 基础结构', '/base/docs/transformer/basics'), entry(2, '分词', '/base/docs/transformer/tokenizer')],
    practice: [entry(1, '迷你 Transformer', '/base/docs/transformer/practice/mini')],
  },
  {
    number: 2,
    folder: '02-moe',
    title: 'MoE 混合专家',
    summary: '',
    description: '稀疏激活。',
    permalink: '/base/docs/moe/',
    lessons: [entry(1, 'MoE 架构剖析', '/base/docs/moe/intro')],
    practice: [],
  },
];
const site = {url: 'https://example.org', baseUrl: '/base/', title: '大模型算法与数据', tagline: '副标题', license: 'CC BY 4.0'};

describe('pdfPlan', () => {
  const plan = pdfPlan(chapters, site);

  it('plans one PDF per chapter, named after its folder, then the whole course', () => {
    expect(plan.pdfs.map((p) => p.file)).toEqual(['pdf/ch01-transformer.pdf', 'pdf/ch02-moe.pdf', 'pdf/course.pdf']);
    expect(chapterPdf('02-moe')).toBe('pdf/ch02-moe.pdf');
    expect(COURSE_PDF).toBe('pdf/course.pdf');
    expect(plan.pdfs[0].title).toBe('第 1 章 Transformer 架构');
    expect(plan.pdfs[2].chapters.map((c) => c.title)).toEqual(['Transformer 架构', 'MoE 混合专家']);
  });

  it('lists each chapter overview, its lessons and then its 代码实践 by path under the base URL', () => {
    expect(plan.pdfs[0].chapters[0]).toEqual({
      label: '第 1 章',
      title: 'Transformer 架构',
      description: '从注意力出发。',
      path: 'docs/transformer',
      pages: [
        {title: 'Transformer 基础结构', path: 'docs/transformer/basics', kind: 'lesson'},
        {title: '分词', path: 'docs/transformer/tokenizer', kind: 'lesson'},
        {title: '迷你 Transformer', path: 'docs/transformer/practice/mini', kind: 'practice'},
      ],
    });
    expect(plan.siteUrl).toBe('https://example.org/base/');
  });

  it('fails on a page outside the base URL', () => {
    expect(() => pdfPlan(chapters, {...site, baseUrl: '/other/'})).toThrow(/不在站点路径 \/other\/ 下/);
  });
});

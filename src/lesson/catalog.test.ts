import {describe, expect, it} from 'vitest';
import {arxivMonth, buildCatalog, placeOf, type SourceDoc} from './catalog';
import {catalogProblems as problems} from './catalogProblems';

const chapter = (folder: string, extra = {}): SourceDoc => ({
  source: `@site/docs/${folder}/index.mdx`,
  permalink: `/docs/${folder.slice(3)}`,
  title: 'Transformer 架构',
  frontMatter: {title: 'Transformer 架构', summary: '注意力与位置编码', description: '本章讲 Transformer 的结构。', ...extra},
});

const lesson = (file: string, fm: Record<string, unknown> = {}): SourceDoc => ({
  source: `@site/docs/01-transformer/${file}`,
  permalink: `/docs/transformer/${file.replace(/^\d\d-|\.mdx$/g, '')}`,
  title: String(fm.title ?? 'Attention 注意力机制'),
  frontMatter: {
    title: 'Attention 注意力机制',
    description: '缩放点积注意力、掩码、多头与 KV cache。',
    bilibili: 'BV11AMHzuEet',
    papers: [{title: 'Attention Is All You Need', url: 'https://arxiv.org/abs/1706.03762'}],
    ...fm,
  },
});


describe('buildCatalog on valid docs', () => {
  it('groups lessons and practice under their chapter, in file-number order', () => {
    const {chapters} = buildCatalog([
      chapter('01-transformer'),
      lesson('05-attention-variants.mdx', {title: 'Attention 变种算法', bilibili: 'BV1GzMUz8Eav'}),
      lesson('04-attention.mdx'),
      lesson('practice/01-mini-transformer.mdx', {title: '搭建迷你 Transformer', bilibili: undefined, papers: undefined}),
    ]);
    expect(chapters).toHaveLength(1);
    expect(chapters[0].lessons.map((l) => [l.number, l.bilibili])).toEqual([
      [4, 'BV11AMHzuEet'],
      [5, 'BV1GzMUz8Eav'],
    ]);
    expect(chapters[0].practice.map((p) => p.number)).toEqual([1]);
    expect(chapters[0].folder).toBe('01-transformer');
    // Progress is kept under these ids, which outlive a renamed file or title.
    expect([...chapters[0].lessons, ...chapters[0].practice].map((e) => e.id)).toEqual(['01-04', '01-05', '01-p01']);
  });

  it('carries each lecture’s YouTube id and slides, only where the page names them', () => {
    const slides = 'https://infrasys-ai.github.io/aiinfra-docs/_downloads/x/01.pdf';
    const outline = [{number: '01', folder: '01-transformer', title: '架构', practice: [], lessons: [
      {number: '01', title: '甲课', bilibili: 'BV1rt421476q'},
      {number: '02', title: '乙课', bilibili: 'BV16pTJz9EV4', slides},
    ]}];
    const {chapters} = buildCatalog(
      [
        chapter('01-transformer'),
        lesson('01-a.mdx', {title: '甲课', bilibili: 'BV1rt421476q'}),
        lesson('02-b.mdx', {title: '乙课', bilibili: 'BV16pTJz9EV4', youtube: 'abcdefghijk', slides}),
      ],
      outline,
    );
    const [a, b] = chapters[0].lessons;
    expect(a.youtube).toBeUndefined();
    expect(a.slides).toBeUndefined();
    expect(b.youtube).toBe('abcdefghijk');
    expect(b.slides).toBe(slides);
  });

  it('collects releases sorted by date and dates arXiv papers from their id', () => {
    const release = {name: 'Llama 3', org: 'Meta', weights: 'open', modality: ['text'], url: 'https://ai.meta.com/blog/meta-llama-3/'};
    const {releases, papers} = buildCatalog([
      chapter('01-transformer'),
      lesson('04-attention.mdx', {releases: [{...release, date: '2024-04'}, {...release, name: 'GPT-2', org: 'OpenAI', date: '2019-02'}]}),
    ]);
    expect(releases.map((r) => r.name)).toEqual(['GPT-2', 'Llama 3']);
    expect(releases[0].permalink).toBe('/docs/transformer/attention');
    expect(papers[0].date).toBe('2017-06');
  });
});

describe('buildCatalog rejects bad front matter, naming file and field', () => {
  const file = 'docs/01-transformer/04-attention.mdx';

  it('an unknown field', () => {
    expect(problems([chapter('01-transformer'), lesson('04-attention.mdx', {vidoe: 'x'})])).toEqual([
      `${file}: 未知字段 “vidoe”`,
    ]);
  });

  it('a malformed Bilibili id', () => {
    expect(problems([chapter('01-transformer'), lesson('04-attention.mdx', {bilibili: 'BV11AMHzuEe'})])).toEqual([
      `${file}: bilibili: 不是 B 站视频号（BV 加 10 位字母数字）`,
    ]);
  });

  it('a malformed YouTube id', () => {
    expect(problems([chapter('01-transformer'), lesson('04-attention.mdx', {youtube: 'https://youtu.be/x'})])).toEqual([
      `${file}: youtube: 不是 YouTube 视频号（11 位）`,
    ]);
  });

  it('the same video on two lessons', () => {
    const found = problems([chapter('01-transformer'), lesson('04-attention.mdx'), lesson('05-attention-variants.mdx', {title: 'Attention 变种算法'})]);
    expect(found).toEqual([
      'docs/01-transformer/05-attention-variants.mdx: bilibili: 应为大纲中的 BV1GzMUz8Eav，实际为 BV11AMHzuEet',
      `docs/01-transformer/05-attention-variants.mdx: bilibili: 视频 BV11AMHzuEet 已被 ${file} 使用，每个视频只属于一节课`,
    ]);
  });

  it('a title, video or slides that are not the course outline’s', () => {
    const found = problems([
      chapter('01-transformer'),
      lesson('04-attention.mdx', {title: '注意力', bilibili: 'BV1GzMUz8Eav', slides: 'https://example.org/a.pdf'}),
    ]);
    expect(found).toEqual([
      `${file}: title: 应为大纲中的“Attention 注意力机制”，实际为“注意力”`,
      `${file}: bilibili: 应为大纲中的 BV11AMHzuEet，实际为 BV1GzMUz8Eav`,
      `${file}: slides: 大纲中本节没有课件，不应写 https://example.org/a.pdf`,
    ]);
  });

  it('a missing required field', () => {
    const doc = lesson('04-attention.mdx');
    delete doc.frontMatter.description;
    expect(problems([chapter('01-transformer'), doc])).toEqual([expect.stringMatching(new RegExp(`^${file}: description: `))]);
  });

  it('a lesson without papers', () => {
    expect(problems([chapter('01-transformer'), lesson('04-attention.mdx', {papers: []})])).toEqual([
      expect.stringMatching(new RegExp(`^${file}: papers: `)),
    ]);
  });

  it('a paper link that is not https', () => {
    expect(
      problems([chapter('01-transformer'), lesson('04-attention.mdx', {papers: [{title: 'Attention', url: 'http://arxiv.org/abs/1706.03762'}]})]),
    ).toEqual([`${file}: papers.0.url: 必须以 https:// 开头`]);
  });

  it('a release with a bad date and weights', () => {
    const r = {name: 'X', org: 'Y', date: '2024-13', weights: 'maybe', modality: ['text'], url: 'https://example.org/x'};
    const found = problems([chapter('01-transformer'), lesson('04-attention.mdx', {releases: [r]})]);
    expect(found).toContain(`${file}: releases.0.date: 格式应为 YYYY-MM 或 YYYY-MM-DD`);
    expect(found.some((p) => p.startsWith(`${file}: releases.0.weights: `))).toBe(true);
  });

  it('a badly named lesson file', () => {
    expect(problems([chapter('01-transformer'), lesson('Attention.mdx')])).toEqual([
      `docs/01-transformer/Attention.mdx: 文件名应为两位序号加英文小写名，例如 04-attention.mdx`,
    ]);
  });

  it('a tag written as a label instead of a key of docs/tags.yml', () => {
    expect(problems([chapter('01-transformer'), lesson('04-attention.mdx', {tags: ['attention', 'KV cache']})])).toEqual([
      expect.stringMatching(new RegExp(`^${file}: tags.1: 标签写 docs/tags.yml 里的键`)),
    ]);
  });

  it('a lesson in a chapter without an overview page', () => {
    expect(problems([lesson('04-attention.mdx')])).toEqual([`${file}: 所在章节缺少概览页 docs/01-transformer/index.mdx`]);
  });

  it('two lessons with the same number', () => {
    expect(problems([chapter('01-transformer'), lesson('04-attention.mdx'), lesson('04-other.mdx', {bilibili: 'BV1GzMUz8Eav'})])).toEqual([
      'docs/01-transformer/04-other.mdx: bilibili: 应为大纲中的 BV11AMHzuEet，实际为 BV1GzMUz8Eav',
      `docs/01-transformer/04-other.mdx: 序号 4 与 ${file} 重复`,
    ]);
  });

  it('reports every problem of every page at once', () => {
    const found = problems([chapter('01-transformer', {summary: undefined}), lesson('04-attention.mdx', {foo: 1, bilibili: 'x'})]);
    expect(found).toHaveLength(3);
  });
});

describe('placeOf and arxivMonth', () => {
  it('reads a page kind from its path', () => {
    expect(placeOf('docs/contributing.mdx')).toEqual({kind: 'page'});
    expect(placeOf('docs/02-moe/index.mdx')).toEqual({kind: 'chapter', folder: '02-moe', chapterNumber: 2});
    expect(placeOf('docs/02-moe/practice/03-distributed.mdx')).toMatchObject({kind: 'practice', number: 3});
  });

  it('dates new- and old-style arXiv ids', () => {
    expect(arxivMonth('https://arxiv.org/abs/2401.04088')).toBe('2024-01');
    expect(arxivMonth('https://arxiv.org/pdf/1706.03762v7')).toBe('2017-06');
    expect(arxivMonth('https://openai.com/research/gpt-4')).toBeUndefined();
  });
});

import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import {beforeAll, describe, expect, it} from 'vitest';
import {glossarySources} from '../data/glossary';
import {readLesson} from '../plugins/glossary/lessons';
import {GlossaryError, resolveGlossary, skipProblems, type GlossarySource, type LessonInfo} from './validate';
import type {GlossaryEntry} from './schema';

const LESSON: LessonInfo = {
  source: 'docs/01-transformer/04-attention.mdx',
  title: 'Attention 注意力机制',
  permalink: '/docs/transformer/attention',
  headings: [
    {id: '多头注意力', text: '多头注意力'},
    {id: '手算一例', text: '手算一例'},
    {id: '手算一例-1', text: '手算一例'},
  ],
  prose: ['多头注意力把维度切成若干个头。', '推理时要用 KV cache。'],
};
const LESSONS = new Map([[LESSON.source, LESSON]]);

const entry = (fields: Partial<GlossaryEntry> & Record<string, unknown> = {}): GlossaryEntry =>
  ({
    id: 'mha',
    zh: '多头注意力',
    en: 'Multi-Head Attention',
    abbr: ['MHA'],
    definition: '把模型维度切成若干个头，各自做注意力后再合并。',
    lesson: '01-transformer/04-attention',
    heading: '多头注意力',
    ...fields,
  }) as GlossaryEntry;

const kvCache = entry({id: 'kv-cache', zh: 'KV 缓存', en: 'KV cache', abbr: undefined, heading: '多头注意力'});

/** The problems resolveGlossary reports (fails the test when it reports none). */
function problems(...files: GlossarySource[]): string[] {
  try {
    resolveGlossary(files, LESSONS);
  } catch (e) {
    expect(e).toBeInstanceOf(GlossaryError);
    return (e as GlossaryError).problems;
  }
  throw new Error('expected the glossary to be rejected');
}

const file = (...entries: unknown[]): GlossarySource => ({file: 'src/data/glossary/01-transformer.ts', entries});

describe('resolveGlossary on a valid entry', () => {
  it('resolves the lesson title, the heading’s anchor and the chapter', () => {
    const [e] = resolveGlossary([file(entry({related: ['kv-cache']}), kvCache)], LESSONS);
    expect(e).toMatchObject({chapter: '01-transformer', lessonTitle: 'Attention 注意力机制', href: '/docs/transformer/attention#多头注意力'});
  });
});

describe('resolveGlossary rejects bad entries, naming the file and the entry', () => {
  it.each([
    ['an unknown lesson', entry({lesson: '01-transformer/99-nothing'}), /01-transformer\.ts: mha: lesson: 没有这节课：docs\/01-transformer\/99-nothing\.mdx/],
    ['a heading the lesson does not have', entry({heading: '多头注意'}), /mha: heading: 《Attention 注意力机制》（docs\/01-transformer\/04-attention\.mdx）中没有标题“多头注意”/],
    ['a heading that is not unique', entry({heading: '手算一例'}), /mha: heading: .*中有 2 个标题“手算一例”，锚点不唯一/],
    ['a term its lesson never mentions', entry({id: 'gqa', zh: '分组查询注意力', en: 'Grouped-Query Attention', abbr: ['GQA']}), /gqa: .*的正文中没有出现 “分组查询注意力”“Grouped-Query Attention”“GQA” 中的任何一个/],
    ['a dangling related id', entry({related: ['mqa']}), /mha: related: 没有条目 mqa/],
    ['a term related to itself', entry({related: ['mha']}), /mha: related: 不能关联自己/],
    ['an unknown field', entry({anchor: '多头注意力'}), /mha: 未知字段 “anchor”/],
    ['a malformed id', entry({id: 'Multi Head'}), /Multi Head: id: 写小写英文和数字/],
    ['an id the page uses for a chapter', entry({id: 'chapter-01'}), /chapter-01: id: 不能以 chapter- 开头/],
    ['a blocking phrase without the term in it', entry({notIn: ['来自注意']}), /mha: notIn: “来自注意”不含本条目的任何拼写/],
    ['a one-word definition', entry({definition: '注意力。'}), /mha: definition:/],
  ])('%s', (_, bad, message) => {
    expect(problems(file(bad)).join('\n')).toMatch(message);
  });

  it('a duplicate id, naming both files', () => {
    const p = problems(file(entry()), {file: 'src/data/glossary/02-moe.ts', entries: [entry({zh: '多头', en: 'MHA2', abbr: []})]});
    expect(p).toContain('src/data/glossary/02-moe.ts: mha: id: 与 src/data/glossary/01-transformer.ts 中的条目重复');
  });

  it('a spelling two entries share, in any case', () => {
    expect(problems(file(entry(), {...kvCache, aliases: ['mha']}))).toContain('src/data/glossary/01-transformer.ts: kv-cache: 拼写“mha”已属于条目 mha');
  });

  it('reports every problem at once', () => {
    const p = problems(file(entry({heading: '无'}), entry({id: 'x', zh: '无', en: 'none', abbr: [], related: ['y']})));
    expect(p).toHaveLength(3);
    expect(p.join('\n')).toMatch(/mha: heading: [^\n]*\n[\s\S]*x: related: [\s\S]*x: 《/);
  });
});

describe('glossary_skip in front matter', () => {
  it('must name glossary entries', () => {
    const docs = [
      {source: 'docs/01-transformer/04-attention.mdx', frontMatter: {glossary_skip: ['mha', 'kv-cash']}},
      {source: 'docs/01-transformer/05-attention-variants.mdx', frontMatter: {}},
    ];
    expect(skipProblems(docs, new Set(['mha', 'kv-cache']))).toEqual(['docs/01-transformer/04-attention.mdx: glossary_skip: 术语表中没有条目 kv-cash']);
  });
});

describe('the course glossary', () => {
  const ROOT = path.resolve(__dirname, '../..');
  const entries = glossarySources.flatMap((s) => s.entries as GlossaryEntry[]);
  let found: string[] = [];

  beforeAll(async () => {
    const lessons = new Map<string, LessonInfo>();
    for (const lesson of new Set(entries.map((e) => e.lesson))) {
      const source = `docs/${lesson}.mdx`;
      if (!fs.existsSync(path.join(ROOT, source))) continue;
      const title = String(matter(fs.readFileSync(path.join(ROOT, source), 'utf8')).data.title);
      lessons.set(source, await readLesson(ROOT, source, title, `/${source}`));
    }
    try {
      resolveGlossary(glossarySources, lessons);
    } catch (e) {
      if (!(e instanceof GlossaryError)) throw e;
      found = e.problems;
    }
  }, 60_000);

  it('has at least 200 entries', () => {
    expect(entries.length).toBeGreaterThanOrEqual(200);
  });

  it.each(entries.map((e) => [e.id]))('%s is valid against its lesson', (id) => {
    expect(found.filter((p) => p.includes(`: ${id}: `) || p.endsWith(`: ${id}`))).toEqual([]);
  });

  it('has no problem outside the entries (duplicates across files)', () => {
    expect(found).toEqual([]);
  });
});

import {describe, expect, it} from 'vitest';
import {courseOutline} from '../data/course-outline';
import {outlineProblems, pageAgainstOutline, type CourseOutline} from './outline';
import {placeOf, type PagePlace} from './place';

const at = (source: string) => placeOf(source) as PagePlace;
const copy = (): CourseOutline => structuredClone(courseOutline);

describe('the course outline data', () => {
  it('is valid: schema, numbering, folders, one lesson per video', () => {
    expect(outlineProblems(courseOutline)).toEqual([]);
  });

  it('has the eight chapters, their lessons, and the 25 lessons with published slides', () => {
    expect(courseOutline.map((c) => c.folder)).toEqual([
      '01-transformer', '02-moe', '03-new-arch', '04-vector-db', '05-data-engine', '06-chatgpt', '07-deepseek', '08-new-models',
    ]);
    expect(courseOutline.map((c) => c.lessons.length)).toEqual([7, 13, 9, 8, 8, 6, 10, 10]);
    expect(courseOutline.flatMap((c) => c.lessons).filter((l) => l.slides)).toHaveLength(25);
  });

  it.each(courseOutline.flatMap((c) => c.lessons.map((l) => [`${c.number}-${l.number}`, l] as const)))(
    'lesson %s has a title and, when it has slides, a video too',
    (_, lesson) => {
      expect(lesson.title.trim()).toBe(lesson.title);
      if (lesson.slides) expect(lesson.bilibili).toBeDefined();
    },
  );

  it('rejects a malformed id, a slide link off the official site, a gap and a shared video, naming the entry', () => {
    const bad = copy();
    bad[0].lessons[0].bilibili = 'BV123';
    expect(outlineProblems(bad)).toEqual([expect.stringMatching(/^src\/data\/course-outline\.ts: 0\.lessons\.0\.bilibili: 不是 B 站视频号/)]);

    const offSite = copy();
    offSite[1].lessons[0].slides = 'https://example.org/slides.pdf';
    expect(outlineProblems(offSite)).toEqual([expect.stringContaining('1.lessons.0.slides: 应为 https://infrasys-ai.github.io/ 上的 PDF')]);

    const gap = copy();
    gap[0].lessons.splice(1, 1);
    expect(outlineProblems(gap)).toContain('src/data/course-outline.ts: 第 01 章: 小节 03 的序号应为 02');

    const shared = copy();
    shared[0].lessons[1].bilibili = shared[0].lessons[0].bilibili;
    expect(outlineProblems(shared)).toEqual([
      'src/data/course-outline.ts: 01-02: bilibili: BV1rt421476q 已属于 01-01',
    ]);
  });
});

describe('a page against the outline', () => {
  const file = 'docs/02-moe/06-switch-transformer.mdx';
  const slides = courseOutline[1].lessons[5].slides!;
  const fm = {title: 'Switch Transformer 解读', bilibili: 'BV1UsPceJEEQ', slides};

  it('accepts the outline’s title, video and slides', () => {
    expect(pageAgainstOutline(courseOutline, file, at(file), fm)).toEqual([]);
  });

  it('names the file and field of a wrong video, a missing video, wrong slides and missing slides', () => {
    expect(pageAgainstOutline(courseOutline, file, at(file), {...fm, bilibili: 'BV1tE9HYUEdz'})).toEqual([
      `${file}: bilibili: 应为大纲中的 BV1UsPceJEEQ，实际为 BV1tE9HYUEdz`,
    ]);
    expect(pageAgainstOutline(courseOutline, file, at(file), {...fm, bilibili: undefined})).toEqual([
      `${file}: bilibili: 应为大纲中的 BV1UsPceJEEQ，实际为 （无）`,
    ]);
    const other = courseOutline[1].lessons[0].slides;
    expect(pageAgainstOutline(courseOutline, file, at(file), {...fm, slides: other})).toEqual([
      `${file}: slides: 应为大纲中的 ${slides}，实际为 ${other}`,
    ]);
    expect(pageAgainstOutline(courseOutline, file, at(file), {...fm, slides: undefined})).toEqual([
      `${file}: slides: 大纲中本节有课件，应写 slides: ${slides}`,
    ]);
  });

  it('rejects a video where the outline has none', () => {
    const rwkv = 'docs/03-new-arch/03-rwkv.mdx';
    expect(pageAgainstOutline(courseOutline, rwkv, at(rwkv), {title: 'RWKV 原理', bilibili: 'BV1UsPceJEEQ'})).toEqual([
      `${rwkv}: bilibili: 大纲中本节没有视频，不应写 BV1UsPceJEEQ`,
    ]);
  });

  it('rejects a lesson or 代码实践 number the outline does not list, and an unknown chapter', () => {
    const extra = 'docs/01-transformer/08-extra.mdx';
    expect(pageAgainstOutline(courseOutline, extra, at(extra), {title: 'x'})).toEqual([`${extra}: 课程大纲第 01 章没有第 08 个小节`]);
    const practice = 'docs/08-new-models/practice/01-x.mdx';
    expect(pageAgainstOutline(courseOutline, practice, at(practice), {title: 'x'})).toEqual([
      `${practice}: 课程大纲第 08 章没有第 01 个代码实践`,
    ]);
    const chapter = 'docs/09-agents/index.mdx';
    expect(pageAgainstOutline(courseOutline, chapter, at(chapter), {title: 'x'})).toEqual([`${chapter}: 课程大纲没有章节文件夹 docs/09-agents`]);
  });

  it('checks a 代码实践 page’s title against the outline', () => {
    const p = 'docs/05-data-engine/practice/01-minhash-dedup.mdx';
    expect(pageAgainstOutline(courseOutline, p, at(p), {title: 'MinHash 近重复检测'})).toEqual([]);
    expect(pageAgainstOutline(courseOutline, p, at(p), {title: 'MinHash'})).toEqual([
      `${p}: title: 应为大纲中的“MinHash 近重复检测”，实际为“MinHash”`,
    ]);
  });
});

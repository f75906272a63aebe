/**
 * The lesson model: what a page's front matter may say, and the rules that span pages.
 *
 * Plain TypeScript with no browser or Docusaurus imports, so the course-catalog plugin (Node),
 * the unit tests and the React components can all share it.
 */
import * as z from 'zod';

import {BVID, YOUTUBE_ID} from './ids';

/** A month or a day: "2024-02" or "2024-02-15". */
const MONTH = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;

const httpsUrl = z
  .string()
  .url({message: '必须是完整的 URL'})
  .refine((u) => u.startsWith('https://'), {message: '必须以 https:// 开头'});

const paper = z
  .object({
    title: z.string().min(3),
    url: httpsUrl,
    /** Publication month; derived from the arXiv id when the URL is an arXiv page. */
    date: z.string().regex(MONTH, {message: '格式应为 YYYY-MM 或 YYYY-MM-DD'}).optional(),
  })
  .strict();

/** A model or system release the page discusses; the release timeline is built from these. */
const release = z
  .object({
    name: z.string().min(1),
    org: z.string().min(1),
    date: z.string().regex(MONTH, {message: '格式应为 YYYY-MM 或 YYYY-MM-DD'}),
    weights: z.enum(['open', 'closed']),
    modality: z.array(z.enum(['text', 'code', 'image', 'audio', 'video', 'embedding'])).min(1),
    /** A primary source for the release (model card, report, announcement). */
    url: httpsUrl,
  })
  .strict();

/**
 * Front-matter keys Docusaurus itself understands and that lessons may use. Anything else is a
 * typo or an idea the model does not have yet, and fails the build.
 */
const docusaurusKeys = {
  title: z.string().min(2),
  description: z.string().min(10),
  sidebar_label: z.string().optional(),
  sidebar_position: z.number().optional(),
  slug: z.string().optional(),
  keywords: z.array(z.string()).optional(),
  image: z.string().optional(),
  hide_table_of_contents: z.boolean().optional(),
  toc_min_heading_level: z.number().int().min(2).max(6).optional(),
  toc_max_heading_level: z.number().int().min(2).max(6).optional(),
  pagination_next: z.string().nullable().optional(),
  pagination_prev: z.string().nullable().optional(),
  // Keys of docs/tags.yml (Docusaurus itself rejects a key that file does not define).
  tags: z
    .array(
      z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
        message: '标签写 docs/tags.yml 里的键（小写英文，用连字符连接，如 kv-cache、moe）',
      }),
    )
    .optional(),
};

const courseKeys = {
  bilibili: z.string().regex(BVID, {message: '不是 B 站视频号（BV 加 10 位字母数字）'}).optional(),
  youtube: z.string().regex(YOUTUBE_ID, {message: '不是 YouTube 视频号（11 位）'}).optional(),
  slides: httpsUrl.optional(),
  /** Length of the lecture video as "m:ss" or "h:mm:ss", shown on the player before it loads. */
  duration: z
    .string()
    .regex(/^(\d+:)?[0-5]?\d:[0-5]\d$/, {message: '格式应为 m:ss 或 h:mm:ss'})
    .optional(),
  papers: z.array(paper).optional(),
  releases: z.array(release).optional(),
  /** Lessons or 代码实践 pages this page builds on directly, by key (src/lesson/prerequisites.ts). */
  prerequisites: z
    .array(z.string().regex(/^\d\d-[a-z0-9-]+\/(practice\/)?\d\d-[a-z0-9-]+$/, {message: '写 docs/ 下的路径，不带扩展名，如 01-transformer/04-attention'}))
    .optional(),
  /** The month a release page's lecture refers to (chapter 08). */
  date: z.string().regex(MONTH, {message: '格式应为 YYYY-MM 或 YYYY-MM-DD'}).optional(),
};

/** A chapter overview page (`docs/NN-name/index.mdx`). */
export const chapterSchema = z
  .object({
    ...docusaurusKeys,
    /** Short line for the home page's chapter card. */
    summary: z.string().min(4),
    releases: courseKeys.releases,
  })
  .strict();

/** A lecture lesson (`docs/NN-name/NN-topic.mdx`). */
export const lessonSchema = z
  .object({...docusaurusKeys, ...courseKeys, papers: z.array(paper).min(1)})
  .strict();

/** A 代码实践 page (`docs/NN-name/practice/NN-topic.mdx`). */
export const practiceSchema = z
  .object({
    ...docusaurusKeys,
    ...courseKeys,
    /** Why this page's code is not executed by the tests (e.g. it needs a GPU or a download). */
    norun: z.string().min(6).optional(),
  })
  .strict();

/** A page outside the chapters (贡献指南 and the like). */
export const pageSchema = z.object({...docusaurusKeys}).strict();

export type Paper = z.infer<typeof paper>;
export type Release = z.infer<typeof release>;
export type ChapterFrontMatter = z.infer<typeof chapterSchema>;
export type LessonFrontMatter = z.infer<typeof lessonSchema>;
export type PracticeFrontMatter = z.infer<typeof practiceSchema>;

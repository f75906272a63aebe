/**
 * The glossary model: what one entry of src/data/glossary says. Plain TypeScript with no
 * Docusaurus imports: the glossary plugin (Node), the remark plugin and the tests share it.
 */
import * as z from 'zod';
import {CHAPTER_ANCHOR_PREFIX} from './anchors';

/** An entry's id, also its anchor on the glossary page: lower-case words joined by hyphens. */
export const TERM_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const spelling = z
  .string()
  .min(1)
  .refine((s) => s === s.trim() && !/\s{2}/.test(s), {message: '拼写前后不能有空白，中间不能有连续空白'});

export const entrySchema = z
  .object({
    id: z
      .string()
      .regex(TERM_ID, {message: '写小写英文和数字，用连字符连接，如 kv-cache'})
      .refine((id) => !id.startsWith(CHAPTER_ANCHOR_PREFIX), {message: `不能以 ${CHAPTER_ANCHOR_PREFIX} 开头（术语表的章节锚点）`}),
    /** The Chinese term as lessons write it, e.g. "KV 缓存". */
    zh: spelling,
    /** The English term, e.g. "KV cache". */
    en: spelling,
    /** Abbreviations, e.g. ["MHA"]. Matched in lessons like the names. */
    abbr: z.array(spelling).optional(),
    /** Other spellings lessons use, e.g. ["KV Cache"]. */
    aliases: z.array(spelling).optional(),
    /** One or two sentences. */
    definition: z.string().min(12).max(220),
    /** The lesson that teaches the term: its path under docs/ without extension. */
    lesson: z.string().regex(/^\d\d-[a-z0-9-]+\/(practice\/)?\d\d-[a-z0-9-]+$/, {
      message: '写 docs/ 下的课程路径，不带扩展名，如 01-transformer/04-attention',
    }),
    /**
     * The heading, in that lesson, of the section that teaches it, as the page shows it (its
     * text, without # and formatting); the build turns it into the heading's anchor.
     */
    heading: z.string().min(1),
    /**
     * Longer phrases in which a spelling is not this term, so that they are never marked as it:
     * in 来自注意力 there is no 自注意力 (it is 来自 followed by 注意力).
     */
    notIn: z.array(spelling).optional(),
    /**
     * `chapter`: mark the term only in pages of the chapter that teaches it, because its Chinese
     * name means something else elsewhere (重排 is also "rearrange").
     */
    scope: z.enum(['chapter']).optional(),
    /** Ids of related entries. */
    related: z.array(z.string()).optional(),
    /**
     * For sorting by pinyin only: the Chinese name with a polyphonic character the collator reads
     * wrongly replaced by a common character of the right reading (sort 长度外推 as 常度外推
     * because the collator reads 长 as zhǎng).
     */
    sortAs: z.string().regex(/^\p{Script=Han}/u, {message: '以汉字开头'}).optional(),
  })
  .strict();

export type GlossaryEntry = z.infer<typeof entrySchema>;

/** Every spelling of an entry that lessons may use: names, abbreviations, aliases. */
export function spellingsOf(entry: Pick<GlossaryEntry, 'zh' | 'en' | 'abbr' | 'aliases'>): string[] {
  return [...new Set([entry.zh, entry.en, ...(entry.abbr ?? []), ...(entry.aliases ?? [])])];
}

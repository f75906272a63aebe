/**
 * A reader's progress through the course, as kept in their browser and in the file they export:
 * which lessons they have read, and where they last were. Pure data and functions, no storage:
 * src/progress/store.ts keeps it in localStorage.
 *
 * Lessons are keyed by the stable id of src/lesson/place.ts ("02-06", "02-p02"), so a renamed
 * lesson keeps its progress. An id the current course does not have (a removed lesson, or a file
 * from a newer course) is kept but counts for nothing.
 */
import {LESSON_ID} from '../lesson/place';

/** Where the reader last was: a lesson, and the heading they had scrolled past. */
export interface Resume {
  id: string;
  /** The id of the last heading above the reading line, if they had passed one. */
  heading?: string;
  /** That heading's text, to say where reading resumes. */
  headingText?: string;
  /** Milliseconds since the epoch. */
  at: number;
}

export interface Progress {
  /** Lesson id → when it was marked read (milliseconds since the epoch). */
  read: Record<string, number>;
  last?: Resume;
}

/** What an exported file says it is. */
export const FORMAT = 'llm-algo-data-course/progress';
export const VERSION = 1;

export interface ProgressFile extends Progress {
  format: typeof FORMAT;
  version: typeof VERSION;
  exportedAt: string;
}

export const EMPTY: Progress = Object.freeze({read: Object.freeze({})}) as Progress;

export function isRead(progress: Progress, id: string): boolean {
  return Object.hasOwn(progress.read, id);
}

export function markRead(progress: Progress, id: string, at: number): Progress {
  if (isRead(progress, id)) return progress;
  return {...progress, read: {...progress.read, [id]: at}};
}

export function unmarkRead(progress: Progress, id: string): Progress {
  if (!isRead(progress, id)) return progress;
  const {[id]: _dropped, ...read} = progress.read;
  return {...progress, read};
}

export function setLast(progress: Progress, last: Resume): Progress {
  const old = progress.last;
  if (old && old.id === last.id && old.heading === last.heading && old.headingText === last.headingText) return progress;
  return {...progress, last};
}

/** How many of `ids` (one chapter's lessons, say) are read. */
export function countRead(progress: Progress, ids: readonly string[]): number {
  return ids.filter((id) => isRead(progress, id)).length;
}

/**
 * Two records as one, for an import into a browser that has its own: every lesson read in
 * either (at the earlier time), and the more recent place.
 */
export function merge(a: Progress, b: Progress): Progress {
  const read = {...a.read};
  for (const [id, at] of Object.entries(b.read)) read[id] = Math.min(at, read[id] ?? Infinity);
  const last = !a.last ? b.last : !b.last ? a.last : b.last.at > a.last.at ? b.last : a.last;
  return last ? {read, last} : {read};
}

export function toFile(progress: Progress, now: Date): ProgressFile {
  return {format: FORMAT, version: VERSION, exportedAt: now.toISOString(), ...progress};
}

export type Checked = {ok: true; progress: Progress} | {ok: false; error: string};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isShortText = (v: unknown) => v === undefined || (typeof v === 'string' && v.length <= 300);

/** The progress in a parsed object, or what is wrong with it (in the words the reader sees). */
export function checkProgress(data: unknown): Checked {
  if (!isObject(data) || !isObject(data.read)) return {ok: false, error: '缺少已读记录（read）'};
  for (const [id, at] of Object.entries(data.read)) {
    if (!LESSON_ID.test(id)) return {ok: false, error: `“${id}”不是课程小节的编号`};
    if (!isTime(at)) return {ok: false, error: `小节 ${id} 的时间不是有效的数字`};
  }
  const last = data.last;
  if (last !== undefined) {
    if (!isObject(last) || typeof last.id !== 'string' || !LESSON_ID.test(last.id) || !isTime(last.at)) {
      return {ok: false, error: '上次阅读的位置（last）格式不对'};
    }
    if (!isShortText(last.heading) || !isShortText(last.headingText)) return {ok: false, error: '上次阅读的标题格式不对'};
  }
  const read = {...(data.read as Record<string, number>)};
  if (!last) return {ok: true, progress: {read}};
  const {id, at, heading, headingText} = last as unknown as Resume;
  return {ok: true, progress: {read, last: {id, at, ...(heading ? {heading} : {}), ...(headingText ? {headingText} : {})}}};
}

/** The progress in an exported file's text, or why the file cannot be imported. */
export function parseFile(text: string): Checked {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return {ok: false, error: '文件不是 JSON'};
  }
  if (!isObject(data) || data.format !== FORMAT) return {ok: false, error: '文件不是本课程导出的学习记录'};
  if (data.version !== VERSION) return {ok: false, error: `学习记录的版本 ${String(data.version)} 无法识别`};
  return checkProgress(data);
}

/**
 * What the browser has stored, read leniently: the reader cannot fix storage by hand, so
 * anything unreadable counts as no progress rather than an error.
 */
export function parseStored(text: string | null): Progress {
  if (!text) return EMPTY;
  try {
    const checked = checkProgress(JSON.parse(text));
    return checked.ok ? checked.progress : EMPTY;
  } catch {
    return EMPTY;
  }
}

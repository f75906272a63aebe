// The course outline (../shared/course-outline.md, or COURSE_OUTLINE): which lessons each
// chapter has and the only valid video id of each. The site's sources are checked against it.
import fs from 'node:fs';
import path from 'node:path';

// Beside the repository, wherever the command runs from (the bad-input tests run it elsewhere).
export const OUTLINE_PATH = path.resolve(
  process.env.COURSE_OUTLINE || path.join(import.meta.dirname, '../../../shared/course-outline.md'),
);

/** {"01": {"04": {title, bilibili}}} from the outline's chapter tables. */
export function parseOutline(markdown) {
  const chapters = {};
  for (const section of markdown.split(/^## /m).slice(1)) {
    const no = /^(\d\d) /.exec(section)?.[1];
    if (!no) continue;
    const lessons = (chapters[no] = {});
    for (const line of section.split('\n')) {
      const m = /^\|\s*(\d\d)\s*\|\s*([^|]+?)\s*\|(.*)$/.exec(line);
      if (m) lessons[m[1]] = {title: m[2], bilibili: /BV[0-9A-Za-z]{10}/.exec(m[3])?.[0]};
    }
  }
  return chapters;
}

export function loadOutline() {
  return fs.existsSync(OUTLINE_PATH) ? parseOutline(fs.readFileSync(OUTLINE_PATH, 'utf8')) : null;
}

/**
 * Problems of one lecture lesson against the outline: its video must be exactly the outline's
 * (or absent where the outline has none), and its title the outline's title.
 */
export function lessonAgainstOutline(outline, file, frontMatter) {
  const m = /docs\/(\d\d)-[^/]+\/(\d\d)-[^/]+\.mdx?$/.exec(file);
  if (!m || /\/practice\//.test(file)) return [];
  const row = outline[m[1]]?.[m[2]];
  if (!row) return [`${file}: 课程大纲第 ${m[1]} 章没有第 ${m[2]} 节`];
  const problems = [];
  if (frontMatter.bilibili !== row.bilibili) {
    problems.push(
      row.bilibili
        ? `${file}: bilibili: 应为大纲中的 ${row.bilibili}，实际为 ${frontMatter.bilibili ?? '（无）'}`
        : `${file}: bilibili: 大纲中本节没有视频，不应写 ${frontMatter.bilibili}`,
    );
  }
  if (frontMatter.title !== row.title) problems.push(`${file}: title: 应为大纲中的 “${row.title}”，实际为 “${frontMatter.title}”`);
  return problems;
}

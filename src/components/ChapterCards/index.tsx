import Link from '@docusaurus/Link';
import {chapterIds, chapters} from '@site/src/lesson/catalogData';
import type {ChapterEntry} from '@site/src/lesson/catalog';
import ReadCount from '@site/src/components/ReadCount';
import styles from './styles.module.css';

const two = (n: number) => String(n).padStart(2, '0');

function counts(c: ChapterEntry): string {
  if (c.lessons.length === 0 && c.practice.length === 0) return '编写中';
  const videos = c.lessons.filter((l) => l.bilibili || l.youtube).length;
  const parts = [`${c.lessons.length} 节课`, `${videos} 个视频`];
  if (c.practice.length) parts.push(`${c.practice.length} 篇代码实践`);
  return parts.join(' · ');
}

/** One card per chapter, with its lesson, video and practice counts from the catalog, and the reader's progress. */
export default function ChapterCards() {
  return (
    <ol className={styles.grid}>
      {chapters.map((c) => (
        <li key={c.folder} className={styles.card}>
          <Link to={c.permalink} className={styles.link}>
            <span className={styles.number} aria-hidden="true">
              {two(c.number)}
            </span>
            <span className={styles.title}>{c.title}</span>
            <span className={styles.summary}>{c.summary}</span>
            <span className={styles.counts}>{counts(c)}</span>
            <ReadCount ids={chapterIds(c)} />
          </Link>
        </li>
      ))}
    </ol>
  );
}

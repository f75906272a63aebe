import Link from '@docusaurus/Link';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import {chapterIds, chapterOf} from '@site/src/lesson/catalogData';
import type {LessonEntry} from '@site/src/lesson/catalog';
import {videoPageUrl} from '@site/src/data/channels';
import {chapterAnchor, GLOSSARY_PATH} from '@site/src/glossary/anchors';
import ReadCount from '@site/src/components/ReadCount';
import {isRead} from '@site/src/progress/record';
import {useProgress} from '@site/src/progress/store';
import styles from './styles.module.css';

const two = (n: number) => String(n).padStart(2, '0');

function VideoCell({lesson}: {lesson: LessonEntry}) {
  if (lesson.bilibili) return <a href={videoPageUrl.bilibili(lesson.bilibili)}>B 站</a>;
  if (lesson.youtube) return <a href={videoPageUrl.youtube(lesson.youtube)}>YouTube</a>;
  return <span className={styles.pending}>制作中</span>;
}

function SlidesCell({lesson}: {lesson: LessonEntry}) {
  if (!lesson.slides) return <span className={styles.pending}>无</span>;
  return (
    <a href={lesson.slides} type="application/pdf" aria-label={`${lesson.title} 的课件 PDF`}>
      PDF
    </a>
  );
}

/** The ✓ 已读 mark after a page this reader has read (after hydration: progress lives in the browser). */
function ReadMark({id}: {id: string}) {
  const progress = useProgress();
  if (!progress || !isRead(progress, id)) return null;
  return (
    <span className={styles.read}>
      <span aria-hidden="true">✓ </span>已读
    </span>
  );
}

/**
 * The lesson table of the chapter overview page it is placed on, drawn from the catalog:
 * every lecture lesson with its video (and its slides, in a chapter that has any), then the
 * 代码实践 pages, what the reader has read, and a link to the chapter's terms in the glossary.
 */
export default function LessonTable() {
  const {metadata} = useDoc();
  const chapter = chapterOf(metadata.source);
  if (!chapter) throw new Error(`LessonTable: ${metadata.source} is not a chapter overview`);
  if (chapter.lessons.length === 0 && chapter.practice.length === 0) {
    return <p className={styles.empty}>本章的课程正在编写中，敬请期待。</p>;
  }
  const withSlides = chapter.lessons.some((l) => l.slides);
  return (
    <div className={styles.wrap}>
      <ReadCount ids={chapterIds(chapter)} className={styles.progress} />
      {chapter.lessons.length > 0 && (
        <table className={styles.table}>
          <caption>讲座（{chapter.lessons.length} 节）</caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">小节</th>
              <th scope="col" className={styles.short}>
                视频
              </th>
              {withSlides && (
                <th scope="col" className={styles.short}>
                  课件
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {chapter.lessons.map((l) => (
              <tr key={l.permalink}>
                <td>{two(l.number)}</td>
                <td>
                  <Link to={l.permalink}>{l.title}</Link>
                  <ReadMark id={l.id} />
                  <div className={styles.desc}>{l.description}</div>
                </td>
                <td className={styles.short}>
                  <VideoCell lesson={l} />
                </td>
                {withSlides && (
                  <td className={styles.short}>
                    <SlidesCell lesson={l} />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {chapter.practice.length > 0 && (
        <table className={styles.table}>
          <caption>代码实践（{chapter.practice.length} 篇）</caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">实践</th>
            </tr>
          </thead>
          <tbody>
            {chapter.practice.map((p) => (
              <tr key={p.permalink}>
                <td>{two(p.number)}</td>
                <td>
                  <Link to={p.permalink}>{p.title}</Link>
                  <ReadMark id={p.id} />
                  <div className={styles.desc}>{p.description}</div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        本章讲到的术语及其定义，见<Link to={`${GLOSSARY_PATH}#${chapterAnchor(chapter.folder)}`}>术语表</Link>。
      </p>
    </div>
  );
}

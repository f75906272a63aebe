import Link from '@docusaurus/Link';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import {chapterOf} from '@site/src/lesson/catalogData';
import type {LessonEntry} from '@site/src/lesson/catalog';
import {videoPageUrl} from '@site/src/data/channels';
import styles from './styles.module.css';

const two = (n: number) => String(n).padStart(2, '0');

function VideoCell({lesson}: {lesson: LessonEntry}) {
  if (lesson.bilibili) return <a href={videoPageUrl.bilibili(lesson.bilibili)}>B 站</a>;
  if (lesson.youtube) return <a href={videoPageUrl.youtube(lesson.youtube)}>YouTube</a>;
  return <span className={styles.pending}>制作中</span>;
}

/**
 * The lesson table of the chapter overview page it is placed on, drawn from the catalog:
 * every lecture lesson with its video, then the 代码实践 pages.
 */
export default function LessonTable() {
  const {metadata} = useDoc();
  const chapter = chapterOf(metadata.source);
  if (!chapter) throw new Error(`LessonTable: ${metadata.source} is not a chapter overview`);
  if (chapter.lessons.length === 0 && chapter.practice.length === 0) {
    return <p className={styles.empty}>本章的课程正在编写中，敬请期待。</p>;
  }
  return (
    <div className={styles.wrap}>
      {chapter.lessons.length > 0 && (
        <table className={styles.table}>
          <caption>讲座（{chapter.lessons.length} 节）</caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">小节</th>
              <th scope="col" className={styles.video}>
                视频
              </th>
            </tr>
          </thead>
          <tbody>
            {chapter.lessons.map((l) => (
              <tr key={l.permalink}>
                <td>{two(l.number)}</td>
                <td>
                  <Link to={l.permalink}>{l.title}</Link>
                  <div className={styles.desc}>{l.description}</div>
                </td>
                <td className={styles.video}>
                  <VideoCell lesson={l} />
                </td>
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
                  <div className={styles.desc}>{p.description}</div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

import Link from '@docusaurus/Link';
import {lessonById} from '@site/src/lesson/catalogData';
import {useProgress} from '@site/src/progress/store';
import styles from './styles.module.css';

/**
 * “继续阅读：《…》”: the lesson the reader last opened, at the heading they had reached. Nothing
 * for a first visit, or when that lesson is no longer in the course.
 */
export default function ResumeReading() {
  const last = useProgress()?.last;
  const lesson = last && lessonById(last.id);
  if (!last || !lesson) return null;
  const to = last.heading ? `${lesson.permalink}#${last.heading}` : lesson.permalink;
  return (
    <div className={styles.resume}>
      <Link className={`button button--primary button--lg ${styles.button}`} to={to}>
        继续阅读：《{lesson.title}》
      </Link>
      {last.heading && last.headingText && <span className={styles.where}>上次读到“{last.headingText}”</span>}
    </div>
  );
}

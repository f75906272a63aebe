import clsx from 'clsx';
import {countRead} from '@site/src/progress/record';
import {useProgress} from '@site/src/progress/store';
import styles from './styles.module.css';

export interface Props {
  /** The chapter's lessons and practice pages, as the catalog lists them. */
  ids: string[];
  className?: string;
}

/**
 * The line 已读 N/M for a chapter, with a bar. Only for a reader who has read something: a first visit
 * shows no wall of zeros. Rendered after hydration, as progress lives in the browser.
 */
export default function ReadCount({ids, className}: Props) {
  const progress = useProgress();
  if (!progress || Object.keys(progress.read).length === 0 || ids.length === 0) return null;
  const n = countRead(progress, ids);
  return (
    <span className={clsx(styles.count, className)}>
      <span>
        已读 {n}/{ids.length}
      </span>
      <span className={styles.bar} aria-hidden="true">
        <span className={styles.fill} style={{width: `${(100 * n) / ids.length}%`}} />
      </span>
    </span>
  );
}

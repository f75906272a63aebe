import Link from '@docusaurus/Link';
import type {PageLink} from '@site/src/lesson/prerequisites';
import styles from './styles.module.css';

export interface Props {
  /** The pages this one builds on, in the order its front matter lists them. */
  links: PageLink[];
}

/** The 先修 line at the top of a lesson: links to the pages it builds on, and to the roadmap. */
export default function Prerequisites({links}: Props) {
  if (links.length === 0) return null;
  return (
    <nav className={styles.prerequisites} aria-label="先修课程">
      <span className={styles.label}>先修</span>
      <ul className={styles.list}>
        {links.map((l) => (
          <li key={l.permalink}>
            <Link to={l.permalink}>{l.title}</Link>
          </li>
        ))}
      </ul>
      <Link className={styles.roadmap} to="/roadmap">
        学习路线
      </Link>
    </nav>
  );
}

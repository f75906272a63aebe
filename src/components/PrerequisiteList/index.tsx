import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import type {PlacedPage, Roadmap} from '@site/src/lesson/roadmapLayout';
import {dependents} from '@site/src/lesson/prerequisites';
import styles from './styles.module.css';

export interface Props {
  roadmap: Roadmap;
}

function Links({label, pages}: {label: string; pages: PlacedPage[]}) {
  return (
    <p className={styles.relation}>
      <span className={styles.label}>{label}：</span>
      {pages.length === 0
        ? '无'
        : pages.map((p, i) => (
            <span key={p.key}>
              {i > 0 && '、'}
              <Link to={p.permalink}>{p.title}</Link>
            </span>
          ))}
    </p>
  );
}

/**
 * The roadmap's graph as text, chapter by chapter: every lesson and 代码实践 page with the pages
 * it needs directly (先修) and the pages that need it directly (后续), all as links.
 */
export default function PrerequisiteList({roadmap}: Props) {
  const byKey = new Map(roadmap.pages.map((p) => [p.key, p]));
  const neededBy = dependents(roadmap.pages);
  const pagesOf = (keys: readonly string[]) => keys.map((k) => byKey.get(k)!).filter(Boolean);
  return (
    <div className={styles.list}>
      {roadmap.columns.map((c, column) => (
        <section key={c.number} aria-labelledby={`chapter-${c.number}`}>
          <Heading as="h3" id={`chapter-${c.number}`}>
            <Link to={c.permalink}>
              第 {c.number} 章 {c.title}
            </Link>
          </Heading>
          <ul>
            {roadmap.pages
              .filter((p) => p.column === column)
              .map((p) => (
                <li key={p.key}>
                  <Link to={p.permalink} className={styles.page}>
                    {p.title}
                  </Link>
                  {p.practice && <span className={styles.kind}>代码实践</span>}
                  <Links label="先修" pages={pagesOf(p.prerequisites)} />
                  <Links label="后续" pages={pagesOf(neededBy.get(p.key) ?? [])} />
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

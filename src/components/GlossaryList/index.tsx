import {useState} from 'react';
import Link from '@docusaurus/Link';
import useIsBrowser from '@docusaurus/useIsBrowser';
import Heading from '@theme/Heading';
import glossaryData from '@generated/glossary/default/glossary.json';
import type {GlossaryPageData, PageEntry} from '@site/src/glossary/page-data';
import {groupEntries, type Order} from './groups';
import styles from './styles.module.css';

const data = glossaryData as GlossaryPageData;

const ORDERS: {value: Order; label: string}[] = [
  {value: 'chapter', label: '按章节'},
  {value: 'pinyin', label: '按拼音'},
  {value: 'english', label: '按英文 A–Z'},
];

function Entry({entry}: {entry: PageEntry}) {
  return (
    <article className={styles.entry}>
      <Heading as="h3" id={entry.id} className={styles.names}>
        <span>{entry.zh}</span>
        {entry.en !== entry.zh && <span lang="en">{entry.en}</span>}
      </Heading>
      {(entry.abbr.length > 0 || entry.aliases.length > 0) && (
        <p className={styles.spellings}>
          {entry.abbr.length > 0 && <span>缩写：{entry.abbr.join('、')}</span>}
          {entry.aliases.length > 0 && <span>又作：{entry.aliases.join('、')}</span>}
        </p>
      )}
      <p className={styles.definition}>{entry.definition}</p>
      <p className={styles.meta}>
        讲解：
        <Link to={entry.href}>
          《{entry.lessonTitle}》“{entry.heading}”
        </Link>
      </p>
      {entry.related.length > 0 && (
        <p className={styles.meta}>
          相关：
          {entry.related.map((r, i) => (
            <span key={r.id}>
              {i > 0 && '、'}
              <a href={`#${r.id}`}>{r.zh}</a>
            </span>
          ))}
        </p>
      )}
    </article>
  );
}

/**
 * The course glossary, grouped by chapter as the server renders it. Once the page runs, the
 * reader can re-sort it by pinyin or by English name; every entry keeps its anchor.
 */
export default function GlossaryList() {
  const [order, setOrder] = useState<Order>('chapter');
  const isBrowser = useIsBrowser();
  const groups = groupEntries(data, order);
  return (
    <>
      <p>
        {`本课程讲到的 ${data.entries.length} 个术语：中文名与英文名、缩写、一两句话的定义，以及讲解它的小节。`}
        课文中每个术语第一次出现时，悬停、聚焦或轻点即可看到这里的定义。
      </p>
      {isBrowser && (
        <fieldset className={styles.orders}>
          <legend>排列方式</legend>
          {ORDERS.map((o) => (
            <label key={o.value}>
              <input type="radio" name="glossary-order" value={o.value} checked={order === o.value} onChange={() => setOrder(o.value)} />
              {o.label}
            </label>
          ))}
        </fieldset>
      )}
      <nav aria-label="术语表目录" className={styles.index}>
        <ul>
          {groups.map((g) => (
            <li key={g.key}>
              <a href={`#${g.anchor}`}>{g.label}</a>
            </li>
          ))}
        </ul>
      </nav>
      {groups.map((g) => (
        <section key={g.key} aria-labelledby={g.anchor}>
          <Heading as="h2" id={g.anchor} className={styles.group}>
            {g.title}
            {g.permalink && (
              <Link to={g.permalink} className={styles.overview}>
                本章概览
              </Link>
            )}
          </Heading>
          {g.entries.length === 0 && <p>本章还没有收录术语。</p>}
          {g.entries.map((e) => (
            <Entry key={e.id} entry={e} />
          ))}
        </section>
      ))}
    </>
  );
}

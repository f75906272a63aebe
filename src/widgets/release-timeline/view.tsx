import React, {useEffect, useId, useMemo, useRef, useState} from 'react';
import {
  ALL,
  MODALITY_LABEL,
  applyFilters,
  assignLanes,
  axisFor,
  buildItems,
  formatDate,
  groupByYear,
  modalities,
  organisations,
  position,
  summary,
  yearWidth,
  type Filters,
  type Modality,
  type PaperInput,
  type ReleaseInput,
  type TimelineItem,
} from './model';
import styles from './styles.module.css';

/** A link component with Docusaurus' `to` prop (the page passes `@docusaurus/Link`). */
export type LinkComponent = React.ComponentType<{to: string; children: React.ReactNode; className?: string}>;

export interface ViewProps extends Props {
  releases: ReleaseInput[];
  papers: PaperInput[];
  /** Permalink of the full timeline (the chapter overview), linked from the compact form. */
  fullTimeline?: string;
  Link: LinkComponent;
}

export interface Props {
  /**
   * Compact form for the home page: model releases only, the weights filter only, and the
   * latest `limit` entries newest first, with a link to the full timeline.
   */
  compact?: boolean;
  /** Entries listed in compact form (default 8). */
  limit?: number;
}

const START: Filters = {...ALL, kind: 'release'};
const isDefault = (f: Filters) =>
  f.kind === START.kind && f.org === START.org && f.weights === START.weights && f.modality === START.modality;

const MIN_WIDTH = 560;
const OPEN_YEARS = 3;
const PAD = 28;
const LANE = 14;
const TOP = 14;

function Mark({item, x, y}: {item: TimelineItem; x: number; y: number}) {
  const label = `${formatDate(item.date)} ${item.name}`;
  if (item.kind === 'paper') {
    return (
      <rect className={styles.markPaper} x={x - 4} y={y - 4} width={8} height={8}>
        <title>{label}</title>
      </rect>
    );
  }
  return (
    <circle className={item.weights === 'open' ? styles.markOpen : styles.markClosed} cx={x} cy={y} r={5}>
      <title>{`${label}（${item.org}，${item.weights === 'open' ? '开放权重' : '闭源'}）`}</title>
    </circle>
  );
}

function Axis({items, label}: {items: TimelineItem[]; label: string}) {
  const axis = axisFor(items);
  const years = axis.ticks.length - 1;
  const width = Math.max(MIN_WIDTH, years * yearWidth(years) + 2 * PAD);
  const inner = width - 2 * PAD;
  const xs = items.map((i) => PAD + position(i.date, axis) * inner);
  const lanes = assignLanes(xs, 11, 8);
  // Recent releases matter most: once in the browser, scroll a wide axis to its right end.
  // (An effect, so the server render and hydration see the same markup.)
  const scroller = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = scroller.current;
    if (el) el.scrollLeft = el.scrollWidth;
  }, [width]);
  const laneCount = lanes.length ? Math.max(...lanes) + 1 : 1;
  const baseline = TOP + laneCount * LANE + 6;
  const height = baseline + 24;
  return (
    <div ref={scroller} className={styles.axisScroll} tabIndex={0} role="group" aria-label="时间轴（可横向滚动）">
      <svg
        className={styles.axis}
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={`时间轴：${label}`}>
        <line className={styles.axisLine} x1={PAD} x2={width - PAD} y1={baseline} y2={baseline} />
        {axis.ticks.map((t) => {
          const x = PAD + ((t.value - axis.start) / (axis.end - axis.start)) * inner;
          return (
            <g key={t.year}>
              <line className={styles.tick} x1={x} x2={x} y1={TOP - 6} y2={baseline + 5} />
              <text className={styles.tickLabel} x={x} y={baseline + 19} textAnchor="middle">
                {t.year}
              </text>
            </g>
          );
        })}
        {items.map((item, i) => (
          <Mark key={item.key} item={item} x={xs[i]} y={TOP + lanes[i] * LANE} />
        ))}
      </svg>
    </div>
  );
}

function Legend({papers}: {papers: boolean}) {
  return (
    <ul className={styles.legend} aria-label="图例">
      <li>
        <svg width="12" height="12" aria-hidden="true">
          <circle className={styles.markOpen} cx="6" cy="6" r="5" />
        </svg>
        开放权重（实心圆）
      </li>
      <li>
        <svg width="12" height="12" aria-hidden="true">
          <circle className={styles.markClosed} cx="6" cy="6" r="4.5" />
        </svg>
        闭源（空心圆）
      </li>
      {papers && (
        <li>
          <svg width="12" height="12" aria-hidden="true">
            <rect className={styles.markPaper} x="2" y="2" width="8" height="8" />
          </svg>
          论文（方块）
        </li>
      )}
    </ul>
  );
}

function Entry({item, Link}: {item: TimelineItem; Link: LinkComponent}) {
  const [first, ...more] = item.lessons;
  return (
    <li className={styles.entry}>
      <span className={styles.date}>{formatDate(item.date)}</span>
      <span className={styles.name}>
        <Link to={first.permalink}>{item.name}</Link>
      </span>
      <span className={styles.meta}>
        {item.kind === 'release' ? (
          <>
            <span>{item.org}</span>
            <span className={item.weights === 'open' ? styles.badgeOpen : styles.badgeClosed}>
              {item.weights === 'open' ? '开放权重' : '闭源'}
            </span>
            <span>{(item.modality ?? []).map((m) => MODALITY_LABEL[m]).join(' · ')}</span>
          </>
        ) : (
          <span className={styles.badgePaper}>论文</span>
        )}
        <span>
          课程：<Link to={first.permalink}>{first.pageTitle}</Link>
          {more.map((l) => (
            <React.Fragment key={l.permalink}>
              {'、'}
              <Link to={l.permalink}>{l.pageTitle}</Link>
            </React.Fragment>
          ))}
        </span>
        <a href={item.url} className={styles.source}>
          一手来源
        </a>
      </span>
    </li>
  );
}

/** The timeline drawn from plain data; `index.tsx` feeds it the course catalog. */
export default function TimelineView({
  compact = false,
  limit = 8,
  releases,
  papers,
  fullTimeline: full,
  Link,
}: ViewProps): React.JSX.Element {
  const all = useMemo(() => buildItems(releases, papers), [releases, papers]);
  // Releases first: the course cites several times more papers than it discusses releases, and
  // they would bury the releases; the 类型 filter brings them in.
  const [filters, setFilters] = useState<Filters>(START);
  const id = useId();
  const orgs = useMemo(() => organisations(all), [all]);
  const mods = useMemo(() => modalities(all), [all]);
  const shown = useMemo(() => applyFilters(all, filters), [all, filters]);
  const text = summary(shown);
  const paperCount = useMemo(() => all.filter((i) => i.kind === 'paper').length, [all]);
  const set = <K extends keyof Filters>(key: K, value: Filters[K]) => setFilters((f) => ({...f, [key]: value}));

  if (all.length === 0) {
    return <p className={styles.empty}>课程里还没有登记模型发布和论文。</p>;
  }

  return (
    <section className={`${styles.root} ${compact ? styles.compact : ''}`} aria-label="模型与论文发布时间线">
      <div className={styles.filters}>
        {!compact && (
          <label className={styles.field} htmlFor={`${id}-kind`}>
            类型
            <select id={`${id}-kind`} value={filters.kind} onChange={(e) => set('kind', e.target.value as Filters['kind'])}>
              <option value="all">发布与论文</option>
              <option value="release">只看模型发布</option>
              <option value="paper">只看论文</option>
            </select>
          </label>
        )}
        {!compact && (
          <label className={styles.field} htmlFor={`${id}-org`}>
            机构
            <select id={`${id}-org`} value={filters.org} onChange={(e) => set('org', e.target.value)}>
              <option value="">全部机构</option>
              {orgs.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.value}（{o.count}）
                </option>
              ))}
            </select>
          </label>
        )}
        <label className={styles.field} htmlFor={`${id}-weights`}>
          权重
          <select
            id={`${id}-weights`}
            value={filters.weights}
            onChange={(e) => set('weights', e.target.value as Filters['weights'])}>
            <option value="all">开放与闭源</option>
            <option value="open">开放权重</option>
            <option value="closed">闭源</option>
          </select>
        </label>
        {!compact && (
          <label className={styles.field} htmlFor={`${id}-mod`}>
            模态
            <select id={`${id}-mod`} value={filters.modality} onChange={(e) => set('modality', e.target.value as '' | Modality)}>
              <option value="">全部模态</option>
              {mods.map((m) => (
                <option key={m} value={m}>
                  {MODALITY_LABEL[m]}
                </option>
              ))}
            </select>
          </label>
        )}
        {!compact && (
          <button
            type="button"
            className="button button--sm button--secondary"
            onClick={() => setFilters(START)}
            disabled={isDefault(filters)}>
            清除筛选
          </button>
        )}
      </div>
      <p className={styles.status} aria-live="polite">
        {text}
        {!compact && filters.kind === 'release' && paperCount > 0 ? `（另有 ${paperCount} 篇论文，可在“类型”中选择显示）` : ''}
        {!compact && (filters.org || filters.weights !== 'all' || filters.modality) && filters.kind !== 'release'
          ? '（论文没有机构、权重和模态信息，按这些条件筛选时不显示论文）'
          : ''}
      </p>
      {shown.length > 0 && <Axis items={shown} label={text} />}
      <Legend papers={shown.some((i) => i.kind === 'paper')} />
      {compact ? (
        <>
          <ol className={styles.list}>
            {shown
              .slice(-limit)
              .reverse()
              .map((item) => (
                <Entry key={item.key} item={item} Link={Link} />
              ))}
          </ol>
          {full && (
            <p className={styles.more}>
              <Link to={full}>查看完整时间线与筛选</Link>
            </p>
          )}
        </>
      ) : (
        <div className={styles.years}>
          {groupByYear(shown).map((y, i, years) => (
            // The latest three years start open; older ones are one click (or Enter) away.
            <details key={y.year} open={i >= years.length - OPEN_YEARS} className={styles.year}>
              <summary>
                {y.year} 年（{y.count} 条）
              </summary>
              <ol className={styles.list}>
                {y.months.flatMap((m) => m.items).map((item) => (
                  <Entry key={item.key} item={item} Link={Link} />
                ))}
              </ol>
            </details>
          ))}
        </div>
      )}
    </section>
  );
}

import React, {useCallback, useMemo, useRef, useState} from 'react';
import Link from '@docusaurus/Link';
import clsx from 'clsx';
import type {PlacedPage, Roadmap as RoadmapData} from '@site/src/lesson/roadmapLayout';
import {edgeState, highlightOf, move, pageState} from './highlight';
import styles from './styles.module.css';

export interface Props {
  roadmap: RoadmapData;
}

const two = (n: number) => String(n).padStart(2, '0');

function label(page: PlacedPage, chapter: number): string {
  return `${page.title}（第 ${chapter} 章${page.practice ? '，代码实践' : ''}）`;
}

function LinkList({pages}: {pages: PlacedPage[]}) {
  if (pages.length === 0) return <>无</>;
  return (
    <ul className={styles.inline}>
      {pages.map((p) => (
        <li key={p.key}>
          <Link to={p.permalink}>{p.title}</Link>
        </li>
      ))}
    </ul>
  );
}

/**
 * The course's prerequisite graph, laid out at build time (./layout.ts) and drawn as SVG, so it
 * shows without JavaScript. Selecting a page (click, or Enter/Space on the focused page)
 * highlights everything it needs and everything that needs it; the arrow keys move between
 * pages, one tab stop for the whole graph.
 */
export default function Roadmap({roadmap}: Props) {
  const {pages, edges, columns} = roadmap;
  const byKey = useMemo(() => new Map(pages.map((p) => [p.key, p])), [pages]);
  const [selected, setSelected] = useState<string | null>(null);
  const [active, setActive] = useState(pages[0]?.key);
  const nodes = useRef(new Map<string, SVGGElement>());
  const highlight = useMemo(() => (selected ? highlightOf(selected, pages) : null), [selected, pages]);

  const select = useCallback((key: string) => {
    setActive(key);
    setSelected((current) => (current === key ? null : key));
  }, []);

  const onKeyDown = (event: React.KeyboardEvent, key: string) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      select(key);
      return;
    }
    if (event.key === 'Escape') {
      setSelected(null);
      return;
    }
    const next = move(pages, key, event.key);
    if (!next) return;
    event.preventDefault();
    setActive(next);
    // Chromium does not scroll a focused SVG element into view inside the scrolling region.
    const el = nodes.current.get(next);
    el?.focus({preventScroll: true});
    el?.scrollIntoView({block: 'nearest', inline: 'nearest'});
  };

  const inOrder = (keys: Set<string>) => pages.filter((p) => keys.has(p.key));
  const chosen = selected ? byKey.get(selected) : undefined;
  const chapterOf = (p: PlacedPage) => columns[p.column].number;
  // Related edges are drawn last, so that they run over the others.
  const sorted = [...edges].sort((a, b) => Number(!!edgeState(a, highlight)) - Number(!!edgeState(b, highlight)));
  const textY = (p: PlacedPage, i: number) =>
    p.y + p.height / 2 + (i - (p.lines.length - 1) / 2) * roadmap.lineHeight + roadmap.fontSize * 0.36;

  return (
    <div className={styles.roadmap}>
      <ul className={styles.legend} aria-label="图例">
        <li>
          <span className={clsx(styles.swatch, styles.swatchSelected)} aria-hidden="true" />
          所选的课
        </li>
        <li>
          <span className={clsx(styles.swatch, styles.swatchNeeds)} aria-hidden="true" />
          先修：它需要的课（含间接，实线箭头）
        </li>
        <li>
          <span className={clsx(styles.swatch, styles.swatchNeededBy)} aria-hidden="true" />
          后续：需要它的课（含间接，虚线箭头）
        </li>
        <li>
          <span className={clsx(styles.swatch, styles.swatchPractice)} aria-hidden="true" />
          代码实践
        </li>
      </ul>
      {/* One short line above the graph, so that selecting does not move the graph. */}
      <p className={styles.status} aria-live="polite">
        {chosen
          ? `已选“${chosen.title}”：先修 ${highlight!.needs.size} 课，后续 ${highlight!.neededBy.size} 课，列在图下方。`
          : '点击图中的一课（或用方向键移到它，按 Enter），查看它需要哪些课、哪些课需要它。'}
      </p>
      <div className={styles.scroll} role="region" aria-label="先修关系图（可横向滚动）" tabIndex={0}>
        <svg
          className={clsx(styles.graph, highlight && styles.focused)}
          width={roadmap.width}
          height={roadmap.height}
          viewBox={`0 0 ${roadmap.width} ${roadmap.height}`}
          role="group"
          aria-label="先修关系图：每列一章，箭头从先修的课指向需要它的课">
          {columns.map((c) => (
            <text key={c.number} className={styles.heading} x={c.x} y={18}>
              <tspan className={styles.chapterNumber}>{two(c.number)}</tspan>
              <tspan dx={6}>{c.title}</tspan>
            </text>
          ))}
          <g aria-hidden="true">
            {sorted.map((e) => (
              <path
                key={`${e.from}>${e.to}`}
                d={e.d}
                className={clsx(styles.edge, styles[edgeState(e, highlight) ?? 'plain'])}
                data-edge={`${e.from}>${e.to}`}
                data-state={edgeState(e, highlight)}
              />
            ))}
          </g>
          {pages.map((p) => {
            const state = pageState(p.key, highlight);
            return (
              <g
                key={p.key}
                ref={(el) => {
                  if (el) nodes.current.set(p.key, el);
                  else nodes.current.delete(p.key);
                }}
                className={clsx(styles.page, p.practice && styles.practice, highlight && styles[state ?? 'faded'])}
                role="button"
                tabIndex={p.key === active ? 0 : -1}
                aria-pressed={p.key === selected}
                aria-label={label(p, chapterOf(p))}
                data-key={p.key}
                data-state={state}
                onClick={() => select(p.key)}
                onKeyDown={(e) => onKeyDown(e, p.key)}>
                <rect x={p.x} y={p.y} width={p.width} height={p.height} rx={5} />
                <text x={p.x + 8} aria-hidden="true">
                  {p.lines.map((line, i) => (
                    <tspan key={i} x={p.x + 8} y={textY(p, i)}>
                      {line}
                    </tspan>
                  ))}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
      {chosen && (
        <div className={styles.details}>
          <p>
            所选：<Link to={chosen.permalink}>{chosen.title}</Link>
            <button type="button" className={styles.clear} onClick={() => setSelected(null)}>
              清除选择
            </button>
          </p>
          <div className={styles.related}>
            <span className={styles.relatedLabel}>先修</span>
            <LinkList pages={inOrder(highlight!.needs)} />
          </div>
          <div className={styles.related}>
            <span className={styles.relatedLabel}>后续</span>
            <LinkList pages={inOrder(highlight!.neededBy)} />
          </div>
        </div>
      )}
    </div>
  );
}

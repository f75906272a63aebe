import {useId, useMemo, useState, type KeyboardEvent, type MouseEvent} from 'react';
import {
  buildHnsw,
  buildIvf,
  buildPq,
  generatePoints,
  run,
  voronoiCell,
  type FilterMode,
  type Method,
} from './model';
import styles from './styles.module.css';

export interface Props {
  /** Method selected when the page loads. */
  initialMethod?: Method;
  /** Filtering strategy selected when the page loads ('none' hides nothing). */
  initialFilter?: FilterMode;
  /** Number of random points. */
  n?: number;
}

const METHOD_NAMES: Record<Method, string> = {exact: '精确（暴力）', ivf: 'IVF', hnsw: 'HNSW', pq: 'PQ'};
const FILTER_NAMES: Record<FilterMode, string> = {
  none: '不过滤',
  pre: '前过滤',
  post: '后过滤',
  in: '搜索中过滤',
};
const CAT_NAMES = ['类别 A（圆）', '类别 B（方）', '类别 C（三角）'];
const SIZE = 300;
const EF_CONSTRUCTION = 32;

const px = (v: number) => v * SIZE;

function Marker({x, y, cat, className}: {x: number; y: number; cat: number; className: string}) {
  const cx = px(x);
  const cy = px(y);
  if (cat === 1) return <rect x={cx - 3} y={cy - 3} width={6} height={6} className={className} />;
  if (cat === 2)
    return <polygon points={`${cx},${cy - 4} ${cx + 4},${cy + 3} ${cx - 4},${cy + 3}`} className={className} />;
  return <circle cx={cx} cy={cy} r={3.2} className={className} />;
}

/**
 * ANN playground: place a query on a few hundred random 2-D points and compare exact search,
 * IVF, HNSW and PQ (returned neighbours, recall@k, distance computations), with pre-, post- and
 * in-search metadata filtering.
 */
export default function AnnPlayground({initialMethod = 'exact', initialFilter = 'none', n = 300}: Props) {
  const uid = useId();
  const [seed, setSeed] = useState(1);
  const [method, setMethod] = useState<Method>(initialMethod);
  const [q, setQ] = useState({x: 0.54, y: 0.34});
  const [k, setK] = useState(10);
  const [nlist, setNlist] = useState(8);
  const [nprobe, setNprobe] = useState(1);
  const [M, setM] = useState(4);
  const [ef, setEf] = useState(10);
  const [ks, setKs] = useState(4);
  const [layer, setLayer] = useState(0);
  const [filter, setFilter] = useState<FilterMode>(initialFilter);
  const [cat, setCat] = useState(2);

  const pts = useMemo(() => generatePoints(n, seed), [n, seed]);
  const ivf = useMemo(() => buildIvf(pts, nlist, seed), [pts, nlist, seed]);
  const hnsw = useMemo(() => buildHnsw(pts, M, EF_CONSTRUCTION, seed), [pts, M, seed]);
  const pq = useMemo(() => buildPq(pts, ks, seed), [pts, ks, seed]);
  const cells = useMemo(() => ivf.centroids.map((_, j) => voronoiCell(ivf.centroids, j)), [ivf]);

  const probe = Math.min(nprobe, nlist);
  const efS = Math.max(ef, k);
  const res = run(pts, {ivf, hnsw, pq}, q, {method, k, nprobe: probe, efSearch: efS, filter, cat});
  const returned = new Set(res.ids);
  const missed = res.truth.filter((i) => !returned.has(i));
  const hits = res.ids.filter((i) => res.truth.includes(i)).length;
  const admitted = filter === 'none' ? n : pts.filter((p) => p.cat === cat).length;
  const shownLayer = Math.min(layer, hnsw.maxLevel);
  const visited = new Set(res.visited ?? []);

  const moveBy = (dx: number, dy: number) =>
    setQ((old) => ({x: Math.min(0.99, Math.max(0.01, old.x + dx)), y: Math.min(0.99, Math.max(0.01, old.y + dy))}));

  const onKey = (e: KeyboardEvent) => {
    const step = e.shiftKey ? 0.1 : 0.02;
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [-step, 0],
      ArrowRight: [step, 0],
      ArrowUp: [0, -step],
      ArrowDown: [0, step],
    };
    const m = moves[e.key];
    if (m) {
      e.preventDefault();
      moveBy(m[0], m[1]);
    }
  };

  const onClick = (e: MouseEvent<SVGSVGElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return;
    setQ({
      x: Math.min(0.99, Math.max(0.01, (e.clientX - r.left) / r.width)),
      y: Math.min(0.99, Math.max(0.01, (e.clientY - r.top) / r.height)),
    });
  };

  const summary =
    `${METHOD_NAMES[method]}${filter === 'none' ? '' : `，${FILTER_NAMES[filter]}（只要${CAT_NAMES[cat]}）`}：` +
    `返回 ${res.ids.length} 个结果，recall@${k} = ${res.recall.toFixed(2)}（命中 ${hits} / ${res.truth.length}），` +
    `距离计算 ${res.distCount} 次，暴力检索全部 ${n} 个点需 ${n} 次。`;

  const id = (s: string) => `${uid}-${s}`;

  return (
    <figure className={styles.root}>
      <div className={styles.controls}>
        <fieldset className={styles.group}>
          <legend>方法</legend>
          {(Object.keys(METHOD_NAMES) as Method[]).map((m) => (
            <label key={m} className={styles.radio}>
              <input type="radio" name={id('method')} checked={method === m} onChange={() => setMethod(m)} />
              {METHOD_NAMES[m]}
            </label>
          ))}
        </fieldset>

        <div className={styles.group}>
          <label htmlFor={id('k')}>k</label>
          <select id={id('k')} value={k} onChange={(e) => setK(Number(e.target.value))}>
            <option value={5}>5</option>
            <option value={10}>10</option>
          </select>
          <button type="button" onClick={() => setSeed((s) => s + 1)}>
            重新随机生成点
          </button>
        </div>

        {method === 'ivf' && (
          <div className={styles.group}>
            <span className={styles.pair}>
              <label htmlFor={id('nlist')}>nlist = {nlist}</label>
              <input id={id('nlist')} type="range" min={2} max={32} value={nlist} onChange={(e) => setNlist(Number(e.target.value))} />
            </span>
            <span className={styles.pair}>
              <label htmlFor={id('nprobe')}>nprobe = {probe}</label>
              <input id={id('nprobe')} type="range" min={1} max={nlist} value={probe} onChange={(e) => setNprobe(Number(e.target.value))} />
            </span>
          </div>
        )}
        {method === 'hnsw' && (
          <div className={styles.group}>
            <span className={styles.pair}>
              <label htmlFor={id('m')}>M = {M}</label>
              <input id={id('m')} type="range" min={2} max={12} value={M} onChange={(e) => setM(Number(e.target.value))} />
            </span>
            <span className={styles.pair}>
              <label htmlFor={id('ef')}>efSearch = {efS}</label>
              <input id={id('ef')} type="range" min={k} max={64} value={efS} onChange={(e) => setEf(Number(e.target.value))} />
            </span>
            <span className={styles.pair}>
              <label htmlFor={id('layer')}>显示第 {shownLayer} 层的边</label>
              <input
                id={id('layer')}
                type="range"
                min={0}
                max={hnsw.maxLevel}
                value={shownLayer}
                onChange={(e) => setLayer(Number(e.target.value))}
              />
            </span>
          </div>
        )}
        {method === 'pq' && (
          <div className={styles.group}>
            <label htmlFor={id('ks')}>每个子空间的码字数 ks = {ks}</label>
            <input id={id('ks')} type="range" min={2} max={16} value={ks} onChange={(e) => setKs(Number(e.target.value))} />
          </div>
        )}

        <div className={styles.group}>
          <label htmlFor={id('filter')}>元数据过滤</label>
          <select id={id('filter')} value={filter} onChange={(e) => setFilter(e.target.value as FilterMode)}>
            {(Object.keys(FILTER_NAMES) as FilterMode[]).map((f) => (
              <option key={f} value={f}>
                {FILTER_NAMES[f]}
              </option>
            ))}
          </select>
          <label htmlFor={id('cat')}>只要</label>
          <select id={id('cat')} value={cat} onChange={(e) => setCat(Number(e.target.value))} disabled={filter === 'none'}>
            {CAT_NAMES.map((c, i) => (
              <option key={c} value={i}>
                {c}
              </option>
            ))}
          </select>
        </div>
      </div>

      <div
        className={styles.plotWrap}
        tabIndex={0}
        role="group"
        aria-label={`查询点位置 (${q.x.toFixed(2)}, ${q.y.toFixed(2)})。点击或轻触图中任意位置放置查询点，方向键移动，按住 Shift 移动更快。`}
        onKeyDown={onKey}
      >
        <svg
          viewBox={`0 0 ${SIZE} ${SIZE}`}
          className={styles.plot}
          role="img"
          aria-label={`散点图：${n} 个点，十字为查询点。${summary}`}
          onClick={onClick}
        >
          <rect x={0} y={0} width={SIZE} height={SIZE} className={styles.frame} />
          {method === 'ivf' &&
            cells.map((poly, j) => (
              <polygon
                key={j}
                points={poly.map((v) => `${px(v.x)},${px(v.y)}`).join(' ')}
                className={res.probed?.includes(j) ? styles.cellProbed : styles.cell}
              />
            ))}
          {method === 'pq' && (
            <g className={styles.grid}>
              {pq.books[0].map((c, j) => (
                <line key={`x${j}`} x1={px(c)} x2={px(c)} y1={0} y2={SIZE} />
              ))}
              {pq.books[1].map((c, j) => (
                <line key={`y${j}`} x1={0} x2={SIZE} y1={px(c)} y2={px(c)} />
              ))}
            </g>
          )}
          {method === 'hnsw' && (
            <g className={styles.edges}>
              {hnsw.links.map((ls, i) =>
                (ls[shownLayer] ?? []).map((j) =>
                  i < j ? (
                    <line key={`${i}-${j}`} x1={px(pts[i].x)} y1={px(pts[i].y)} x2={px(pts[j].x)} y2={px(pts[j].y)} />
                  ) : null,
                ),
              )}
            </g>
          )}
          {pts.map((p, i) => (
            <Marker
              key={i}
              x={p.x}
              y={p.y}
              cat={p.cat}
              className={[
                styles[`cat${p.cat}`],
                filter !== 'none' && p.cat !== cat ? styles.faded : '',
                method === 'hnsw' && visited.has(i) ? styles.visited : '',
                method === 'hnsw' && hnsw.level[i] >= shownLayer && shownLayer > 0 ? styles.onLayer : '',
              ].join(' ')}
            />
          ))}
          {method === 'ivf' &&
            ivf.centroids.map((c, j) => (
              <rect key={j} x={px(c.x) - 3} y={px(c.y) - 3} width={6} height={6} transform={`rotate(45 ${px(c.x)} ${px(c.y)})`} className={styles.centroid} />
            ))}
          {method === 'hnsw' &&
            res.paths
              ?.filter((pa) => pa.layer > 0)
              .map((pa) => (
                <polyline
                  key={pa.layer}
                  points={pa.nodes.map((i) => `${px(pts[i].x)},${px(pts[i].y)}`).join(' ')}
                  className={styles.path}
                />
              ))}
          {res.ids.map((i) => (
            <circle key={`r${i}`} cx={px(pts[i].x)} cy={px(pts[i].y)} r={6.5} className={styles.hit} />
          ))}
          {missed.map((i) => (
            <circle key={`m${i}`} cx={px(pts[i].x)} cy={px(pts[i].y)} r={6.5} className={styles.miss} />
          ))}
          <g className={styles.query}>
            <line x1={px(q.x) - 7} x2={px(q.x) + 7} y1={px(q.y)} y2={px(q.y)} />
            <line x1={px(q.x)} x2={px(q.x)} y1={px(q.y) - 7} y2={px(q.y) + 7} />
          </g>
        </svg>
      </div>

      <figcaption className={styles.caption}>
        <p className={styles.summary} aria-live="polite">
          {summary}
          {method === 'pq' && filter !== 'pre' &&
            ` 其中 ${pq.books[0].length + pq.books[1].length} 次是计算查找表的一维子距离，其余每个点只做 2 次查表相加。`}
          {filter === 'post' && res.ids.length < k && ` 后过滤丢掉了 ${k - res.ids.length} 个结果。`}
          {filter !== 'none' && ` 满足条件的点共 ${admitted} 个。`}
        </p>
        <p className={styles.legend}>
          图例：十字为查询点；实线圆圈为返回的近邻；虚线圆圈为漏掉的真近邻；圆、方、三角为三种类别。
          {method === 'ivf' && ' 多边形为 k-means 中心（菱形）的 Voronoi 单元，着色的是被探查的单元。'}
          {method === 'hnsw' &&
            ` 灰线为所选层的边；粗线为在上层贪心下降的路径；带描边的点是第 0 层搜索中算过距离的点。共 ${hnsw.maxLevel + 1} 层。`}
          {method === 'pq' &&
            ' 二维时 PQ 只能切成 x、y 两个一维子空间，每个子空间的码本是一组刻度，编码后的点被“吸”到网格交点上，这其实就是网格量化；真实的 PQ 把例如 128 维切成 8 段 16 维，每段各有 256 个码字。'}
          {filter === 'pre' && ' 前过滤先挑出满足条件的点再暴力检索，结果精确，代价与满足条件的点数成正比。'}
          {filter === 'post' && ' 后过滤先不看条件取 k 个，再丢掉不满足条件的，条件越稀有丢得越多。'}
          {filter === 'in' && ' 搜索中过滤在索引遍历时检查条件，只把满足条件的点放进结果。'}
        </p>
      </figcaption>
    </figure>
  );
}

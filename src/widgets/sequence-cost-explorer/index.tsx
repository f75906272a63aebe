import React, {useEffect, useId, useMemo, useState} from 'react';
import styles from './styles.module.css';
import {
  DEMO_TOKENS,
  attentionFlops,
  computeCrossover,
  formatBytes,
  formatScientific,
  formatTokens,
  kvCacheBytes,
  kvEqualsWeights,
  linearFlops,
  logSpace,
  maskedScores,
  parallelOutputs,
  recurrentSteps,
  stateBytes,
  weightBytes,
  type CostConfig,
  type Mat,
} from './model';

type Panel = 'cost' | 'recurrence';

export interface Props {
  /** Which panel is shown first. */
  initialPanel?: Panel;
  /** Initial sequence length (1 000 – 1 000 000). */
  initialLength?: number;
}

const N_MIN = 1000;
const N_MAX = 1_000_000;
const WIDTHS = [1024, 2048, 4096, 8192];
const LAYERS = [24, 32, 48, 80];
const BATCHES = [1, 8, 32];
const HEAD_DIMS = [64, 128, 256];

// ------------------------------------------------------------------------------------------
// Log–log chart drawn as inline SVG.

interface Series {
  label: string;
  kind: 'attn' | 'linear' | 'ref';
  y: (n: number) => number;
}

interface Marker {
  x: number;
  label: string;
}

const W = 360;
const H = 230;
const M = {left: 60, right: 12, top: 34, bottom: 36};

function LogChart({
  title,
  series,
  markers,
  current,
  yTicks,
  yFormat,
}: {
  title: string;
  series: Series[];
  markers: Marker[];
  current: number;
  yTicks: (lo: number, hi: number) => number[];
  yFormat: (y: number) => string;
}) {
  const xs = logSpace(N_MIN, N_MAX, 64);
  const all = series.flatMap((s) => xs.map(s.y));
  const lo = Math.log10(Math.min(...all)) - 0.15;
  const hi = Math.log10(Math.max(...all)) + 0.15;
  const px = (n: number) => M.left + ((Math.log10(n) - 3) / 3) * (W - M.left - M.right);
  const py = (y: number) => H - M.bottom - ((Math.log10(y) - lo) / (hi - lo)) * (H - M.top - M.bottom);
  const ticks = yTicks(10 ** lo, 10 ** hi);
  const desc = `${title}，横轴为序列长度（对数），纵轴为对数刻度。当前长度 ${formatTokens(current)}：` +
    series.map((s) => `${s.label} ${yFormat(s.y(current))}`).join('；') +
    (markers.length ? `。标记：${markers.map((m) => `${m.label} 位于 ${formatTokens(m.x)}`).join('；')}` : '');
  return (
    <figure className={styles.chart}>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={desc} className={styles.svg}>
        <text x={M.left} y={13} className={styles.chartTitle}>
          {title}
        </text>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={M.left} x2={W - M.right} y1={py(t)} y2={py(t)} className={styles.grid} />
            <text x={M.left - 4} y={py(t) + 3} textAnchor="end" className={styles.tick}>
              {yFormat(t)}
            </text>
          </g>
        ))}
        {[1e3, 1e4, 1e5, 1e6].map((t) => (
          <g key={t}>
            <line x1={px(t)} x2={px(t)} y1={M.top} y2={H - M.bottom} className={styles.grid} />
            <text x={px(t)} y={H - M.bottom + 14} textAnchor="middle" className={styles.tick}>
              {formatTokens(t)}
            </text>
          </g>
        ))}
        <text x={(M.left + W - M.right) / 2} y={H - 4} textAnchor="middle" className={styles.tick}>
          序列长度 n
        </text>
        {markers
          .filter((m) => m.x >= N_MIN && m.x <= N_MAX)
          .map((m) => (
            <g key={m.label}>
              <line x1={px(m.x)} x2={px(m.x)} y1={M.top} y2={H - M.bottom} className={styles.marker} />
              <text x={px(m.x)} y={M.top - 5} textAnchor="middle" className={styles.markerText}>
                {m.label}
              </text>
            </g>
          ))}
        {series.map((s) => (
          <path
            key={s.label}
            d={xs.map((x, i) => `${i ? 'L' : 'M'}${px(x).toFixed(1)},${py(s.y(x)).toFixed(1)}`).join('')}
            className={`${styles.line} ${styles[s.kind]}`}
          />
        ))}
        <line x1={px(current)} x2={px(current)} y1={M.top} y2={H - M.bottom} className={styles.current} />
        {series.map((s) => (
          <circle key={s.label} cx={px(current)} cy={py(s.y(current))} r={3.5} className={`${styles.dot} ${styles[s.kind]}`} />
        ))}
      </svg>
      <figcaption className={styles.legend}>
        {series.map((s) => (
          <span key={s.label} className={styles.legendItem}>
            <svg width="28" height="10" aria-hidden="true">
              <line x1="0" x2="28" y1="5" y2="5" className={`${styles.line} ${styles[s.kind]}`} />
            </svg>
            {s.label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}

function powerTicks(base: number, step: number) {
  return (lo: number, hi: number): number[] => {
    const out: number[] = [];
    let k = Math.ceil(Math.log(lo) / Math.log(base));
    while (base ** k <= hi) {
      out.push(base ** k);
      k += step;
    }
    return out;
  };
}

function thin(f: (lo: number, hi: number) => number[]) {
  return (lo: number, hi: number) => {
    const t = f(lo, hi);
    const every = Math.ceil(t.length / 6);
    return t.filter((_, i) => i % every === 0);
  };
}

function Select({label, value, options, onChange, format}: {
  label: string;
  value: number;
  options: number[];
  onChange: (v: number) => void;
  format?: (v: number) => string;
}) {
  const id = useId();
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {options.map((o) => (
          <option key={o} value={o}>
            {format ? format(o) : o}
          </option>
        ))}
      </select>
    </div>
  );
}

function CostPanel({initialLength}: {initialLength: number}) {
  const [logN, setLogN] = useState(Math.log10(Math.min(N_MAX, Math.max(N_MIN, initialLength))));
  const [width, setWidth] = useState(4096);
  const [layers, setLayers] = useState(32);
  const [batch, setBatch] = useState(1);
  const [headDim, setHeadDim] = useState(128);
  const sliderId = useId();
  const n = Math.round(10 ** logN);
  const c: CostConfig = {width, layers, batch, headDim, bytes: 2};
  const nStar = computeCrossover(c);
  const nKv = kvEqualsWeights(c);

  const flopSeries: Series[] = [
    {label: 'softmax 注意力', kind: 'attn', y: (x) => attentionFlops(x, c)},
    {label: '固定状态（线性注意力类）', kind: 'linear', y: (x) => linearFlops(x, c)},
  ];
  const memSeries: Series[] = [
    {label: 'KV 缓存', kind: 'attn', y: (x) => kvCacheBytes(x, c)},
    {label: '固定状态', kind: 'linear', y: () => stateBytes(c)},
    {label: '权重（参照）', kind: 'ref', y: () => weightBytes(c)},
  ];
  const ratio = attentionFlops(n, c) / linearFlops(n, c);

  return (
    <div>
      <div className={styles.controls}>
        <div className={`${styles.field} ${styles.sliderField}`}>
          <label htmlFor={sliderId}>
            序列长度 n = <strong>{n.toLocaleString('en-US')}</strong>（{formatTokens(n)}）
          </label>
          <input
            id={sliderId}
            type="range"
            min={3}
            max={6}
            step={0.01}
            value={logN}
            aria-valuetext={`${n} 个词元`}
            onChange={(e) => setLogN(Number(e.target.value))}
          />
        </div>
        <Select label="宽度 d" value={width} options={WIDTHS} onChange={setWidth} />
        <Select label="层数 L" value={layers} options={LAYERS} onChange={setLayers} />
        <Select label="批大小 B" value={batch} options={BATCHES} onChange={setBatch} />
        <Select label="头维度 dₕ" value={headDim} options={HEAD_DIMS} onChange={setHeadDim} />
      </div>
      <div className={styles.charts}>
        <LogChart
          title="前向计算量（FLOPs）"
          series={flopSeries}
          markers={[{x: nStar, label: `n*=6d`}]}
          current={n}
          yTicks={thin(powerTicks(10, 1))}
          yFormat={(y) => formatScientific(y).replace('1 × ', '')}
        />
        <LogChart
          title="推理内存（16 位存储）"
          series={memSeries}
          markers={[{x: nKv, label: 'KV=权重'}]}
          current={n}
          yTicks={thin(powerTicks(2, 5))}
          yFormat={formatBytes}
        />
      </div>
      <table className={styles.readout}>
        <caption>当前长度下的数值（每个乘加计 2 次运算，b = 2 字节）</caption>
        <thead>
          <tr>
            <th scope="col">量</th>
            <th scope="col">公式</th>
            <th scope="col">数值</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">注意力模型计算</th>
            <td><code>L·B·(24nd² + 4n²d)</code></td>
            <td>{formatScientific(attentionFlops(n, c))}</td>
          </tr>
          <tr>
            <th scope="row">固定状态模型计算</th>
            <td><code>L·B·(24nd² + 4n·d·dₕ)</code></td>
            <td>{formatScientific(linearFlops(n, c))}（注意力的 {(1 / ratio).toPrecision(2)} 倍）</td>
          </tr>
          <tr>
            <th scope="row">KV 缓存</th>
            <td><code>2·L·B·n·d·b</code></td>
            <td>{formatBytes(kvCacheBytes(n, c))}</td>
          </tr>
          <tr>
            <th scope="row">固定状态</th>
            <td><code>L·B·d·dₕ·b</code></td>
            <td>{formatBytes(stateBytes(c))}</td>
          </tr>
          <tr>
            <th scope="row">权重</th>
            <td><code>12·L·d²·b</code></td>
            <td>{formatBytes(weightBytes(c))}</td>
          </tr>
          <tr>
            <th scope="row">拐点</th>
            <td><code>n* = 6d；KV=权重：n = 6d/B</code></td>
            <td>
              {nStar.toLocaleString('en-US')}；{Math.round(nKv).toLocaleString('en-US')}
            </td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}

// ------------------------------------------------------------------------------------------
// Step-by-step recurrence beside the masked-matrix computation.

const SUB = '₀₁₂₃₄₅₆₇₈₉';
function sub(n: number): string {
  return String(n)
    .split('')
    .map((c) => SUB[Number(c)])
    .join('');
}

function fmt(x: number): string {
  return String(Number(x.toFixed(3)));
}

function MatrixView({m, label, highlightRow, maskAbove, hot}: {
  m: Mat;
  label: string;
  highlightRow?: number;
  maskAbove?: boolean;
  hot?: boolean;
}) {
  return (
    <span className={styles.matrixWrap}>
    <table className={`${styles.matrix} ${hot ? styles.hotMatrix : ''}`} aria-label={label}>
      <tbody>
        {m.map((row, i) => (
          <tr key={i} className={i === highlightRow ? styles.hotRow : undefined}>
            {row.map((x, j) => {
              const masked = maskAbove && j > i;
              return (
                <td
                  key={j}
                  tabIndex={0}
                  aria-label={`${label} 第 ${i + 1} 行第 ${j + 1} 列：${masked ? '被掩码，为 0' : fmt(x)}`}
                  className={masked ? styles.masked : undefined}
                >
                  {masked ? '·' : fmt(x)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
    <span className={styles.matrixLabel} aria-hidden="true">{label}</span>
    </span>
  );
}

function RecurrencePanel() {
  const [gamma, setGamma] = useState(1);
  const [t, setT] = useState(2);
  const [playing, setPlaying] = useState(false);
  const steps = useMemo(() => recurrentSteps(DEMO_TOKENS, gamma), [gamma]);
  const scores = useMemo(() => maskedScores(DEMO_TOKENS, gamma), [gamma]);
  const outs = useMemo(() => parallelOutputs(DEMO_TOKENS, gamma), [gamma]);
  const n = DEMO_TOKENS.q.length;
  const s = steps[t];

  useEffect(() => {
    if (!playing) return undefined;
    const id = setInterval(() => setT((x) => (x + 1) % n), 1400);
    return () => clearInterval(id);
  }, [playing, n]);

  const vecText = (v: number[]) => `(${v.map(fmt).join(', ')})`;
  return (
    <div>
      <div className={styles.controls}>
        <Select
          label="衰减 γ"
          value={gamma}
          options={[1, 0.5]}
          onChange={setGamma}
          format={(g) => (g === 1 ? '1（线性注意力）' : '0.5（RetNet 式衰减）')}
        />
        <div className={styles.buttons}>
          <button type="button" onClick={() => setT((x) => Math.max(0, x - 1))} disabled={t === 0}>
            上一步
          </button>
          <button type="button" onClick={() => setT((x) => Math.min(n - 1, x + 1))} disabled={t === n - 1}>
            下一步
          </button>
          <button type="button" onClick={() => setPlaying((p) => !p)} aria-pressed={playing}>
            {playing ? '暂停' : '自动播放'}
          </button>
        </div>
      </div>
      <p className={styles.status} aria-live="polite">
        第 {t + 1} 步（共 {n} 步）：两种算法给出同一个输出 o<sub>{t + 1}</sub> = {vecText(s.out)} ★
      </p>
      <table className={styles.tokens}>
        <caption>词元（第 {t + 1} 行是当前词元）</caption>
        <thead>
          <tr>
            <th scope="col">t</th>
            <th scope="col">qₜ</th>
            <th scope="col">kₜ</th>
            <th scope="col">vₜ</th>
          </tr>
        </thead>
        <tbody>
          {DEMO_TOKENS.q.map((q, i) => (
            <tr key={i} className={i === t ? styles.hotRow : undefined}>
              <th scope="row">{i + 1}</th>
              <td>{vecText(q)}</td>
              <td>{vecText(DEMO_TOKENS.k[i])}</td>
              <td>{vecText(DEMO_TOKENS.v[i])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className={styles.views}>
        <section className={styles.view} aria-label="递归视角">
          <h4>递归视角：Sₜ = γ·Sₜ₋₁ + kₜᵀvₜ，oₜ = qₜSₜ</h4>
          <div className={styles.equation}>
            <MatrixView m={s.decayed} label={`γ·S${sub(t)}`} />
            <span aria-hidden="true">+</span>
            <MatrixView m={s.write} label={`k${sub(t + 1)}ᵀv${sub(t + 1)}`} />
            <span aria-hidden="true">=</span>
            <MatrixView m={s.state} label={`S${sub(t + 1)}`} hot />
          </div>
          <p className={styles.result}>
            o<sub>{t + 1}</sub> = q<sub>{t + 1}</sub>S<sub>{t + 1}</sub> = <mark className={styles.hotValue}>{vecText(s.out)} ★</mark>
          </p>
          <p className={styles.note}>状态始终是 2×2，与已读词元数无关。</p>
        </section>
        <section className={styles.view} aria-label="并行视角">
          <h4>并行视角：O = (QKᵀ ⊙ D)V，Dᵢⱼ = γ^(i−j)（j ≤ i）</h4>
          <div className={styles.equation}>
            <MatrixView m={scores} label="QKᵀ⊙D" highlightRow={t} maskAbove />
            <span aria-hidden="true">× V =</span>
            <MatrixView m={outs} label="O" highlightRow={t} />
          </div>
          <p className={styles.result}>
            第 {t + 1} 行：<mark className={styles.hotValue}>{vecText(outs[t])} ★</mark>
          </p>
          <p className={styles.note}>矩阵是 n×n，随长度平方增长；“·”为因果掩码置零的位置。</p>
        </section>
      </div>
    </div>
  );
}

export default function SequenceCostExplorer({initialPanel = 'cost', initialLength = 32_768}: Props): React.JSX.Element {
  const [panel, setPanel] = useState<Panel>(initialPanel);
  return (
    <div className={styles.root}>
      <div className={styles.tabs}>
        <button type="button" aria-pressed={panel === 'cost'} onClick={() => setPanel('cost')}>
          计算量与内存
        </button>
        <button type="button" aria-pressed={panel === 'recurrence'} onClick={() => setPanel('recurrence')}>
          递归与并行
        </button>
      </div>
      {panel === 'cost' ? <CostPanel initialLength={initialLength} /> : <RecurrencePanel />}
    </div>
  );
}

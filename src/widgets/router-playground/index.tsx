import React, {useEffect, useId, useMemo, useState} from 'react';
import {makeLogits, maxViolation, route, routeDeepSeek, simulateBias, switchBalanceLoss} from './model';
import styles from './styles.module.css';

export type Mode = 'switch' | 'deepseek' | 'bias';

export interface Props {
  /** Which view opens first: top-k with capacity, DeepSeekMoE, or bias balancing. */
  mode?: Mode;
  defaultTokens?: number;
  defaultExperts?: number;
  defaultTopK?: number;
  defaultCapacityFactor?: number;
  defaultSkew?: number;
  defaultTemperature?: number;
  seed?: number;
}

const ALPHA = 0.01;
const fmt = (x: number, d = 3) => (Number.isFinite(x) ? x.toFixed(d) : '—');

function Slider(props: {
  label: string;
  value: number;
  min: number;
  max: number;
  step?: number;
  onChange: (v: number) => void;
  show?: (v: number) => string;
}) {
  const {label, value, min, max, step = 1, onChange, show} = props;
  const id = useId();
  return (
    <div className={styles.control}>
      <label htmlFor={id}>
        {label}：<output htmlFor={id}>{show ? show(value) : value}</output>
      </label>
      <input
        id={id}
        type="range"
        min={min}
        max={max}
        step={step}
        value={value}
        onChange={(e) => onChange(Number(e.target.value))}
      />
    </div>
  );
}

interface Bar {
  label: string;
  kept: number;
  over: number;
  group?: number;
  note?: string;
}

/** Bar chart of per-expert load; `line` draws a dashed reference (capacity or mean). */
function Histogram(props: {bars: Bar[]; line?: number; lineLabel?: string; title: string}) {
  const {bars, line, lineLabel, title} = props;
  const slot = 40;
  const h = 150;
  const top = 18;
  const w = Math.max(300, bars.length * slot + 40);
  const maxV = Math.max(1, line ?? 0, ...bars.map((b) => b.kept + b.over));
  const y = (v: number) => top + h - (v / maxV) * h;
  const desc = bars.map((b) => `${b.label} ${b.kept + b.over}${b.over ? `（溢出 ${b.over}）` : ''}`).join('，');
  return (
    <div className={styles.scroll} tabIndex={0} role="group" aria-label={title}>
      <svg width={w} height={h + top + 44} viewBox={`0 0 ${w} ${h + top + 44}`} role="img" aria-label={`${title}：${desc}`}>
        {bars.map((b, i) => {
          const x = 30 + i * slot;
          return (
            <g key={b.label}>
              <rect
                x={x}
                y={y(b.kept)}
                width={slot - 8}
                height={(b.kept / maxV) * h}
                className={b.group !== undefined && b.group % 2 ? styles.barAlt : styles.bar}
              />
              {b.over > 0 && (
                <rect x={x} y={y(b.kept + b.over)} width={slot - 8} height={(b.over / maxV) * h} className={styles.overflow} />
              )}
              <text x={x + (slot - 8) / 2} y={y(b.kept + b.over) - 4} className={styles.svgText} textAnchor="middle">
                {b.kept + b.over}
              </text>
              <text x={x + (slot - 8) / 2} y={top + h + 14} className={styles.svgText} textAnchor="middle">
                {b.label}
              </text>
              {b.note && (
                <text x={x + (slot - 8) / 2} y={top + h + 30} className={styles.svgSmall} textAnchor="middle">
                  {b.note}
                </text>
              )}
            </g>
          );
        })}
        {line !== undefined && Number.isFinite(line) && (
          <g>
            <line x1={24} x2={w - 4} y1={y(line)} y2={y(line)} className={styles.refLine} />
            <text x={w - 6} y={y(line) - 4} className={styles.svgText} textAnchor="end">
              {lineLabel}
            </text>
          </g>
        )}
      </svg>
    </div>
  );
}

function SwitchView(p: Required<Omit<Props, 'mode'>>) {
  const [T, setT] = useState(p.defaultTokens);
  const [E, setE] = useState(p.defaultExperts);
  const [k, setK] = useState(p.defaultTopK);
  const [cf, setCf] = useState(p.defaultCapacityFactor);
  const [skew, setSkew] = useState(p.defaultSkew);
  const [temp, setTemp] = useState(p.defaultTemperature);
  const kk = Math.min(k, E);
  const r = useMemo(() => route(makeLogits(T, E, skew, p.seed), kk, cf, temp), [T, E, kk, cf, skew, temp, p.seed]);
  const loss = switchBalanceLoss(r.fraction, r.meanProb, ALPHA);
  const bars: Bar[] = r.demand.map((d, i) => ({label: `E${i + 1}`, kept: r.load[i], over: d - r.load[i]}));
  return (
    <div>
      <div className={styles.controls}>
        <Slider label="词元数 T" value={T} min={4} max={32} onChange={setT} />
        <Slider label="专家数 N" value={E} min={2} max={16} onChange={setE} />
        <Slider label="top-k" value={k} min={1} max={4} onChange={setK} />
        <Slider label="容量因子" value={cf} min={0.5} max={2} step={0.25} onChange={setCf} show={(v) => v.toFixed(2)} />
        <Slider label="路由偏斜" value={skew} min={0} max={3} step={0.25} onChange={setSkew} show={(v) => v.toFixed(2)} />
        <Slider label="温度" value={temp} min={0.25} max={2} step={0.25} onChange={setTemp} show={(v) => v.toFixed(2)} />
      </div>
      <dl className={styles.stats}>
        <div>
          <dt>专家容量 C = ⌈因子·kT/N⌉</dt>
          <dd>{r.capacity}</dd>
        </div>
        <div>
          <dt>被拒派发 / 完全丢弃词元</dt>
          <dd>
            {r.dropped} / {r.fullyDropped}
          </dd>
        </div>
        <div>
          <dt>N·Σ fᵢPᵢ（均匀时为 1）</dt>
          <dd>{fmt(loss / ALPHA)}</dd>
        </div>
        <div>
          <dt>损失 α·N·Σ fᵢPᵢ（α = 0.01）</dt>
          <dd>{fmt(loss, 4)}</dd>
        </div>
      </dl>
      <Histogram
        bars={bars}
        line={r.capacity}
        lineLabel={`容量 C = ${r.capacity}`}
        title="每个专家收到的派发数，浅红虚线框部分超出容量被丢弃"
      />
      <p className={styles.legend}>
        实心柱：处理的词元；浅红虚线框：超过容量被丢弃的派发；水平虚线：容量。fᵢ 为 kT 次选择中落到专家 i 的比例，Pᵢ 为专家 i 的平均路由概率。
      </p>
      <ol className={styles.tokens} aria-label="每个词元的专家分配">
        {Array.from({length: T}, (_, t) => (
          <li key={t} className={styles.token}>
            <span className={styles.tokenName}>t{t + 1}</span>
            {r.assignments
              .filter((a) => a.token === t)
              .map((a) => (
                <span
                  key={a.expert}
                  className={a.kept ? styles.chip : styles.chipDropped}
                  title={a.kept ? '已处理' : '专家已满，丢弃'}
                >
                  E{a.expert + 1} {a.kept ? `${(a.gate * 100).toFixed(0)}%` : '✕ 丢弃'}
                </span>
              ))}
          </li>
        ))}
      </ol>
    </div>
  );
}

function DeepSeekView(p: Required<Omit<Props, 'mode'>>) {
  const [T, setT] = useState(p.defaultTokens);
  const [routed, setRouted] = useState(16);
  const [shared, setShared] = useState(2);
  const [k, setK] = useState(3);
  const [devices, setDevices] = useState(4);
  const [skew, setSkew] = useState(p.defaultSkew);
  const r = useMemo(
    () => routeDeepSeek({tokens: T, routed, shared, topK: k, devices, skew, temperature: p.defaultTemperature, seed: p.seed}),
    [T, routed, shared, k, devices, skew, p.defaultTemperature, p.seed],
  );
  const D = r.deviceLoad.length;
  const per = routed / D;
  const bars: Bar[] = r.demand.map((d, i) => ({
    label: `R${i + 1}`,
    kept: d,
    over: 0,
    group: Math.floor(i / per),
    note: i % per === 0 ? `设备${Math.floor(i / per) + 1}` : undefined,
  }));
  return (
    <div>
      <div className={styles.controls}>
        <Slider label="词元数 T" value={T} min={4} max={32} onChange={setT} />
        <Slider label="路由专家 N′" value={routed} min={4} max={32} step={4} onChange={setRouted} />
        <Slider label="共享专家 Kₛ" value={shared} min={0} max={2} onChange={setShared} />
        <Slider label="每词元路由专家 K′" value={k} min={1} max={6} onChange={setK} />
        <Slider label="设备数 D" value={devices} min={1} max={4} onChange={setDevices} />
        <Slider label="路由偏斜" value={skew} min={0} max={3} step={0.25} onChange={setSkew} show={(v) => v.toFixed(2)} />
      </div>
      <dl className={styles.stats}>
        <div>
          <dt>每词元激活专家 Kₛ + K′</dt>
          <dd>{r.activePerToken}</dd>
        </div>
        <div>
          <dt>专家级均衡 N′·Σ fᵢPᵢ（均匀为 1）</dt>
          <dd>{fmt(r.expertLoss)}</dd>
        </div>
        <div>
          <dt>设备级均衡 Σ f′ᵢP′ᵢ（均匀为 1）</dt>
          <dd>{fmt(r.deviceLoss)}</dd>
        </div>
        <div>
          <dt>各设备负载</dt>
          <dd>{r.deviceLoad.join(' / ')}</dd>
        </div>
      </dl>
      <Histogram bars={bars} title="每个路由专家收到的词元数，按设备分组（深浅交替）" line={(T * Math.min(k, routed)) / routed} lineLabel="平均" />
      <p className={styles.legend}>
        共享专家 S 处理每一个词元，不参与路由，也不计入上面的负载。路由专家按编号顺序平均放在 {D} 个设备上，深浅交替表示不同设备。
      </p>
      <ol className={styles.tokens} aria-label="每个词元激活的共享专家和路由专家">
        {Array.from({length: T}, (_, t) => (
          <li key={t} className={styles.token}>
            <span className={styles.tokenName}>t{t + 1}</span>
            {Array.from({length: shared}, (_, s) => (
              <span key={`s${s}`} className={styles.chipShared}>
                S{s + 1} 共享
              </span>
            ))}
            {r.assignments
              .filter((a) => a.token === t)
              .map((a) => (
                <span key={a.expert} className={styles.chip}>
                  R{a.expert + 1}
                </span>
              ))}
          </li>
        ))}
      </ol>
    </div>
  );
}

function BiasView(p: Required<Omit<Props, 'mode'>>) {
  const [E, setE] = useState(8);
  const [k, setK] = useState(2);
  const [skew, setSkew] = useState(1.5);
  const [gamma, setGamma] = useState(0.02);
  const [step, setStep] = useState(0);
  const [playing, setPlaying] = useState(false);
  const MAX = 60;
  const T = 64;
  const run = useMemo(() => simulateBias(T, E, Math.min(k, E), skew, gamma, MAX, p.seed), [E, k, skew, gamma, p.seed]);
  useEffect(() => {
    if (!playing) return undefined;
    const id = setInterval(() => {
      setStep((s) => {
        if (s >= MAX) {
          setPlaying(false);
          return s;
        }
        return s + 1;
      });
    }, 250);
    return () => clearInterval(id);
  }, [playing]);
  const cur = run[Math.min(step, MAX)];
  const mean = (T * Math.min(k, E)) / E;
  const bars: Bar[] = cur.load.map((l, i) => ({
    label: `E${i + 1}`,
    kept: l,
    over: 0,
    note: `${cur.bias[i] >= 0 ? '+' : ''}${cur.bias[i].toFixed(2)}`,
  }));
  const w = 300;
  const h = 70;
  const maxVio = Math.max(0.01, ...run.map((s) => s.maxVio));
  const point = (i: number, v: number) => `${10 + (i / MAX) * (w - 20)},${5 + h - (v / maxVio) * h}`;
  const all = run.map((st, i) => point(i, st.maxVio)).join(' ');
  const pts = run
    .slice(0, step + 1)
    .map((st, i) => point(i, st.maxVio))
    .join(' ');
  const [cx, cy] = point(Math.min(step, MAX), cur.maxVio).split(',').map(Number);
  return (
    <div>
      <div className={styles.controls}>
        <Slider label="专家数" value={E} min={4} max={16} onChange={(v) => (setE(v), setStep(0))} />
        <Slider label="top-k" value={k} min={1} max={4} onChange={(v) => (setK(v), setStep(0))} />
        <Slider
          label="路由偏斜"
          value={skew}
          min={0}
          max={3}
          step={0.25}
          onChange={(v) => (setSkew(v), setStep(0))}
          show={(v) => v.toFixed(2)}
        />
        <Slider
          label="偏置步长 γ"
          value={gamma}
          min={0.005}
          max={0.05}
          step={0.005}
          onChange={(v) => (setGamma(v), setStep(0))}
          show={(v) => v.toFixed(3)}
        />
      </div>
      <div className={styles.buttons}>
        <button type="button" onClick={() => setPlaying((x) => !x)} aria-pressed={playing}>
          {playing ? '暂停' : '播放'}
        </button>
        <button type="button" onClick={() => setStep((s) => Math.min(MAX, s + 1))} disabled={step >= MAX}>
          单步
        </button>
        <button type="button" onClick={() => (setPlaying(false), setStep(0))}>
          重置
        </button>
        <span className={styles.stepInfo} aria-live="polite">
          第 {cur.step} 步 / {MAX}，MaxVio = {fmt(cur.maxVio, 2)}
        </span>
      </div>
      <Histogram bars={bars} line={mean} lineLabel={`平均 ${fmt(mean, 1)}`} title={`第 ${cur.step} 步每个专家的负载，下方数字是偏置 b`} />
      <p className={styles.legend}>
        每步取一批新的 {T} 个词元：按 sᵢ + bᵢ 选 top-k（sᵢ 为 sigmoid 亲和度），门控仍只用 sᵢ。之后负载高于平均的专家 bᵢ 减 γ，低于平均的加 γ。MaxVio = (最大负载 − 平均) / 平均。
      </p>
      <div className={styles.scroll} tabIndex={0} role="group" aria-label="MaxVio 曲线">
        <svg width={w} height={h + 20} viewBox={`0 0 ${w} ${h + 20}`} role="img" aria-label={`MaxVio 随步数变化：从 ${fmt(run[0].maxVio, 2)} 到当前 ${fmt(cur.maxVio, 2)}`}>
          <line x1={10} x2={w - 10} y1={h + 5} y2={h + 5} className={styles.axis} />
          <polyline points={all} className={styles.trendFuture} />
          <polyline points={pts} className={styles.trend} />
          <circle cx={cx} cy={cy} r={4} className={styles.dot} />
          <text x={10} y={h + 18} className={styles.svgSmall}>
            步数 →
          </text>
          <text x={w - 10} y={12} className={styles.svgSmall} textAnchor="end">
            MaxVio
          </text>
        </svg>
      </div>
      <p className={styles.legend}>初始（偏置为 0）的 MaxVio：{fmt(maxViolation(run[0].load), 2)}。</p>
    </div>
  );
}

const MODES: {id: Mode; label: string}[] = [
  {id: 'switch', label: 'Top-k 与容量'},
  {id: 'deepseek', label: 'DeepSeekMoE 共享 + 细粒度'},
  {id: 'bias', label: '无辅助损失偏置'},
];

export default function RouterPlayground({
  mode = 'switch',
  defaultTokens = 16,
  defaultExperts = 8,
  defaultTopK = 1,
  defaultCapacityFactor = 1.25,
  defaultSkew = 1,
  defaultTemperature = 1,
  seed = 7,
}: Props): React.JSX.Element {
  const [m, setM] = useState<Mode>(mode);
  const p = {defaultTokens, defaultExperts, defaultTopK, defaultCapacityFactor, defaultSkew, defaultTemperature, seed};
  return (
    <figure className={styles.root}>
      <figcaption className={styles.caption}>MoE 路由演练器</figcaption>
      <div className={styles.modes} role="group" aria-label="模式">
        {MODES.map((x) => (
          <button key={x.id} type="button" aria-pressed={m === x.id} onClick={() => setM(x.id)}>
            {x.label}
          </button>
        ))}
      </div>
      {m === 'switch' && <SwitchView {...p} />}
      {m === 'deepseek' && <DeepSeekView {...p} />}
      {m === 'bias' && <BiasView {...p} />}
    </figure>
  );
}

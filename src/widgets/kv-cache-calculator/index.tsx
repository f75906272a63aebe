import React, {useId, useMemo, useState} from 'react';
import {
  computeAll,
  FORMULAS,
  formatBytes,
  formatInt,
  getPreset,
  mlaEquivalentGroups,
  presetList,
  sanitize,
  type KvConfig,
  type PresetId,
  type Scheme,
} from './model';
import frame from '../shared/frame.module.css';
import styles from './styles.module.css';

export interface Props {
  /** Preset selected on first render. */
  preset?: PresetId;
  /** Optional heading shown above the calculator. */
  title?: string;
  /** Preset buttons to offer; defaults to the four of chapters 01 and 07. */
  presets?: PresetId[];
}

type NumField = Exclude<keyof KvConfig, 'bytesPerElement'>;

const FIELDS: {key: NumField; label: string; hint: string; step?: number}[] = [
  {key: 'layers', label: '层数 l', hint: 'layers'},
  {key: 'heads', label: '查询头数 n_h', hint: 'heads'},
  {key: 'kvHeads', label: 'KV 头数 n_kv（GQA）', hint: 'kv heads'},
  {key: 'headDim', label: '头维 d_h', hint: 'head dim'},
  {key: 'latentDim', label: '潜在维度 d_c（MLA）', hint: 'latent'},
  {key: 'ropeDim', label: 'RoPE 维度 d_h^R（MLA）', hint: 'rope'},
  {key: 'seqLen', label: '序列长度（token）', hint: 'seq'},
  {key: 'batch', label: '批量（序列数）', hint: 'batch'},
  {key: 'budgetGB', label: '显存预算（GB = 10⁹ 字节）', hint: 'budget', step: 1},
];

const DTYPES: {bytes: number; label: string}[] = [
  {bytes: 4, label: 'FP32（4 字节）'},
  {bytes: 2, label: 'BF16 / FP16（2 字节）'},
  {bytes: 1, label: 'FP8 / INT8（1 字节）'},
  {bytes: 0.5, label: 'INT4（0.5 字节）'},
];

export default function KvCacheCalculator({preset = 'llama-3-70b', title, presets}: Props): React.JSX.Element {
  const uid = useId();
  const offered = useMemo(() => presetList(presets, preset), [presets, preset]);
  const [presetId, setPresetId] = useState<PresetId | null>(preset);
  const [cfg, setCfg] = useState<KvConfig>(() => getPreset(preset).config);
  const clean = useMemo(() => sanitize(cfg), [cfg]);
  const results = useMemo(() => computeAll(clean), [clean]);
  const native: Scheme | null = presetId ? getPreset(presetId).native : null;
  const maxBytes = Math.max(...results.map((r) => r.bytesPerToken), 1);

  const choose = (id: PresetId) => {
    setPresetId(id);
    setCfg(getPreset(id).config);
  };
  const update = (key: keyof KvConfig, value: number) => {
    setPresetId(null);
    setCfg((c) => ({...c, [key]: value}));
  };

  const barW = 200;
  const rowH = 34;
  const labelW = 48;
  const chartH = results.length * rowH + 8;

  return (
    <section className={styles.root} aria-label={title ?? 'KV 缓存计算器'}>
      {title && <h3 className={styles.title}>{title}</h3>}
      <div className={styles.presets} role="group" aria-label="预设配置">
        {offered.map((p) => (
          <button
            key={p.id}
            type="button"
            className={styles.presetBtn}
            aria-pressed={presetId === p.id}
            onClick={() => choose(p.id)}>
            {p.label}
          </button>
        ))}
      </div>
      <p className={styles.source}>
        {presetId ? getPreset(presetId).source : '自定义配置（已修改预设中的数值）。'}
      </p>

      <div className={styles.fields}>
        {FIELDS.map((f) => {
          const id = `${uid}-${f.key}`;
          return (
            <div key={f.key} className={styles.field}>
              <label htmlFor={id}>{f.label}</label>
              <input
                id={id}
                type="number"
                inputMode="numeric"
                min={0}
                step={f.step ?? 1}
                value={Number.isFinite(cfg[f.key]) ? cfg[f.key] : ''}
                onChange={(e) => update(f.key, e.target.valueAsNumber)}
              />
            </div>
          );
        })}
        <div className={styles.field}>
          <label htmlFor={`${uid}-dtype`}>每元素字节数</label>
          <select
            id={`${uid}-dtype`}
            value={cfg.bytesPerElement}
            onChange={(e) => update('bytesPerElement', Number(e.target.value))}>
            {DTYPES.map((d) => (
              <option key={d.bytes} value={d.bytes}>
                {d.label}
              </option>
            ))}
          </select>
        </div>
      </div>

      <div className={frame.tableWrap} tabIndex={0} role="region" aria-label="各注意力方案的 KV 缓存（可横向滚动）">
        <table className={frame.table}>
          <caption className={styles.caption}>各注意力方案的 KV 缓存</caption>
          <thead>
            <tr>
              <th scope="col">方案</th>
              <th scope="col">每层元素公式</th>
              <th scope="col">每 token 每层</th>
              <th scope="col">每 token（{clean.layers} 层）</th>
              <th scope="col">总缓存</th>
              <th scope="col">预算内可放 token</th>
              <th scope="col">相对 MHA</th>
            </tr>
          </thead>
          <tbody>
            {results.map((r) => (
              <tr key={r.scheme} className={r.scheme === native ? styles.native : undefined}>
                <th scope="row">
                  {r.scheme}
                  {r.scheme === native && <span className={styles.badge}>本模型</span>}
                </th>
                <td>
                  <code>{FORMULAS[r.scheme]}</code> = {formatInt(r.elementsPerTokenLayer)}
                </td>
                <td>{formatBytes(r.bytesPerTokenLayer)}</td>
                <td>{formatBytes(r.bytesPerToken)}</td>
                <td>{formatBytes(r.totalBytes)}</td>
                <td>{formatInt(r.tokensInBudget)}</td>
                <td>{(r.ratioToMHA * 100).toFixed(r.ratioToMHA < 0.1 ? 2 : 1)}%</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {presetId && getPreset(presetId).mhaNote && <p className={styles.note}>{getPreset(presetId).mhaNote}</p>}
      <p className={styles.note}>
        每 token 缓存 = 每层元素数 × 每元素字节数 × 层数；总缓存再乘以序列长度 {formatInt(clean.seqLen)} 和批量{' '}
        {formatInt(clean.batch)}；“预算内可放 token”= 预算字节数 ÷ 每 token 缓存（向下取整）。
      </p>
      <svg
        className={styles.chart}
        viewBox={`0 0 ${labelW + barW + 90} ${chartH}`}
        role="img"
        aria-label={`每 token 缓存：${results.map((r) => `${r.scheme} ${formatBytes(r.bytesPerToken)}`).join('，')}`}>
        {results.map((r, i) => {
          const w = Math.max(1, (r.bytesPerToken / maxBytes) * barW);
          const y = 4 + i * rowH;
          return (
            <g key={r.scheme}>
              <text x={0} y={y + rowH / 2 + 1} className={styles.chartLabel} dominantBaseline="middle">
                {r.scheme}
              </text>
              <rect
                x={labelW}
                y={y + 5}
                width={w}
                height={rowH - 12}
                rx={3}
                className={r.scheme === native ? styles.barNative : styles.bar}
              />
              <text x={labelW + w + 6} y={y + rowH / 2 + 1} className={styles.chartValue} dominantBaseline="middle">
                {formatBytes(r.bytesPerToken)}
              </text>
            </g>
          );
        })}
      </svg>
      <p className={styles.note}>
        条形长度按每 token 缓存线性缩放。MLA 的缓存相当于 {mlaEquivalentGroups(clean).toFixed(2)} 组 KV 头的 GQA（
        <code>(d_c + d_h^R) / (2 d_h)</code>）。MHA 一列假设键和值都是 d_h 维。只算 KV 缓存本身，不含模型权重、激活和推理框架的额外开销；字节用二进制单位（1 GiB = 2³⁰ 字节 ≈ 1.074 GB）。
      </p>
    </section>
  );
}

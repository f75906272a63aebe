import React, {useId, useMemo, useState} from 'react';
import {
  D_HEAD,
  KV_HEADS,
  MAX_TOKENS,
  N_HEADS,
  explore,
  formatBytes,
  heatColor,
  kvCacheBytes,
  kvHeadFor,
  makeWeights,
  textColorOn,
  type Sharing,
} from './model';
import styles from './styles.module.css';

export interface Props {
  /** Sentence shown first (Chinese or English). */
  initialText?: string;
  /** Start with the causal mask switched on. */
  initialCausal?: boolean;
  /** Start with this head-sharing scheme. */
  initialSharing?: Sharing;
}

const SHARINGS: Sharing[] = ['MHA', 'GQA', 'MQA'];
/** K/V heads of a Llama-2-7B-shaped model (32 query heads) under each scheme; GQA with 8 groups. */
const BIG_KV: Record<Sharing, number> = {MHA: 32, GQA: 8, MQA: 1};
const SHARING_LABEL: Record<Sharing, string> = {MHA: 'MHA（4 组 K/V）', GQA: 'GQA（2 组 K/V）', MQA: 'MQA（1 组 K/V）'};

function fmt(x: number | null): string {
  return x === null ? '−∞' : x.toFixed(3);
}

export default function AttentionExplorer({
  initialText = '小猫坐在垫子上因为它累了',
  initialCausal = false,
  initialSharing = 'MHA',
}: Props): React.ReactElement {
  const id = useId();
  const [text, setText] = useState(initialText);
  const [causal, setCausal] = useState(initialCausal);
  const [scaled, setScaled] = useState(true);
  const [head, setHead] = useState(0);
  const [sharing, setSharing] = useState<Sharing>(initialSharing);
  const [active, setActive] = useState<[number, number] | null>(null);

  const weights = useMemo(() => makeWeights(), []);
  const result = useMemo(() => explore(text, {head, causal, scaled, sharing}, weights), [text, head, causal, scaled, sharing, weights]);
  const {tokens, scores} = result;
  const n = tokens.length;
  const nKv = KV_HEADS[sharing];

  const meanMax = n ? result.weights.reduce((s, r) => s + Math.max(...r), 0) / n : 0;
  const cell = active && active[0] < n && active[1] < n ? active : null;

  const toyBytes = kvCacheBytes({layers: 1, kvHeads: nKv, headDim: D_HEAD, seqLen: Math.max(n, 1)});
  const bigKv = BIG_KV[sharing];
  const bigBytes = kvCacheBytes({layers: 32, kvHeads: bigKv, headDim: 128, seqLen: 4096});

  // Geometry of the head-sharing figure.
  const W = 320;
  const qx = (i: number) => 20 + i * 75 + 30;
  const kx = (j: number) => (W / (nKv + 1)) * (j + 1);

  return (
    <figure className={styles.widget} aria-labelledby={`${id}-cap`}>
      <figcaption id={`${id}-cap`} className={styles.caption}>
        注意力探索器：softmax(QKᵀ/√d_k) 的权重矩阵，行是查询词元，列是键词元（4 个头，每头 d_k = {D_HEAD}，投影矩阵为固定随机种子生成、未经训练）。
      </figcaption>

      <div className={styles.controls}>
        <label className={styles.textLabel} htmlFor={`${id}-text`}>
          句子（最多 {MAX_TOKENS} 个词元）
          <input
            id={`${id}-text`}
            className={styles.text}
            type="text"
            value={text}
            maxLength={80}
            onChange={(e) => setText(e.target.value)}
          />
        </label>
        <label className={styles.check}>
          <input type="checkbox" checked={causal} onChange={(e) => setCausal(e.target.checked)} /> 因果掩码
        </label>
        <label className={styles.check}>
          <input type="checkbox" checked={scaled} onChange={(e) => setScaled(e.target.checked)} /> 除以 √d_k 缩放
        </label>
        <fieldset className={styles.group}>
          <legend>查询头</legend>
          {Array.from({length: N_HEADS}, (_, h) => (
            <label key={h} className={styles.radio}>
              <input type="radio" name={`${id}-head`} checked={head === h} onChange={() => setHead(h)} /> {h + 1}
            </label>
          ))}
        </fieldset>
        <fieldset className={styles.group}>
          <legend>K/V 共享方式</legend>
          {SHARINGS.map((s) => (
            <label key={s} className={styles.radio}>
              <input type="radio" name={`${id}-sharing`} checked={sharing === s} onChange={() => setSharing(s)} /> {SHARING_LABEL[s]}
            </label>
          ))}
        </fieldset>
      </div>

      {n === 0 ? (
        <p className={styles.note}>请输入至少一个字或词。</p>
      ) : (
        <div className={styles.scroll}>
          <table className={styles.heat}>
            <caption className={styles.srOnly}>
              查询头 {head + 1} 的注意力权重；{causal ? '已加因果掩码' : '无掩码'}；{scaled ? '已缩放' : '未缩放'}
            </caption>
            <thead>
              <tr>
                <th scope="col" className={styles.corner}>
                  查询 ＼ 键
                </th>
                {tokens.map((t, j) => (
                  <th key={j} scope="col" className={styles.colHead}>
                    {t}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {tokens.map((t, i) => (
                <tr key={i}>
                  <th scope="row" className={styles.rowHead}>
                    {t}
                  </th>
                  {result.weights[i].map((w, j) => {
                    const s = scores[i][j];
                    const masked = s === null;
                    const bg = heatColor(w);
                    const label = masked
                      ? `查询“${t}”对键“${tokens[j]}”：被因果掩码屏蔽，权重 0`
                      : `查询“${t}”对键“${tokens[j]}”：分数 ${fmt(s)}，权重 ${w.toFixed(3)}`;
                    return (
                      <td
                        key={j}
                        tabIndex={0}
                        aria-label={label}
                        className={masked ? `${styles.cell} ${styles.masked}` : styles.cell}
                        style={masked ? undefined : {background: bg, color: textColorOn(bg)}}
                        onMouseEnter={() => setActive([i, j])}
                        onFocus={() => setActive([i, j])}
                        onClick={() => setActive([i, j])}
                      >
                        {masked ? '×' : w.toFixed(2)}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <p className={styles.readout} aria-live="polite">
        {cell
          ? scores[cell[0]][cell[1]] === null
            ? `查询“${tokens[cell[0]]}”→ 键“${tokens[cell[1]]}”：被因果掩码屏蔽（分数记为 −∞），权重 0。`
            : `查询“${tokens[cell[0]]}”→ 键“${tokens[cell[1]]}”：分数 ${fmt(scores[cell[0]][cell[1]])}，权重 ${result.weights[cell[0]][cell[1]].toFixed(4)}。`
          : '把鼠标移到格子上，或用 Tab 键聚焦格子，查看分数和权重。'}
        {n > 0 && ` 每行最大权重的平均值：${meanMax.toFixed(3)}（越接近 1，softmax 越饱和）。`}
      </p>

      <div className={styles.sharing}>
        <svg
          viewBox={`0 0 ${W} 120`}
          className={styles.svg}
          role="img"
          aria-label={`${sharing}：4 个查询头共享 ${nKv} 组键值头。${Array.from({length: N_HEADS}, (_, q) => `查询头 ${q + 1} 读取 K/V 头 ${kvHeadFor(q, nKv) + 1}`).join('，')}。`}
        >
          {Array.from({length: N_HEADS}, (_, q) => (
            <line
              key={`l${q}`}
              x1={qx(q)}
              y1={36}
              x2={kx(kvHeadFor(q, nKv))}
              y2={86}
              className={q === head ? styles.linkActive : styles.link}
            />
          ))}
          {Array.from({length: N_HEADS}, (_, q) => (
            <g key={`q${q}`}>
              <rect x={qx(q) - 28} y={8} width={56} height={28} rx={4} className={q === head ? styles.boxActive : styles.box} />
              <text x={qx(q)} y={27} textAnchor="middle" className={q === head ? styles.labelActive : styles.label}>
                Q{q + 1}
              </text>
            </g>
          ))}
          {Array.from({length: nKv}, (_, j) => (
            <g key={`k${j}`}>
              <rect x={kx(j) - 34} y={86} width={68} height={28} rx={4} className={j === result.kvHead ? styles.boxActive : styles.box} />
              <text x={kx(j)} y={105} textAnchor="middle" className={j === result.kvHead ? styles.labelActive : styles.label}>
                K/V{j + 1}
              </text>
            </g>
          ))}
        </svg>
        <div className={styles.cache}>
          <p>
            当前查询头 {head + 1} 读取 K/V 头 {result.kvHead + 1}。
          </p>
          <p>
            本例 KV cache（1 层，{Math.max(n, 1)} 个词元，16 位浮点）：2 × 1 × {nKv} × {D_HEAD} × {Math.max(n, 1)} × 2 ={' '}
            {toyBytes} 字节。
          </p>
          <p>
            换成 Llama 2 7B 的形状（32 层、32 个查询头、每头 128 维）和 4096 个词元，{sharing} 取 {bigKv} 组 K/V：2 × 32 × {bigKv} × 128 × 4096 × 2 字节 ={' '}
            <strong>{formatBytes(bigBytes)}</strong>。
          </p>
        </div>
      </div>
    </figure>
  );
}

import React, {useId, useMemo, useState} from 'react';
import {divergingColor, rotate, ropeScore, sinusoidal, wavelength, type Vec2} from './model';
import styles from './styles.module.css';

export interface Props {
  /** Number of positions drawn in the heat map and on the RoPE circle. */
  initialPositions?: number;
  /** Dimension of the sinusoidal encoding. */
  initialDim?: 16 | 32 | 64;
}

const DIMS = [16, 32, 64] as const;
const Q: Vec2 = [0.9, 0.3];
const K: Vec2 = [0.6, -0.6];

function HeatMap({pe, row}: {pe: number[][]; row: number}): React.ReactElement {
  const n = pe.length;
  const d = pe[0].length;
  const cw = 560 / d;
  const ch = Math.max(4, Math.min(12, 360 / n));
  const W = d * cw;
  const H = n * ch;
  return (
    <svg
      viewBox={`0 0 ${W} ${H}`}
      className={styles.heat}
      role="img"
      aria-label={`正弦位置编码矩阵热力图：${n} 个位置（纵轴，自上而下）× ${d} 个维度（横轴）。红色为正，蓝色为负；左侧高频维度随位置快速振荡，右侧低频维度几乎不变。当前选中位置 ${row}。`}
    >
      {pe.map((r, m) =>
        r.map((v, j) => <rect key={`${m}-${j}`} x={j * cw} y={m * ch} width={cw + 0.3} height={ch + 0.3} fill={divergingColor(v)} />),
      )}
      <rect x={0} y={row * ch} width={d * cw} height={ch} className={styles.rowMark} />
    </svg>
  );
}

function Rope({theta, m, n, positions}: {theta: number; m: number; n: number; positions: number}): React.ReactElement {
  const R = 80;
  const c = 100;
  const px = (v: Vec2): [number, number] => [c + v[0] * R, c - v[1] * R];
  const trail = Array.from({length: positions}, (_, j) => px(rotate(Q, j, theta)));
  const qm = px(rotate(Q, m, theta));
  const kn = px(rotate(K, n, theta));
  return (
    <svg
      viewBox="0 0 200 200"
      className={styles.circle}
      role="img"
      aria-label={`RoPE 旋转：查询向量 q 在位置 0 到 ${positions - 1} 依次旋转 θ = ${theta.toFixed(2)} 弧度（圆点轨迹）；实线箭头为位置 ${m} 的 q，虚线箭头为位置 ${n} 的 k。`}
    >
      <circle cx={c} cy={c} r={R * Math.hypot(Q[0], Q[1])} className={styles.ring} />
      <line x1={c - 95} y1={c} x2={c + 95} y2={c} className={styles.axisLine} />
      <line x1={c} y1={c - 95} x2={c} y2={c + 95} className={styles.axisLine} />
      {trail.map(([x, y], j) => (
        <circle key={j} cx={x} cy={y} r={2} className={styles.dot} />
      ))}
      <line x1={c} y1={c} x2={qm[0]} y2={qm[1]} className={styles.qArrow} />
      <line x1={c} y1={c} x2={kn[0]} y2={kn[1]} className={styles.kArrow} />
      <text x={qm[0] + 4} y={qm[1] - 4} className={styles.vecLabel}>
        q@{m}
      </text>
      <text x={kn[0] + 4} y={kn[1] + 12} className={styles.vecLabel}>
        k@{n}
      </text>
    </svg>
  );
}

export default function PositionalEncoding({initialPositions = 32, initialDim = 32}: Props): React.ReactElement {
  const id = useId();
  const [dim, setDim] = useState<number>(initialDim);
  const [positions, setPositions] = useState(initialPositions);
  const [row, setRow] = useState(1);
  const [theta, setTheta] = useState(0.3);
  const [m, setM] = useState(5);
  const [n, setN] = useState(2);

  const pe = useMemo(() => sinusoidal(positions, dim), [positions, dim]);
  const r = Math.min(row, positions - 1);
  const mm = Math.min(m, positions - 1);
  const nn = Math.min(n, positions - 1);
  const shifts = [0, 1, 2, 3, 7];

  return (
    <section className={styles.widget} aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`} className={styles.title}>
        位置编码可视化
      </h4>
      <div className={styles.controls}>
        <label>
          维度 d{' '}
          <select value={dim} onChange={(e) => setDim(Number(e.target.value))}>
            {DIMS.map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
        </label>
        <label>
          位置数 N = {positions}{' '}
          <input type="range" min={8} max={64} value={positions} onChange={(e) => setPositions(Number(e.target.value))} />
        </label>
        <label>
          查看位置 m = {r}{' '}
          <input type="range" min={0} max={positions - 1} value={r} onChange={(e) => setRow(Number(e.target.value))} />
        </label>
      </div>

      <div className={styles.scroll} tabIndex={0} role="region" aria-label="正弦位置编码热力图（可横向滚动）">
        <HeatMap pe={pe} row={r} />
      </div>
      <p className={styles.small}>
        纵轴是位置 0 到 {positions - 1}（自上而下），横轴是维度 0 到 {dim - 1}（自左向右）；红色为正、蓝色为负、浅灰接近 0，框线标出位置 {r}。
      </p>
      <p className={styles.small}>
        位置 {r} 的前 8 维：
        {pe[r]
          .slice(0, 8)
          .map((v) => v.toFixed(4))
          .join('，')}
        。第 0 对维度的波长是 {wavelength(0, dim).toFixed(2)} 个位置，最后一对是 {wavelength(dim / 2 - 1, dim).toFixed(0)} 个位置。
      </p>

      <h5 className={styles.sub}>RoPE：二维平面上的旋转</h5>
      <div className={styles.controls}>
        <label>
          θ = {theta.toFixed(2)}{' '}
          <input type="range" min={0.05} max={1.5} step={0.05} value={theta} onChange={(e) => setTheta(Number(e.target.value))} />
        </label>
        <label>
          查询位置 m = {mm}{' '}
          <input type="range" min={0} max={positions - 1} value={mm} onChange={(e) => setM(Number(e.target.value))} />
        </label>
        <label>
          键位置 n = {nn}{' '}
          <input type="range" min={0} max={positions - 1} value={nn} onChange={(e) => setN(Number(e.target.value))} />
        </label>
      </div>
      <div className={styles.rope}>
        <Rope theta={theta} m={mm} n={nn} positions={positions} />
        <div className={styles.table} tabIndex={0} role="region" aria-label="RoPE 平移不变性数值表">
          <p className={styles.small}>
            q = ({Q[0]}, {Q[1]})，k = ({K[0]}, {K[1]})。把两个位置同时平移 s，m − n = {mm - nn} 不变，分数也不变：
          </p>
          <table>
            <thead>
              <tr>
                <th scope="col">s</th>
                <th scope="col">m + s</th>
                <th scope="col">n + s</th>
                <th scope="col">(R_m q)·(R_n k)</th>
              </tr>
            </thead>
            <tbody>
              {shifts.map((s) => (
                <tr key={s}>
                  <td>{s}</td>
                  <td>{mm + s}</td>
                  <td>{nn + s}</td>
                  <td className={styles.num}>{ropeScore(Q, K, mm + s, nn + s, theta).toFixed(4)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className={styles.small}>
            对比：若只平移查询（m + 1 = {mm + 1}，n = {nn}），分数变为 {ropeScore(Q, K, mm + 1, nn, theta).toFixed(4)}。
          </p>
        </div>
      </div>
    </section>
  );
}

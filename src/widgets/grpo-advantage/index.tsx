import React, {useId, useMemo, useState} from 'react';
import {GROUP_PRESETS, groupAdvantages, MAX_G, MIN_G, parseReward, type StdMode} from './model';
import styles from './styles.module.css';

export interface Props {
  /** Rewards of the group shown first; defaults to "one right, three wrong". */
  initialRewards?: number[];
}

const fmt = (x: number) => (Math.abs(x) < 5e-5 ? '0.0000' : x.toFixed(4));

export default function GrpoAdvantage({initialRewards = [1, 0, 0, 0]}: Props): React.JSX.Element {
  const uid = useId();
  const [texts, setTexts] = useState<string[]>(() => initialRewards.slice(0, MAX_G).map(String));
  const [mode, setMode] = useState<StdMode>('population');

  const parsed = texts.map(parseReward);
  const rewards = parsed.map((v) => v ?? 0);
  const stats = useMemo(() => groupAdvantages(rewards, mode), [rewards.join('|'), mode]);
  const maxAbs = Math.max(1, ...stats.advantages.map((a) => Math.abs(a)));

  const setAt = (i: number, t: string) => setTexts((xs) => xs.map((x, j) => (j === i ? t : x)));
  const add = () => setTexts((xs) => (xs.length < MAX_G ? [...xs, '0'] : xs));
  const remove = () => setTexts((xs) => (xs.length > MIN_G ? xs.slice(0, -1) : xs));

  const G = rewards.length;
  const rowH = 26;
  const half = 110;
  const labelW = 32;
  const valueW = 64;
  const width = labelW + 2 * half + valueW;
  const height = G * rowH + 10;

  return (
    <section className={styles.root} aria-label="GRPO 组内优势面板">
      <div className={styles.presets} role="group" aria-label="示例奖励组">
        {GROUP_PRESETS.map((p) => (
          <button key={p.label} type="button" className={styles.btn} onClick={() => setTexts(p.rewards.map(String))}>
            {p.label}
          </button>
        ))}
      </div>

      <div className={styles.rewards}>
        {texts.map((t, i) => {
          const id = `${uid}-r${i}`;
          const bad = parsed[i] === null;
          return (
            <div key={i} className={styles.reward}>
              <label htmlFor={id}>r{i + 1}</label>
              <input
                id={id}
                type="text"
                inputMode="decimal"
                value={t}
                aria-invalid={bad}
                aria-describedby={bad ? `${uid}-bad` : undefined}
                onChange={(e) => setAt(i, e.target.value)}
              />
            </div>
          );
        })}
      </div>
      <div className={styles.controls}>
        <button type="button" className={styles.btn} onClick={add} disabled={G >= MAX_G}>
          增加一个回答
        </button>
        <button type="button" className={styles.btn} onClick={remove} disabled={G <= MIN_G}>
          减少一个回答
        </button>
        <fieldset className={styles.fieldset}>
          <legend>标准差</legend>
          <label>
            <input
              type="radio"
              name={`${uid}-std`}
              checked={mode === 'population'}
              onChange={() => setMode('population')}
            />{' '}
            总体（除以 G）
          </label>
          <label>
            <input type="radio" name={`${uid}-std`} checked={mode === 'sample'} onChange={() => setMode('sample')} />{' '}
            样本（除以 G − 1）
          </label>
        </fieldset>
      </div>
      {parsed.some((v) => v === null) && (
        <p id={`${uid}-bad`} className={styles.warn}>
          有输入不是数字，暂按 0 计算。
        </p>
      )}

      <p className={styles.summary} aria-live="polite">
        G = {G}，均值 = {fmt(stats.mean)}，标准差 = {fmt(stats.std)}
        {stats.degenerate ? '。组内奖励全部相同：优势全为 0，这组回答不产生梯度。' : '。'}
      </p>

      <svg
        className={styles.chart}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={`优势：${stats.advantages.map((a, i) => `回答 ${i + 1} 为 ${fmt(a)}`).join('，')}`}>
        <line x1={labelW + half} x2={labelW + half} y1={0} y2={height} className={styles.axis} />
        {stats.advantages.map((a, i) => {
          const w = (Math.abs(a) / maxAbs) * (half - 4);
          const y = 5 + i * rowH;
          const pos = a >= 0;
          const x = pos ? labelW + half : labelW + half - w;
          return (
            <g key={i}>
              <text x={0} y={y + rowH / 2} dominantBaseline="middle" className={styles.text}>
                o{i + 1}
              </text>
              <rect x={x} y={y + 4} width={Math.max(w, 0.5)} height={rowH - 8} rx={2} className={pos ? styles.pos : styles.neg} />
              <text x={width - 2} y={y + rowH / 2} dominantBaseline="middle" textAnchor="end" className={styles.text}>
                {fmt(a)}
              </text>
            </g>
          );
        })}
      </svg>

      <div className={styles.tableWrap} tabIndex={0} role="region" aria-label="每个回答的奖励与优势">
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">回答</th>
              <th scope="col">奖励 r</th>
              <th scope="col">r − 均值</th>
              <th scope="col">优势 A = (r − 均值) / 标准差</th>
            </tr>
          </thead>
          <tbody>
            {stats.advantages.map((a, i) => (
              <tr key={i}>
                <th scope="row">o{i + 1}</th>
                <td>{fmt(rewards[i])}</td>
                <td>{fmt(rewards[i] - stats.mean)}</td>
                <td>
                  {fmt(a)} {a > 5e-5 ? '（强化）' : a < -5e-5 ? '（抑制）' : '（不变）'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className={styles.note}>
        回答 i 的每个 token 都使用同一个优势 A。分母另加 10⁻⁸ 防止除零。条形向右为正（强化该回答），向左为负（抑制）。
      </p>
    </section>
  );
}

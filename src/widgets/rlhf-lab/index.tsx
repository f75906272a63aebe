import React, {useId, useMemo, useState} from 'react';
import {
  clippedObjective,
  clipRegion,
  dpoLoss,
  dpoStep,
  expectedReward,
  explainPoint,
  kl,
  optimalPolicy,
  ppoStep,
  softmax,
} from './model';
import frame from '../shared/frame.module.css';
import styles from './styles.module.css';

export interface Props {
  /** Which update the toy policy starts with (lesson 02: 'ppo', lesson 04: 'dpo'). */
  initialMode?: 'ppo' | 'dpo';
  /** Show only one of the two panels; both by default. */
  panels?: 'both' | 'clip' | 'policy';
}

// ---------------------------------------------------------------------------------------------
// Panel (a): the clipped objective against ρ
// ---------------------------------------------------------------------------------------------

const W = 260;
const H = 190;
const PAD = {l: 34, r: 10, t: 12, b: 30};
const RHO_MAX = 2;

function ClipChart({adv, eps, probe, onProbe}: {adv: number; eps: number; probe: number; onProbe: (r: number) => void}) {
  const yMin = adv > 0 ? -0.5 : -2.2;
  const yMax = adv > 0 ? 2.2 : 0.5;
  const sx = (rho: number) => PAD.l + (rho / RHO_MAX) * (W - PAD.l - PAD.r);
  const sy = (v: number) => PAD.t + ((yMax - v) / (yMax - yMin)) * (H - PAD.t - PAD.b);
  const pts: string[] = [];
  for (let i = 0; i <= 100; i++) {
    const rho = (i / 100) * RHO_MAX;
    pts.push(`${sx(rho).toFixed(1)},${sy(clippedObjective(rho, adv, eps)).toFixed(1)}`);
  }
  const flat = adv > 0 ? [1 + eps, RHO_MAX] : [0, 1 - eps];
  const pv = clippedObjective(probe, adv, eps);
  const region = clipRegion(probe, adv, eps);
  const title = adv > 0 ? 'A > 0（好动作，A = +1）' : 'A < 0（坏动作，A = −1）';
  const pick = (e: React.PointerEvent<SVGSVGElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    const x = ((e.clientX - box.left) / box.width) * W;
    const rho = ((x - PAD.l) / (W - PAD.l - PAD.r)) * RHO_MAX;
    onProbe(Math.round(Math.min(RHO_MAX, Math.max(0, rho)) * 100) / 100);
  };
  return (
    <figure className={styles.chart}>
      <figcaption className={styles.chartTitle}>{title}</figcaption>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={`${title}：裁剪目标随 ρ 变化，平台区为 ρ 从 ${flat[0].toFixed(2)} 到 ${flat[1].toFixed(2)}，该区间梯度为 0。`}
        onPointerMove={pick}
        onPointerDown={pick}
        className={styles.svg}>
        <rect
          x={sx(flat[0])}
          y={PAD.t}
          width={sx(flat[1]) - sx(flat[0])}
          height={H - PAD.t - PAD.b}
          className={styles.flatZone}
        />
        <text x={(sx(flat[0]) + sx(flat[1])) / 2} y={PAD.t + 12} textAnchor="middle" className={styles.flatLabel}>
          平台区 梯度 0
        </text>
        {/* axes */}
        <line x1={PAD.l} x2={W - PAD.r} y1={sy(0)} y2={sy(0)} className={styles.axis} />
        <line x1={PAD.l} x2={PAD.l} y1={PAD.t} y2={H - PAD.b} className={styles.axis} />
        {[0, 0.5, 1, 1.5, 2].map((t) => (
          <text key={t} x={sx(t)} y={H - PAD.b + 14} textAnchor="middle" className={styles.tick}>
            {t}
          </text>
        ))}
        {[yMin < -1 ? -2 : 0, adv > 0 ? 2 : 0].map((t) => (
          <text key={t} x={PAD.l - 4} y={sy(t) + 4} textAnchor="end" className={styles.tick}>
            {t}
          </text>
        ))}
        <text x={W - PAD.r} y={H - 2} textAnchor="end" className={styles.tick}>
          ρ
        </text>
        {/* unclipped ρA, dashed */}
        <line x1={sx(0)} y1={sy(0)} x2={sx(RHO_MAX)} y2={sy(RHO_MAX * adv)} className={styles.unclipped} />
        <polyline points={pts.join(' ')} className={styles.curve} />
        <line x1={sx(probe)} x2={sx(probe)} y1={PAD.t} y2={H - PAD.b} className={styles.probeLine} />
        <circle cx={sx(probe)} cy={sy(pv)} r={5} className={region === 'flat' ? styles.probeFlat : styles.probeDot} />
      </svg>
      <p className={styles.explain} aria-live="polite">
        {explainPoint(probe, adv, eps)}
      </p>
    </figure>
  );
}

function ClipPanel({eps, setEps}: {eps: number; setEps: (e: number) => void}) {
  const id = useId();
  const [probe, setProbe] = useState(1.5);
  return (
    <section className={styles.panel} aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`} className={styles.h}>
        (a) PPO 裁剪目标 min(ρA, clip(ρ, 1−ε, 1+ε)·A)
      </h3>
      <div className={styles.controls}>
        <label htmlFor={`${id}-eps`}>
          ε = <output>{eps.toFixed(2)}</output>
        </label>
        <input
          id={`${id}-eps`}
          type="range"
          min={0.05}
          max={0.5}
          step={0.05}
          value={eps}
          onChange={(e) => setEps(Number(e.target.value))}
        />
        <label htmlFor={`${id}-rho`}>
          查看 ρ = <output>{probe.toFixed(2)}</output>
        </label>
        <input
          id={`${id}-rho`}
          type="range"
          min={0}
          max={2}
          step={0.05}
          value={probe}
          onChange={(e) => setProbe(Number(e.target.value))}
        />
      </div>
      <p className={styles.note}>
        实线：裁剪目标；虚线：未裁剪的 ρA；灰色带：平台区。把指针移到图上（触屏可点按），或拖动“查看 ρ”滑块，下方会解释该点。
      </p>
      <div className={styles.charts}>
        <ClipChart adv={1} eps={eps} probe={probe} onProbe={setProbe} />
        <ClipChart adv={-1} eps={eps} probe={probe} onProbe={setProbe} />
      </div>
    </section>
  );
}

// ---------------------------------------------------------------------------------------------
// Panel (b): a three-response toy policy
// ---------------------------------------------------------------------------------------------

const NAMES = ['回答 1', '回答 2', '回答 3'];
/** Reference (SFT) policy: answer 1 most likely, answer 2 what people actually prefer. */
const REF_LOGITS = [0.6, 0, -0.3];
const INIT_REWARDS = [-0.5, 1, 0.2];
/** Step size of the PPO inner epochs; larger β makes the objective more curved, so step less. */
const ppoLr = (beta: number) => 1 / (1 + beta);
/** DPO step size: the loss depends on β·θ, so 1/β² keeps the step in z = β·Δθ the same. */
const dpoLr = (beta: number) => 1 / (beta * beta);
const PPO_EPOCHS = 4;

interface PolicyState {
  logits: number[];
  steps: number;
  clipped: number;
}

const fresh = (): PolicyState => ({logits: [...REF_LOGITS], steps: 0, clipped: 0});

function pct(x: number) {
  return `${(x * 100).toFixed(1)}%`;
}

function PolicyPanel({eps, initialMode}: {eps: number; initialMode: 'ppo' | 'dpo'}) {
  const id = useId();
  const [rewards, setRewards] = useState<number[]>(INIT_REWARDS);
  const [beta, setBeta] = useState(0.5);
  const [mode, setMode] = useState<'ppo' | 'dpo'>(initialMode);
  const [st, setSt] = useState<PolicyState>(fresh);

  const ref = useMemo(() => softmax(REF_LOGITS), []);
  const p = softmax(st.logits);
  const target = optimalPolicy(ref, rewards, beta);

  const step = (n: number) => {
    setSt((s) => {
      let logits = s.logits;
      let clipped = s.clipped;
      for (let i = 0; i < n; i++) {
        if (mode === 'ppo') {
          const out = ppoStep(logits, REF_LOGITS, rewards, {beta, eps, lr: ppoLr(beta), epochs: PPO_EPOCHS});
          logits = out.logits;
          clipped = out.clippedFraction;
        } else {
          logits = dpoStep(logits, REF_LOGITS, rewards, beta, dpoLr(beta));
          clipped = 0;
        }
      }
      return {logits, steps: s.steps + n, clipped};
    });
  };

  const setReward = (i: number, v: number) => setRewards((r) => r.map((x, k) => (k === i ? v : x)));

  return (
    <section className={styles.panel} aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`} className={styles.h}>
        (b) 三个回答的玩具策略：带 KL 的 PPO 与 DPO
      </h3>
      <div className={styles.controls}>
        {NAMES.map((name, i) => (
          <React.Fragment key={name}>
            <label htmlFor={`${id}-r${i}`}>
              {name} 的奖励 r = <output>{rewards[i].toFixed(1)}</output>
            </label>
            <input
              id={`${id}-r${i}`}
              type="range"
              min={-2}
              max={2}
              step={0.1}
              value={rewards[i]}
              onChange={(e) => setReward(i, Number(e.target.value))}
            />
          </React.Fragment>
        ))}
        <label htmlFor={`${id}-beta`}>
          β = <output>{beta.toFixed(2)}</output>
        </label>
        <input
          id={`${id}-beta`}
          type="range"
          min={0.1}
          max={2}
          step={0.05}
          value={beta}
          onChange={(e) => setBeta(Number(e.target.value))}
        />
      </div>
      <fieldset className={styles.modes}>
        <legend>更新方式</legend>
        <label>
          <input type="radio" name={`${id}-mode`} checked={mode === 'ppo'} onChange={() => setMode('ppo')} /> PPO（奖励减
          β·KL，裁剪 ε = {eps.toFixed(2)}，每步 {PPO_EPOCHS} 轮）
        </label>
        <label>
          <input type="radio" name={`${id}-mode`} checked={mode === 'dpo'} onChange={() => setMode('dpo')} /> DPO（偏好按
          σ(r_i − r_j) 生成）
        </label>
      </fieldset>
      <div className={styles.buttons}>
        <button type="button" className="button button--primary button--sm" onClick={() => step(1)}>
          走 1 步
        </button>
        <button type="button" className="button button--secondary button--sm" onClick={() => step(10)}>
          走 10 步
        </button>
        <button type="button" className="button button--secondary button--sm" onClick={() => setSt(fresh())}>
          重置策略
        </button>
      </div>
      <p className={styles.note} aria-live="polite">
        已走 {st.steps} 步。条形长度即当前概率；π* ∝ π_ref·exp(r/β) 是 PPO 与 DPO 共同的收敛目标。
      </p>
      <div className={frame.tableWrap}>
        <table className={frame.table}>
          <caption className={styles.caption}>三个回答的奖励与概率</caption>
          <thead>
            <tr>
              <th scope="col">回答</th>
              <th scope="col">r</th>
              <th scope="col">π_ref</th>
              <th scope="col">当前 π</th>
              <th scope="col">目标 π*</th>
            </tr>
          </thead>
          <tbody>
            {NAMES.map((name, i) => (
              <tr key={name}>
                <th scope="row">{name}</th>
                <td>{rewards[i].toFixed(1)}</td>
                <td>{pct(ref[i])}</td>
                <td>
                  <span className={styles.barCell}>
                    <span className={styles.bar} style={{width: `${(p[i] * 100).toFixed(1)}%`}} aria-hidden="true" />
                    <span className={styles.barText}>{pct(p[i])}</span>
                  </span>
                </td>
                <td>{pct(target[i])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <dl className={styles.stats}>
        <div>
          <dt>KL(π‖π_ref)</dt>
          <dd>{kl(p, ref).toFixed(4)}</dd>
        </div>
        <div>
          <dt>期望奖励 E[r]</dt>
          <dd>{expectedReward(p, rewards).toFixed(4)}</dd>
        </div>
        <div>
          <dt>E[r] − β·KL</dt>
          <dd>{(expectedReward(p, rewards) - beta * kl(p, ref)).toFixed(4)}</dd>
        </div>
        {mode === 'ppo' ? (
          <div>
            <dt>上一步落在平台区的概率质量</dt>
            <dd>{pct(st.clipped)}</dd>
          </div>
        ) : (
          <div>
            <dt>DPO 期望损失</dt>
            <dd>{dpoLoss(st.logits, REF_LOGITS, rewards, beta).toFixed(4)}</dd>
          </div>
        )}
      </dl>
    </section>
  );
}

export default function RlhfLab({initialMode = 'ppo', panels = 'both'}: Props) {
  const [eps, setEps] = useState(0.2);
  return (
    <div className={styles.lab}>
      {panels !== 'policy' && <ClipPanel eps={eps} setEps={setEps} />}
      {panels !== 'clip' && <PolicyPanel eps={eps} initialMode={initialMode} />}
    </div>
  );
}

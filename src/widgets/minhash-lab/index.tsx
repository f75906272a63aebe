import React, {useId, useMemo, useState} from 'react';
import {analysePair, lshProbability, lshThreshold, rowOptions, type PairResult} from './model';
import styles from './styles.module.css';

export const DEFAULT_TEXTS: readonly string[] = [
  '数据去重是预训练数据处理中不可缺少的一步。网页之间存在大量转载和镜像，同一篇新闻可能被几百个站点复制，只在开头或结尾加上不同的来源说明。如果不去重，模型会把有限的训练预算花在重复内容上，还更容易逐字记住这些文本。',
  '数据去重是预训练数据处理中必不可少的一步。网页之间存在大量转载和镜像，同一篇新闻可能被几百个站点复制，只在开头或结尾加上不同的来源说明。如果不去重，模型会把有限的训练预算花在重复内容上，还更容易逐字记住这些文本。（来源：某资讯网）',
  '质量过滤关注的是单个网页本身好不好：正文是否通顺，信息量是否足够，有没有大量广告和导航文字。它和去重互相补充，一个删除低质量的页面，一个删除重复的页面，两者都要用消融实验来检验。',
];

const NAMES = ['A', 'B', 'C'];
const PAIRS: ReadonlyArray<readonly [number, number]> = [
  [0, 1],
  [0, 2],
  [1, 2],
];
const K_OPTIONS = [16, 32, 64, 112, 128, 256];
const N_OPTIONS = [1, 2, 3, 4, 5, 6, 8];
const SHOWN_SHINGLES = 48;
const SHOWN_SIG = 12;

export interface Props {
  /** Initial texts (two or three); defaults to two near-duplicate paragraphs and one different one. */
  texts?: readonly string[];
  /** Initial shingle size in characters. */
  shingleSize?: number;
  /** Initial number of hash functions k. */
  hashes?: number;
  /** Initial rows per band r (must divide k). */
  rows?: number;
}

function fmt(x: number, digits = 3): string {
  return x.toFixed(digits);
}

function signed(x: number): string {
  return (x >= 0 ? '+' : '−') + Math.abs(x).toFixed(3);
}

function closestDivisor(k: number, want: number): number {
  const opts = rowOptions(k).filter((r) => r <= 32);
  return opts.reduce((best, r) => (Math.abs(r - want) < Math.abs(best - want) ? r : best), opts[0]);
}

function pairName(i: number, j: number): string {
  return `${NAMES[i]}–${NAMES[j]}`;
}

/** The S-curve P(s) = 1 − (1 − s^r)^b with the threshold and the current pair marked. */
function SCurve({b, r, s, label}: {b: number; r: number; s: number; label: string}): React.JSX.Element {
  const W = 320;
  const H = 200;
  const m = {l: 40, r: 12, t: 12, b: 34};
  const x = (v: number) => m.l + v * (W - m.l - m.r);
  const y = (v: number) => H - m.b - v * (H - m.t - m.b);
  const pts = Array.from({length: 101}, (_, i) => {
    const sv = i / 100;
    return `${x(sv).toFixed(1)},${y(lshProbability(sv, b, r)).toFixed(1)}`;
  }).join(' ');
  const t = lshThreshold(b, r);
  const p = lshProbability(s, b, r);
  const desc = `S 形曲线 P = 1 − (1 − s^${r})^${b}。阈值约 ${fmt(t, 2)}。当前文本对 ${label} 的精确相似度 ${fmt(s, 2)}，成为候选对的概率 ${fmt(p, 2)}。`;
  return (
    <svg className={styles.curve} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={desc}>
      {[0, 0.25, 0.5, 0.75, 1].map((v) => (
        <g key={v}>
          <line className={styles.grid} x1={x(0)} x2={x(1)} y1={y(v)} y2={y(v)} />
          <text className={styles.tick} x={m.l - 6} y={y(v) + 4} textAnchor="end">
            {v}
          </text>
          <text className={styles.tick} x={x(v)} y={H - m.b + 14} textAnchor="middle">
            {v}
          </text>
        </g>
      ))}
      <text className={styles.axisLabel} x={(x(0) + x(1)) / 2} y={H - 4} textAnchor="middle">
        Jaccard 相似度 s
      </text>
      <text className={styles.axisLabel} x={10} y={y(0.5)} textAnchor="middle" transform={`rotate(-90 10 ${y(0.5)})`}>
        候选概率 P
      </text>
      <line className={styles.threshold} x1={x(t)} x2={x(t)} y1={y(0)} y2={y(1)} />
      <text className={styles.thresholdLabel} x={x(t) + (t > 0.7 ? -4 : 4)} y={y(1) + 10} textAnchor={t > 0.7 ? 'end' : 'start'}>
        阈值≈{fmt(t, 2)}
      </text>
      <polyline className={styles.line} points={pts} />
      <circle className={styles.dot} cx={x(s)} cy={y(p)} r={5} />
      <text className={styles.dotLabel} x={x(s) + (s > 0.88 ? -8 : 8)} y={y(p) + (p > 0.85 ? 18 : -8)} textAnchor={s > 0.88 ? 'end' : 'start'}>
        {label}
      </text>
    </svg>
  );
}

function ShingleList({items, shared, name}: {items: string[]; shared: Set<string>; name: string}): React.JSX.Element {
  const shown = items.slice(0, SHOWN_SHINGLES);
  return (
    <div className={styles.shingleBox}>
      <div className={styles.small}>
        文本 {name} 的片段（共 {items.length} 个{items.length > shown.length ? `，显示前 ${shown.length} 个` : ''}）
      </div>
      <ul className={styles.chips} tabIndex={0} aria-label={`文本 ${name} 的片段列表`}>
        {shown.map((sh) => (
          <li key={sh} className={shared.has(sh) ? styles.chipShared : styles.chip}>
            {shared.has(sh) ? '● ' : ''}
            {sh}
          </li>
        ))}
      </ul>
    </div>
  );
}

export default function MinHashLab({texts = DEFAULT_TEXTS, shingleSize = 5, hashes = 112, rows = 8}: Props): React.JSX.Element {
  const id = useId();
  const [docs, setDocs] = useState<string[]>(() => {
    const t = texts.slice(0, 3);
    while (t.length < 2) t.push('');
    return t;
  });
  const [n, setN] = useState(shingleSize);
  const [k, setK] = useState(hashes);
  const [r, setR] = useState(() => (hashes % rows === 0 ? rows : closestDivisor(hashes, rows)));
  const [sel, setSel] = useState(0);

  const pairs = PAIRS.filter(([i, j]) => i < docs.length && j < docs.length);
  const results: PairResult[] = useMemo(
    () =>
      PAIRS.filter(([i, j]) => i < docs.length && j < docs.length).map(([i, j]) =>
        analysePair(docs[i], docs[j], n, k, r),
      ),
    [docs, n, k, r],
  );
  const b = Math.floor(k / r);
  const t = lshThreshold(b, r);
  const cur = results[Math.min(sel, results.length - 1)];
  const [ci, cj] = pairs[Math.min(sel, pairs.length - 1)];
  const shared = new Set(cur.shared);
  const union = cur.setA.length + cur.setB.length - cur.shared.length;

  return (
    <div className={styles.lab}>
      <p className={styles.caption}>
        MinHash 近重复检测实验：修改文本或参数，下方的片段集合、精确 Jaccard、MinHash 估计和 LSH 曲线会随之重算。
      </p>
      <div className={styles.texts}>
        {docs.map((d, i) => (
          <div key={i} className={styles.textBox}>
            <label htmlFor={`${id}-t${i}`}>文本 {NAMES[i]}</label>
            <textarea
              id={`${id}-t${i}`}
              value={d}
              rows={4}
              onChange={(e) => setDocs(docs.map((x, q) => (q === i ? e.target.value : x)))}
            />
          </div>
        ))}
      </div>

      <div className={styles.controls}>
        <div>
          <label htmlFor={`${id}-n`}>片段长度 n（字符）</label>
          <select id={`${id}-n`} value={n} onChange={(e) => setN(Number(e.target.value))}>
            {N_OPTIONS.map((v) => (
              <option key={v} value={v}>
                {v}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-k`}>哈希函数个数 k</label>
          <select
            id={`${id}-k`}
            value={k}
            onChange={(e) => {
              const nk = Number(e.target.value);
              setK(nk);
              setR(closestDivisor(nk, r));
            }}>
            {K_OPTIONS.map((v) => (
              <option key={v} value={v}>
                {v}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-r`}>每段行数 r</label>
          <select id={`${id}-r`} value={r} onChange={(e) => setR(Number(e.target.value))}>
            {rowOptions(k)
              .filter((v) => v <= 32)
              .map((v) => (
                <option key={v} value={v}>
                  {v}（b = {k / v}）
                </option>
              ))}
          </select>
        </div>
        <p className={styles.summary}>
          段数 b = {b}，阈值 (1/b)<sup>1/r</sup> ≈ {fmt(t)}
        </p>
      </div>

      <p className={styles.small}>每一对文本的精确相似度与 MinHash 估计。误差 = 估计 − 精确；标准误差 = √(J(1−J)/k)。</p>
      <div className={styles.scroll} tabIndex={0} role="region" aria-label="文本对比较表">
        <table className={styles.table}>
          <caption className={styles.srOnly}>各文本对的相似度与 LSH 判定</caption>
          <thead>
            <tr>
              <th scope="col">文本对</th>
              <th scope="col">精确 J</th>
              <th scope="col">估计 Ĵ = M/k</th>
              <th scope="col">误差</th>
              <th scope="col">标准误差</th>
              <th scope="col">LSH 候选？</th>
              <th scope="col">P(候选)</th>
              <th scope="col">详情</th>
            </tr>
          </thead>
          <tbody>
            {results.map((res, q) => {
              const [i, j] = pairs[q];
              return (
                <tr key={q} className={q === sel ? styles.selectedRow : undefined}>
                  <th scope="row">{pairName(i, j)}</th>
                  <td>{fmt(res.exact)}</td>
                  <td>
                    {fmt(res.estimated)}（{res.agree}/{k}）
                  </td>
                  <td>{signed(res.error)}</td>
                  <td>{fmt(res.se)}</td>
                  <td>{res.candidate ? '是' : '否'}</td>
                  <td>{fmt(res.probability)}</td>
                  <td>
                    <button
                      type="button"
                      className={styles.button}
                      aria-pressed={q === sel}
                      onClick={() => setSel(q)}>
                      {q === sel ? '已选' : '查看'}
                      <span className={styles.srOnly}>文本对 {pairName(i, j)} 的详情</span>
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      <div className={styles.panels}>
        <section className={styles.panel} aria-label="片段集合与签名">
          <h4 className={styles.h}>文本对 {pairName(ci, cj)}：片段集合</h4>
          <p className={styles.small}>
            |{NAMES[ci]}| = {cur.setA.length}，|{NAMES[cj]}| = {cur.setB.length}，交集 {cur.shared.length}，并集 {union}，J = {cur.shared.length}/
            {union} = {fmt(cur.exact)}。标 ● 的片段两边都有。
          </p>
          <ShingleList items={cur.setA} shared={shared} name={NAMES[ci]} />
          <ShingleList items={cur.setB} shared={shared} name={NAMES[cj]} />

          <h4 className={styles.h}>MinHash 签名（前 {Math.min(SHOWN_SIG, k)} 位，共 {k} 位）</h4>
          <div className={styles.scroll} tabIndex={0} role="region" aria-label="MinHash 签名表">
            <table className={styles.sigTable}>
              <thead>
                <tr>
                  <th scope="col">i</th>
                  <th scope="col">{NAMES[ci]} 的最小哈希</th>
                  <th scope="col">{NAMES[cj]} 的最小哈希</th>
                  <th scope="col">相等？</th>
                </tr>
              </thead>
              <tbody>
                {cur.sigA.slice(0, SHOWN_SIG).map((v, i) => (
                  <tr key={i}>
                    <td>{i + 1}</td>
                    <td className={styles.mono}>{v.toString(16).padStart(8, '0')}</td>
                    <td className={styles.mono}>{cur.sigB[i].toString(16).padStart(8, '0')}</td>
                    <td>{v === cur.sigB[i] ? '= 相等' : '≠'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className={styles.small}>
            全部 {k} 位中相等 M = {cur.agree} 位，估计 Ĵ = {fmt(cur.estimated)}，精确 J = {fmt(cur.exact)}，误差 {signed(cur.error)}（标准误差{' '}
            {fmt(cur.se)}）。
          </p>
        </section>

        <section className={styles.panel} aria-label="LSH 分桶">
          <h4 className={styles.h}>
            LSH：{b} 段 × {r} 行
          </h4>
          <SCurve b={b} r={r} s={cur.exact} label={pairName(ci, cj)} />
          <p className={styles.small}>
            P = 1 − (1 − s<sup>{r}</sup>)<sup>{b}</sup>；在 s = {fmt(cur.exact)} 处 P ≈ {fmt(cur.probability)}。下面每格是一段，✓ 表示这一段的 {r}{' '}
            个最小哈希全部相等：
          </p>
          <ul className={styles.bands} aria-label={`${b} 段中有 ${cur.bands.filter(Boolean).length} 段完全相等`}>
            {cur.bands.map((m, i) => (
              <li key={i} className={m ? styles.bandHit : styles.band} title={`第 ${i + 1} 段${m ? '相等' : '不等'}`}>
                {m ? '✓' : '·'}
              </li>
            ))}
          </ul>
          <p className={styles.verdict}>
            {cur.candidate
              ? `有 ${cur.bands.filter(Boolean).length} 段完全相等：这对文本成为候选对，会被当作近似重复处理。`
              : '没有一段完全相等：这对文本不会相遇，不被当作重复。'}
          </p>
        </section>
      </div>
    </div>
  );
}

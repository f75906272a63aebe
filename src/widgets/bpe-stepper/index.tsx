import React, {useId, useMemo, useState} from 'react';
import {END, baseVocab, display, encode, parseCorpus, train, type Word} from './model';
import styles from './styles.module.css';

export interface Props {
  /** Training corpus (words separated by spaces). */
  initialCorpus?: string;
  /** Word encoded with the learned merges. */
  initialWord?: string;
  /** Number of merges shown first. */
  initialStep?: number;
  /** Upper limit for the number of merges. */
  maxMerges?: number;
}

const DEFAULT_CORPUS =
  'low low low low low lower lower newest newest newest newest newest newest widest widest widest';

function Tokens({symbols, label}: {symbols: string[]; label: string}): React.ReactElement {
  return (
    <span className={styles.tokens} aria-label={label}>
      {symbols.map((s, i) => (
        <span key={i} className={s === END ? `${styles.token} ${styles.end}` : styles.token}>
          {display(s)}
        </span>
      ))}
    </span>
  );
}

function WordRow({w}: {w: Word}): React.ReactElement {
  const shown = w.symbols.map(display).join(' ');
  return (
    <tr>
      <td>{w.word}</td>
      <td className={styles.num}>{w.count}</td>
      <td>
        <Tokens symbols={w.symbols} label={`${w.word} 当前切分：${shown}`} />
      </td>
    </tr>
  );
}

export default function BpeStepper({
  initialCorpus = DEFAULT_CORPUS,
  initialWord = 'lowest',
  initialStep = 0,
  maxMerges = 40,
}: Props): React.ReactElement {
  const id = useId();
  const [corpus, setCorpus] = useState(initialCorpus);
  const [word, setWord] = useState(initialWord);
  const [byteLevel, setByteLevel] = useState(false);
  const [step, setStep] = useState(initialStep);

  const words = useMemo(() => parseCorpus(corpus, byteLevel), [corpus, byteLevel]);
  const steps = useMemo(() => train(words, maxMerges), [words, maxMerges]);
  const k = Math.min(step, steps.length);
  const current = k === 0 ? words : steps[k - 1].words;
  const next = steps[k];
  const merges = steps.slice(0, k).map((s) => s.chosen);
  const vocab = [...baseVocab(words), ...merges.map((m) => m.left + m.right)];
  const encoded = encode(word.trim(), merges, byteLevel);

  return (
    <section className={styles.widget} aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`} className={styles.title}>
        BPE 逐步训练器
      </h4>

      <label htmlFor={`${id}-corpus`} className={styles.label}>
        训练语料（用空格分隔单词；中文可以把词用空格隔开）
      </label>
      <textarea
        id={`${id}-corpus`}
        className={styles.textarea}
        rows={3}
        value={corpus}
        onChange={(e) => {
          setCorpus(e.target.value);
          setStep(0);
        }}
      />

      <div className={styles.controls}>
        <button type="button" onClick={() => setStep(0)} disabled={k === 0}>
          重置
        </button>
        <button type="button" onClick={() => setStep(Math.max(0, k - 1))} disabled={k === 0}>
          上一步
        </button>
        <button type="button" onClick={() => setStep(k + 1)} disabled={!next}>
          下一步：合并
        </button>
        <button type="button" onClick={() => setStep(steps.length)} disabled={!next}>
          全部合并
        </button>
        <label className={styles.check}>
          <input
            type="checkbox"
            checked={byteLevel}
            onChange={(e) => {
              setByteLevel(e.target.checked);
              setStep(0);
            }}
          />{' '}
          字节级（UTF-8）
        </label>
        <span className={styles.status} aria-live="polite">
          已合并 {k} 次，词表 {vocab.length} 个符号
          {!next && k > 0 ? '（没有可合并的相邻对了）' : ''}
        </span>
      </div>

      <div className={styles.grid}>
        <div className={styles.panel}>
          <h5>当前切分</h5>
          <div className={styles.scroll} tabIndex={0} role="region" aria-label="当前切分表">
            <table className={styles.table}>
              <thead>
                <tr>
                  <th scope="col">词</th>
                  <th scope="col">次数</th>
                  <th scope="col">符号序列</th>
                </tr>
              </thead>
              <tbody>
                {current.map((w) => (
                  <WordRow key={w.word} w={w} />
                ))}
              </tbody>
            </table>
          </div>
        </div>

        <div className={styles.panel}>
          <h5>下一步的相邻对计数</h5>
          {next ? (
            <div className={styles.scroll} tabIndex={0} role="region" aria-label="相邻对计数表">
              <table className={styles.table}>
                <thead>
                  <tr>
                    <th scope="col">相邻对</th>
                    <th scope="col">次数</th>
                    <th scope="col">选择</th>
                  </tr>
                </thead>
                <tbody>
                  {next.pairs.slice(0, 8).map((p, i) => {
                    const chosen = p === next.chosen;
                    return (
                      <tr key={i} className={chosen ? styles.chosen : undefined}>
                        <td>
                          <span className={styles.token}>{display(p.left)}</span> +{' '}
                          <span className={styles.token}>{display(p.right)}</span>
                        </td>
                        <td className={styles.num}>{p.count}</td>
                        <td>{chosen ? '✔ 合并' : ''}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
              {next.pairs.length > 8 && <p className={styles.small}>另有 {next.pairs.length - 8} 个相邻对未列出。</p>}
            </div>
          ) : (
            <p className={styles.small}>{k === 0 ? '语料为空。' : '每个词都已是一个符号。'}</p>
          )}
        </div>
      </div>

      <div className={styles.panel}>
        <h5>合并规则（按学到的顺序）</h5>
        {merges.length === 0 ? (
          <p className={styles.small}>还没有合并。点“下一步”开始。</p>
        ) : (
          <ol className={styles.merges} tabIndex={0} aria-label="合并规则列表">
            {merges.map((m, i) => (
              <li key={i}>
                {display(m.left)} + {display(m.right)} → {display(m.left + m.right)}（{m.count} 次）
              </li>
            ))}
          </ol>
        )}
      </div>

      <div className={styles.panel}>
        <h5>当前词表（{vocab.length} 个符号：基础符号在前，合并出的新符号在后）</h5>
        <Tokens symbols={vocab} label={`当前词表：${vocab.map(display).join(' ')}`} />
      </div>

      <div className={styles.panel}>
        <label htmlFor={`${id}-word`} className={styles.label}>
          用学到的规则编码一个新词
        </label>
        <input id={`${id}-word`} className={styles.input} type="text" value={word} onChange={(e) => setWord(e.target.value)} />
        {word.trim() && (
          <p className={styles.result}>
            结果：
            <Tokens symbols={encoded.tokens} label={`编码结果：${encoded.tokens.map(display).join(' ')}`} />
            <span className={styles.small}>
              {' '}
              {encoded.tokens.length} 个词元；用到的规则：
              {encoded.applied.length ? encoded.applied.map((r) => r + 1).join('、') : '无'}
            </span>
          </p>
        )}
      </div>
    </section>
  );
}

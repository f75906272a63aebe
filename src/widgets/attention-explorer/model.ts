/**
 * Math of the attention explorer (lessons 04 and 05 of chapter 01): tokenisation of a short
 * sentence, seeded projections, scaled dot-product attention with an optional causal mask, the
 * MHA / GQA / MQA head sharing and the KV-cache size formula
 *   bytes = 2 × L × n_kv × d_head × s × b × p.
 * Pure functions only: no DOM, no React.
 */
import {randomMatrix, seededRandom} from '../shared/random';

export const D_MODEL = 64;
export const N_HEADS = 4;
export const D_HEAD = 16;
export const MAX_TOKENS = 12;

export type Sharing = 'MHA' | 'GQA' | 'MQA';

/** Number of key/value heads for each sharing scheme of the explorer's 4 query heads. */
export const KV_HEADS: Record<Sharing, number> = {MHA: 4, GQA: 2, MQA: 1};

/**
 * Splits text into tokens: every CJK character (and any other symbol) is one token, runs of Latin letters/digits form
 * one token, every other non-space character is its own token. At most MAX_TOKENS tokens.
 */
export function tokenize(text: string, max = MAX_TOKENS): string[] {
  const tokens: string[] = [];
  let word = '';
  const flush = () => {
    if (word) tokens.push(word);
    word = '';
  };
  for (const ch of Array.from(text)) {
    if (/[A-Za-z0-9']/.test(ch)) {
      word += ch;
      continue;
    }
    flush();
    if (/\s/.test(ch)) continue;
    tokens.push(ch);
  }
  flush();
  return tokens.slice(0, max);
}

/** FNV-1a hash of a string: gives every distinct token its own embedding seed. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * Token embedding (N(0,1) entries, seeded by the token) plus the sinusoidal position encoding
 * PE(pos, 2i) = sin(pos / 10000^(2i/d)), PE(pos, 2i+1) = cos(pos / 10000^(2i/d)), so repeated
 * words at different positions still differ.
 */
export function embed(tokens: string[], d = D_MODEL): number[][] {
  return tokens.map((t, pos) => {
    const e = randomMatrix(1, d, seededRandom(hashString(t.toLowerCase())))[0];
    return e.map((x, j) => {
      const i2 = j - (j % 2);
      const angle = pos / Math.pow(10000, i2 / d);
      return x + (j % 2 === 0 ? Math.sin(angle) : Math.cos(angle));
    });
  });
}

export interface Weights {
  /** N_HEADS query projections, each D_MODEL × D_HEAD. */
  wq: number[][][];
  /** N_HEADS key projections (GQA/MQA use the first n_kv of them). */
  wk: number[][][];
}

/**
 * Fixed random projections with entries N(0, 1/(2·D_MODEL)). An input component is an N(0, 1)
 * embedding entry plus a sin or cos value; each sin/cos pair has sin² + cos² = 1, so the position
 * part adds 0.5 on average and x has mean square ≈ 1 + 0.5 = 1.5 (measured with this generator:
 * 1.55 for the default sentence, 1.50 over 200 random 12-token inputs). The q and k components
 * then have variance ≈ D_MODEL · 1.5 / (2 · D_MODEL) = 0.75 (measured ≈ 0.8 with seed 2017), a
 * little under the unit variance assumed in the √d_k derivation, so scaled scores have variance
 * ≈ 0.8² ≈ 0.6 (measured 0.60) rather than 1: the same order, which is all the widget needs.
 */
export function makeWeights(seed = 2017): Weights {
  const r = seededRandom(seed);
  const scale = 1 / Math.sqrt(2 * D_MODEL);
  const wq = Array.from({length: N_HEADS}, () => randomMatrix(D_MODEL, D_HEAD, r, scale));
  const wk = Array.from({length: N_HEADS}, () => randomMatrix(D_MODEL, D_HEAD, r, scale));
  return {wq, wk};
}

export function matmul(a: number[][], b: number[][]): number[][] {
  const n = b[0]?.length ?? 0;
  return a.map((row) => {
    const out = new Array<number>(n).fill(0);
    row.forEach((x, k) => {
      const bk = b[k];
      for (let j = 0; j < n; j++) out[j] += x * bk[j];
    });
    return out;
  });
}

export function dot(a: number[], b: number[]): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

/** Row softmax where masked entries (null) get weight 0; max subtracted for stability. */
export function softmaxRow(row: (number | null)[]): number[] {
  const visible = row.filter((x): x is number => x !== null);
  if (visible.length === 0) return row.map(() => 0);
  const m = Math.max(...visible);
  const ex = row.map((x) => (x === null ? 0 : Math.exp(x - m)));
  const sum = ex.reduce((s, x) => s + x, 0);
  return ex.map((x) => x / sum);
}

/** Which key/value head query head `q` reads: groups of N_HEADS / n_kv consecutive heads. */
export function kvHeadFor(q: number, nKv: number, nHeads = N_HEADS): number {
  return Math.floor(q / (nHeads / nKv));
}

export interface AttentionResult {
  /** Scores q_i·k_j (÷√d_k when scaled); null where the causal mask hides the entry. */
  scores: (number | null)[][];
  /** softmax of each score row; masked entries are 0. */
  weights: number[][];
}

/** Scaled dot-product attention weights for given Q (n × d_k) and K (m × d_k). */
export function attention(q: number[][], k: number[][], opts: {causal: boolean; scaled: boolean}): AttentionResult {
  const dk = q[0]?.length ?? 1;
  const s = opts.scaled ? Math.sqrt(dk) : 1;
  const scores = q.map((qi, i) => k.map((kj, j) => (opts.causal && j > i ? null : dot(qi, kj) / s)));
  return {scores, weights: scores.map(softmaxRow)};
}

/** The explorer's full pipeline for one query head. */
export function explore(
  text: string,
  opts: {head: number; causal: boolean; scaled: boolean; sharing: Sharing},
  weights: Weights = makeWeights(),
): AttentionResult & {tokens: string[]; kvHead: number} {
  const tokens = tokenize(text);
  if (tokens.length === 0) return {tokens, kvHead: 0, scores: [], weights: []};
  const x = embed(tokens);
  const kvHead = kvHeadFor(opts.head, KV_HEADS[opts.sharing]);
  const q = matmul(x, weights.wq[opts.head]);
  const k = matmul(x, weights.wk[kvHead]);
  return {tokens, kvHead, ...attention(q, k, opts)};
}

/** KV-cache size in bytes: 2 (K and V) × layers × kv heads × head dim × tokens × batch × bytes. */
export function kvCacheBytes(p: {layers: number; kvHeads: number; headDim: number; seqLen: number; batch?: number; bytesPerValue?: number}): number {
  return 2 * p.layers * p.kvHeads * p.headDim * p.seqLen * (p.batch ?? 1) * (p.bytesPerValue ?? 2);
}

/** Human-readable binary size: 524288 → "512 KiB", 2147483648 → "2 GiB". */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let v = bytes;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  const s = Number.isInteger(v) ? String(v) : v.toFixed(v < 10 ? 2 : 1).replace(/\.?0+$/, '');
  return `${s} ${units[u]}`;
}

/**
 * Heat-map colour for a weight in [0, 1]: from #eef4fb (0) to #123f6e (1) on a square-root scale
 * (so that the many small weights of a long row stay distinguishable); opaque in both themes.
 */
export function heatColor(w: number): string {
  const t = Math.sqrt(Math.min(1, Math.max(0, w)));
  const a = [0xee, 0xf4, 0xfb];
  const b = [0x12, 0x3f, 0x6e];
  const c = a.map((x, i) => Math.round(x + (b[i] - x) * t));
  return `rgb(${c[0]}, ${c[1]}, ${c[2]})`;
}

/** WCAG relative luminance of an "rgb(r, g, b)" colour. */
export function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/\d+/g) ?? ['0', '0', '0']).map((x) => {
    const c = Number(x) / 255;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(l1: number, l2: number): number {
  const [hi, lo] = l1 > l2 ? [l1, l2] : [l2, l1];
  return (hi + 0.05) / (lo + 0.05);
}

/** Text colour (black or white) with the better contrast on the heat-map colour. */
export function textColorOn(bg: string): string {
  const l = luminance(bg);
  const dark = 'rgb(0, 0, 0)';
  return contrast(l, luminance(dark)) >= contrast(l, 1) ? dark : 'rgb(255, 255, 255)';
}

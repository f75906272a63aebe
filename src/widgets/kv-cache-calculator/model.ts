/**
 * KV-cache arithmetic for MHA, MQA, GQA and MLA (the formulas of chapter 07, lesson 02).
 *
 * Elements cached per token per layer:
 *   MHA  2 · n_h · d_h
 *   MQA  2 · d_h
 *   GQA  2 · n_kv · d_h
 *   MLA  d_c + d_h^R        (latent vector c^KV plus the shared RoPE key k^R)
 * Bytes = elements · bytes per element; a model caches that for every layer, token and sequence.
 */

export type Scheme = 'MHA' | 'MQA' | 'GQA' | 'MLA';
export const SCHEMES: Scheme[] = ['MHA', 'MQA', 'GQA', 'MLA'];

export interface KvConfig {
  /** Transformer layers l. */
  layers: number;
  /** Query heads n_h. */
  heads: number;
  /** Key/value heads n_kv (GQA groups). */
  kvHeads: number;
  /** Per-head dimension d_h. */
  headDim: number;
  /** MLA latent dimension d_c. */
  latentDim: number;
  /** MLA decoupled RoPE key dimension d_h^R. */
  ropeDim: number;
  /** Bytes per cached element (2 for BF16/FP16, 1 for FP8). */
  bytesPerElement: number;
  /** Tokens per sequence. */
  seqLen: number;
  /** Sequences held at once. */
  batch: number;
  /** Memory budget for the cache, in GB (10^9 bytes). */
  budgetGB: number;
}

export type PresetId = 'llama-3-70b' | 'deepseek-v2' | 'deepseek-v3' | 'mha-baseline';

export interface Preset {
  id: PresetId;
  label: string;
  /** The attention scheme the real model uses. */
  native: Scheme;
  /** Where the numbers come from, shown under the calculator. */
  source: string;
  config: KvConfig;
}

const common = {bytesPerElement: 2, seqLen: 131072, batch: 1, budgetGB: 80};

/**
 * Published configurations (Hugging Face config.json of each model; DeepSeek-V2 paper §3.1.2,
 * DeepSeek-V3 report §4.2). MLA fields of the Llama preset are not part of Llama: they are the
 * DeepSeek values, so the MLA column reads "what if this model used V2-style MLA".
 */
export const PRESETS: Preset[] = [
  {
    id: 'llama-3-70b',
    label: 'Llama-3-70B (GQA)',
    native: 'GQA',
    source:
      'Llama 3 70B 的 config.json 与 Llama 3 论文：80 层、64 个查询头、8 个 KV 头、头维 8192/64 = 128。原版 Llama 3 的上下文只有 8K，128K 是 Llama 3.1 70B（注意力配置相同）的长度。d_c、d_h^R 不属于 Llama，取 DeepSeek-V2 的值作假设。',
    config: {layers: 80, heads: 64, kvHeads: 8, headDim: 128, latentDim: 512, ropeDim: 64, ...common},
  },
  {
    id: 'deepseek-v2',
    label: 'DeepSeek-V2 (MLA)',
    native: 'MLA',
    source:
      'DeepSeek-V2 论文与 config.json：60 层、128 头、头维 128、d_c = 512、d_h^R = 64；config 中 KV 头数为 128，所以 GQA 列与 MHA 相同，可把 n_kv 改小对比。',
    config: {layers: 60, heads: 128, kvHeads: 128, headDim: 128, latentDim: 512, ropeDim: 64, ...common},
  },
  {
    id: 'deepseek-v3',
    label: 'DeepSeek-V3 (MLA)',
    native: 'MLA',
    source:
      'DeepSeek-V3 技术报告与 config.json：61 层、128 头、头维 128、d_c = 512、d_h^R = 64；config 中 KV 头数为 128，所以 GQA 列与 MHA 相同，可把 n_kv 改小对比。',
    config: {layers: 61, heads: 128, kvHeads: 128, headDim: 128, latentDim: 512, ropeDim: 64, ...common},
  },
  {
    id: 'mha-baseline',
    label: '同宽 MHA 基线',
    native: 'MHA',
    source:
      '假想模型：与 DeepSeek-V2 同宽（60 层、128 头、头维 128），但使用标准 MHA，用来对照 MLA 的节省。',
    config: {layers: 60, heads: 128, kvHeads: 128, headDim: 128, latentDim: 512, ropeDim: 64, ...common},
  },
];

export function getPreset(id: PresetId): Preset {
  return PRESETS.find((p) => p.id === id) ?? PRESETS[0];
}

/** Cached elements per token per layer. */
export function elementsPerTokenLayer(scheme: Scheme, c: KvConfig): number {
  switch (scheme) {
    case 'MHA':
      return 2 * c.heads * c.headDim;
    case 'MQA':
      return 2 * c.headDim;
    case 'GQA':
      return 2 * c.kvHeads * c.headDim;
    case 'MLA':
      return c.latentDim + c.ropeDim;
  }
}

/** The formula in plain text, as shown in the table. */
export const FORMULAS: Record<Scheme, string> = {
  MHA: '2 · n_h · d_h',
  MQA: '2 · d_h',
  GQA: '2 · n_kv · d_h',
  MLA: 'd_c + d_h^R',
};

export interface SchemeResult {
  scheme: Scheme;
  elementsPerTokenLayer: number;
  bytesPerTokenLayer: number;
  bytesPerToken: number;
  /** Cache for seqLen × batch tokens. */
  totalBytes: number;
  /** Whole tokens that fit in the budget (0 when a token does not fit or nothing is cached). */
  tokensInBudget: number;
  /** Cache size relative to MHA with the same dimensions. */
  ratioToMHA: number;
}

export function compute(scheme: Scheme, c: KvConfig): SchemeResult {
  const e = elementsPerTokenLayer(scheme, c);
  const bytesPerTokenLayer = e * c.bytesPerElement;
  const bytesPerToken = bytesPerTokenLayer * c.layers;
  const totalBytes = bytesPerToken * c.seqLen * c.batch;
  const budget = c.budgetGB * 1e9;
  const tokensInBudget = bytesPerToken > 0 ? Math.floor(budget / bytesPerToken) : 0;
  const mha = elementsPerTokenLayer('MHA', c);
  return {
    scheme,
    elementsPerTokenLayer: e,
    bytesPerTokenLayer,
    bytesPerToken,
    totalBytes,
    tokensInBudget,
    ratioToMHA: mha > 0 ? e / mha : 0,
  };
}

export function computeAll(c: KvConfig): SchemeResult[] {
  return SCHEMES.map((s) => compute(s, c));
}

/** GQA group count with the same cache as MLA: (d_c + d_h^R) / (2 d_h). */
export function mlaEquivalentGroups(c: KvConfig): number {
  return c.headDim > 0 ? (c.latentDim + c.ropeDim) / (2 * c.headDim) : 0;
}

/** Bytes in binary units (KiB = 1024 B), three significant figures at most. */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '—';
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];
  let v = bytes;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i += 1;
  }
  const digits = i === 0 || v >= 100 ? 0 : v >= 10 ? 1 : 2;
  return `${Number(v.toFixed(digits)).toString()} ${units[i]}`;
}

/** Integers with thin grouping, e.g. 1138433 → "1,138,433". */
export function formatInt(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/** Keep a field within sensible bounds so one typo cannot produce NaN everywhere. */
export function sanitize(c: KvConfig): KvConfig {
  const int = (v: number, lo: number, hi: number) =>
    Number.isFinite(v) ? Math.min(hi, Math.max(lo, Math.round(v))) : lo;
  const heads = int(c.heads, 1, 1024);
  return {
    layers: int(c.layers, 1, 1000),
    heads,
    kvHeads: Math.min(heads, int(c.kvHeads, 1, 1024)),
    headDim: int(c.headDim, 1, 4096),
    latentDim: int(c.latentDim, 0, 65536),
    ropeDim: int(c.ropeDim, 0, 4096),
    bytesPerElement: Number.isFinite(c.bytesPerElement) && c.bytesPerElement > 0 ? c.bytesPerElement : 2,
    seqLen: int(c.seqLen, 1, 100_000_000),
    batch: int(c.batch, 1, 100_000),
    budgetGB: Number.isFinite(c.budgetGB) && c.budgetGB >= 0 ? c.budgetGB : 0,
  };
}

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

export type PresetId =
  | 'llama-3-70b'
  | 'deepseek-v2'
  | 'deepseek-v3'
  | 'mha-baseline'
  | 'gemma-2b'
  | 'gemma-7b'
  | 'grok-1'
  | 'llama-2-70b'
  | 'llama-3.1-405b'
  | 'qwen3-235b-a22b'
  | 'qwen3-30b-a3b';

export interface Preset {
  id: PresetId;
  label: string;
  /** The attention scheme the real model uses. */
  native: Scheme;
  /** Where the numbers come from, shown under the calculator. */
  source: string;
  /** How the MHA column is to be read for this preset, shown next to the table (optional). */
  mhaNote?: string;
  config: KvConfig;
}

const common = {bytesPerElement: 2, seqLen: 131072, batch: 1, budgetGB: 80};

/** MLA fields of the non-DeepSeek presets: DeepSeek-V2's d_c and d_h^R, as a "what if" column. */
const mlaWhatIf = {latentDim: 512, ropeDim: 64};

/**
 * The DeepSeek-V2 paper (Table 1) compares caches with MHA at d_h = 128 for both keys and values.
 * Real V2/V3 heads have 192-dimensional keys (128 content + 64 RoPE) and 128-dimensional values,
 * so an MHA with those exact head shapes would cache 128 · (192 + 128) = 40,960 elements per layer,
 * 25 % more than the 2 · 128 · 128 = 32,768 of the convention.
 */
export const DEEPSEEK_MHA_NOTE =
  'MHA 一列沿用 DeepSeek-V2 论文表 1 的口径：键和值都取 d_h = 128 维，每层 2 · 128 · 128 = 32,768 个数。V2/V3 实际的注意力头是 192 维的键（128 维内容 + 64 维 RoPE）加 128 维的值；若按这个真实形状做标准 MHA，每层要缓存 128 × (192 + 128) = 40,960 个数，比表中多 25%，MLA 相对它的节省也就更大。';

/** Presets shown when a page does not choose its own list (the chapter 01 and 07 pages). */
export const DEFAULT_PRESET_IDS: PresetId[] = ['llama-3-70b', 'deepseek-v2', 'deepseek-v3', 'mha-baseline'];

/**
 * Published configurations (Hugging Face config.json of each model; DeepSeek-V2 paper §3.1.2,
 * DeepSeek-V3 report §4.2; Gemma report Table 1; Grok-1 README; Llama 2 and Llama 3 papers;
 * Qwen3 report Tables 1–2 with the config.json head_dim). MLA fields of the non-DeepSeek presets
 * are not part of those models: they are the DeepSeek values, so the MLA column reads "what if
 * this model used V2-style MLA". The sequence length of each preset is the one its lesson uses.
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
    mhaNote: DEEPSEEK_MHA_NOTE,
    config: {layers: 60, heads: 128, kvHeads: 128, headDim: 128, latentDim: 512, ropeDim: 64, ...common},
  },
  {
    id: 'deepseek-v3',
    label: 'DeepSeek-V3 (MLA)',
    native: 'MLA',
    source:
      'DeepSeek-V3 技术报告与 config.json：61 层、128 头、头维 128、d_c = 512、d_h^R = 64；config 中 KV 头数为 128，所以 GQA 列与 MHA 相同，可把 n_kv 改小对比。',
    mhaNote: DEEPSEEK_MHA_NOTE,
    config: {layers: 61, heads: 128, kvHeads: 128, headDim: 128, latentDim: 512, ropeDim: 64, ...common},
  },
  {
    id: 'mha-baseline',
    label: '同宽 MHA 基线',
    native: 'MHA',
    source:
      '假想模型：与 DeepSeek-V2 同宽（60 层、128 头、头维 128），但使用标准 MHA，用来对照 MLA 的节省。',
    mhaNote: DEEPSEEK_MHA_NOTE,
    config: {layers: 60, heads: 128, kvHeads: 128, headDim: 128, latentDim: 512, ropeDim: 64, ...common},
  },
  {
    id: 'gemma-2b',
    label: 'Gemma 2B (MQA)',
    native: 'MQA',
    source:
      '据 Gemma 技术报告表 1，2B 有 18 层、8 个查询头、1 个 KV 头（MQA），头维 256，上下文 8192。d_c、d_h^R 不属于 Gemma，取 DeepSeek-V2 的值作假设。',
    config: {layers: 18, heads: 8, kvHeads: 1, headDim: 256, ...mlaWhatIf, ...common, seqLen: 8192},
  },
  {
    id: 'gemma-7b',
    label: 'Gemma 7B (MHA)',
    native: 'MHA',
    source:
      '据 Gemma 技术报告表 1，7B 有 28 层、16 个查询头、16 个 KV 头（标准 MHA），头维 256，上下文 8192。d_c、d_h^R 不属于 Gemma，取 DeepSeek-V2 的值作假设。',
    config: {layers: 28, heads: 16, kvHeads: 16, headDim: 256, ...mlaWhatIf, ...common, seqLen: 8192},
  },
  {
    id: 'grok-1',
    label: 'Grok-1 (GQA)',
    native: 'GQA',
    source:
      'Grok-1 仓库说明：64 层、48 个查询头、8 个 KV 头、嵌入维度 6144（头维 6144/48 = 128），最大上下文 8192。d_c、d_h^R 不属于 Grok-1，取 DeepSeek-V2 的值作假设。',
    config: {layers: 64, heads: 48, kvHeads: 8, headDim: 128, ...mlaWhatIf, ...common, seqLen: 8192},
  },
  {
    id: 'llama-2-70b',
    label: 'Llama 2 70B (GQA)',
    native: 'GQA',
    source:
      'Llama 2 论文与 config.json：80 层、64 个查询头、8 个 KV 头、头维 128。Llama 2 原生上下文只有 4096，这里的 128K 是第 08 章第 03 节的假想长度。d_c、d_h^R 不属于 Llama，取 DeepSeek-V2 的值作假设。',
    config: {layers: 80, heads: 64, kvHeads: 8, headDim: 128, ...mlaWhatIf, ...common},
  },
  {
    id: 'llama-3.1-405b',
    label: 'Llama 3.1 405B (GQA)',
    native: 'GQA',
    source:
      '据 Llama 3 论文表 3，405B 有 126 层、128 个查询头、8 个 KV 头，宽度 16384（头维 128），上下文 128K。d_c、d_h^R 不属于 Llama，取 DeepSeek-V2 的值作假设。',
    config: {layers: 126, heads: 128, kvHeads: 8, headDim: 128, ...mlaWhatIf, ...common},
  },
  {
    id: 'qwen3-235b-a22b',
    label: 'Qwen3-235B-A22B (GQA)',
    native: 'GQA',
    source:
      'Qwen3 技术报告表 2 与 config.json：94 层、64 个查询头、4 个 KV 头、head_dim = 128；原生上下文 32,768，用 YaRN 可到 131,072。d_c、d_h^R 不属于 Qwen3，取 DeepSeek-V2 的值作假设。',
    config: {layers: 94, heads: 64, kvHeads: 4, headDim: 128, ...mlaWhatIf, ...common, seqLen: 32768},
  },
  {
    id: 'qwen3-30b-a3b',
    label: 'Qwen3-30B-A3B (GQA)',
    native: 'GQA',
    source:
      'Qwen3 技术报告表 2 与 config.json：48 层、32 个查询头、4 个 KV 头、head_dim = 128；原生上下文 32,768。d_c、d_h^R 不属于 Qwen3，取 DeepSeek-V2 的值作假设。',
    config: {layers: 48, heads: 32, kvHeads: 4, headDim: 128, ...mlaWhatIf, ...common, seqLen: 32768},
  },
];

/** The presets to offer: a page's own list (its first preset included), or the default four. */
export function presetList(ids: PresetId[] | undefined, selected: PresetId): Preset[] {
  const wanted = ids && ids.length > 0 ? ids : DEFAULT_PRESET_IDS;
  const list = wanted.includes(selected) ? wanted : [selected, ...wanted];
  return list.map(getPreset);
}

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

import {describe, expect, it} from 'vitest';
import {
  compute,
  computeAll,
  DEEPSEEK_MHA_NOTE,
  DEFAULT_PRESET_IDS,
  elementsPerTokenLayer,
  formatBytes,
  getPreset,
  mlaEquivalentGroups,
  PRESETS,
  presetList,
  sanitize,
  type PresetId,
} from './model';

describe('KV cache per token', () => {
  it('DeepSeek-V2 MLA: (512 + 64) · 60 layers · 2 bytes = 69,120 bytes = 67.5 KiB', () => {
    const r = compute('MLA', getPreset('deepseek-v2').config);
    expect(r.elementsPerTokenLayer).toBe(576);
    expect(r.bytesPerTokenLayer).toBe(1152);
    expect(r.bytesPerToken).toBe(69120);
    expect(formatBytes(r.bytesPerToken)).toBe('67.5 KiB');
  });

  it('same-width MHA: 2 · 128 · 128 = 32,768 per layer; · 60 · 2 B = 3.75 MiB', () => {
    const r = compute('MHA', getPreset('mha-baseline').config);
    expect(r.elementsPerTokenLayer).toBe(32768);
    expect(r.bytesPerToken).toBe(3932160);
    expect(formatBytes(r.bytesPerToken)).toBe('3.75 MiB');
    // 128K tokens: 3.75 MiB · 131072 = 480 GiB
    expect(formatBytes(r.totalBytes)).toBe('480 GiB');
  });

  it('MLA / MHA at V2 width is 576 / 32768 ≈ 1/56.9, i.e. GQA with 2.25 groups', () => {
    const c = getPreset('deepseek-v2').config;
    expect(compute('MLA', c).ratioToMHA).toBeCloseTo(576 / 32768, 12);
    expect(mlaEquivalentGroups(c)).toBe(2.25);
  });

  it('Llama-3-70B GQA: 2 · 8 · 128 · 80 · 2 B = 327,680 B = 320 KiB; 80 GB holds 244,140 tokens', () => {
    const r = compute('GQA', getPreset('llama-3-70b').config);
    expect(r.bytesPerToken).toBe(327680);
    expect(formatBytes(r.bytesPerToken)).toBe('320 KiB');
    // 8e10 / 327680 = 244140.6 → 244140
    expect(r.tokensInBudget).toBe(244140);
  });

  it('DeepSeek-V3 MLA: 576 · 61 · 2 = 70,272 B; 80 GB holds 1,138,433 tokens', () => {
    const r = compute('MLA', getPreset('deepseek-v3').config);
    expect(r.bytesPerToken).toBe(70272);
    // 8e10 / 70272 = 1138433.5 → 1138433
    expect(r.tokensInBudget).toBe(1138433);
  });

  it('MQA caches one key and one value head: 2 · d_h', () => {
    expect(elementsPerTokenLayer('MQA', getPreset('llama-3-70b').config)).toBe(256);
  });

  it('GQA with n_kv = n_h equals MHA, with n_kv = 1 equals MQA', () => {
    const c = {...getPreset('llama-3-70b').config, kvHeads: 64};
    expect(elementsPerTokenLayer('GQA', c)).toBe(elementsPerTokenLayer('MHA', c));
    const one = {...c, kvHeads: 1};
    expect(elementsPerTokenLayer('GQA', one)).toBe(elementsPerTokenLayer('MQA', one));
  });

  it('total scales with sequence length and batch: 4 · 1000 tokens of 1 KiB = 3.91 MiB', () => {
    const c = sanitize({
      layers: 1, heads: 4, kvHeads: 4, headDim: 128, latentDim: 0, ropeDim: 0,
      bytesPerElement: 1, seqLen: 1000, batch: 4, budgetGB: 0,
    });
    const r = compute('MHA', c); // 2 · 4 · 128 · 1 B = 1024 B per token
    expect(r.bytesPerToken).toBe(1024);
    expect(r.totalBytes).toBe(4096000);
    expect(formatBytes(r.totalBytes)).toBe('3.91 MiB');
    expect(r.tokensInBudget).toBe(0); // zero budget
  });
});

describe('edge cases', () => {
  it('sanitize clamps NaN, negatives and kvHeads > heads', () => {
    const c = sanitize({
      layers: NaN, heads: 8, kvHeads: 32, headDim: -5, latentDim: -1, ropeDim: NaN,
      bytesPerElement: 0, seqLen: 0, batch: 2.6, budgetGB: -3,
    });
    expect(c.layers).toBe(1);
    expect(c.kvHeads).toBe(8);
    expect(c.headDim).toBe(1);
    expect(c.latentDim).toBe(0);
    expect(c.ropeDim).toBe(0);
    expect(c.bytesPerElement).toBe(2);
    expect(c.seqLen).toBe(1);
    expect(c.batch).toBe(3);
    expect(c.budgetGB).toBe(0);
  });

  it('MLA with d_c = d_h^R = 0 caches nothing and fits no "tokens" count', () => {
    const c = {...getPreset('deepseek-v3').config, latentDim: 0, ropeDim: 0};
    expect(compute('MLA', c).tokensInBudget).toBe(0);
  });

  it('computeAll returns the four schemes in order', () => {
    expect(computeAll(getPreset('deepseek-v3').config).map((r) => r.scheme)).toEqual(['MHA', 'MQA', 'GQA', 'MLA']);
  });

  it('formatBytes: units and rounding', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(1023)).toBe('1023 B');
    expect(formatBytes(1024)).toBe('1 KiB');
    expect(formatBytes(1536)).toBe('1.5 KiB');
    expect(formatBytes(-1)).toBe('—');
  });
});

describe('chapter 08 presets reproduce the hand calculations of the lessons', () => {
  it('Gemma 2B MQA: 2 · 18 · 1 · 256 · 2 B = 18,432 B/token; 8192 tokens = 150,994,944 B (≈151 MB = 144 MiB)', () => {
    const c = getPreset('gemma-2b').config;
    const r = compute('MQA', c);
    expect(r.bytesPerToken).toBe(18432);
    expect(r.totalBytes).toBe(150994944);
    expect(formatBytes(r.totalBytes)).toBe('144 MiB');
    // MQA is GQA with one KV head, which is how Gemma 2B is configured
    expect(compute('GQA', c).totalBytes).toBe(r.totalBytes);
  });

  it('Gemma 7B MHA: 2 · 28 · 16 · 256 · 2 B = 458,752 B/token; 8192 tokens = 3,758,096,384 B (≈3.76 GB = 3.5 GiB)', () => {
    const r = compute('MHA', getPreset('gemma-7b').config);
    expect(r.bytesPerToken).toBe(458752);
    expect(r.totalBytes).toBe(3758096384);
    expect(formatBytes(r.totalBytes)).toBe('3.5 GiB');
  });

  it('Grok-1 GQA: 2 · 64 · 8 · 128 · 2 B = 256 KiB/token; 8192 tokens = 2 GiB', () => {
    const r = compute('GQA', getPreset('grok-1').config);
    expect(r.bytesPerToken).toBe(262144);
    expect(formatBytes(r.bytesPerToken)).toBe('256 KiB');
    expect(formatBytes(r.totalBytes)).toBe('2 GiB');
  });

  it('Llama 2 70B GQA: 320 KiB/token; 128K tokens = 40 GiB; 1,000,000 tokens ≈ 305 GiB', () => {
    const c = getPreset('llama-2-70b').config;
    const r = compute('GQA', c);
    expect(r.bytesPerToken).toBe(327680);
    expect(formatBytes(r.totalBytes)).toBe('40 GiB');
    expect(formatBytes(compute('GQA', {...c, seqLen: 1_000_000}).totalBytes)).toBe('305 GiB');
  });

  it('Llama 3.1 405B GQA: 2 · 126 · 8 · 128 · 2 B = 516,096 B = 504 KiB/token; 128K tokens = 63 GiB', () => {
    const r = compute('GQA', getPreset('llama-3.1-405b').config);
    expect(r.bytesPerToken).toBe(516096);
    expect(formatBytes(r.bytesPerToken)).toBe('504 KiB');
    expect(formatBytes(r.totalBytes)).toBe('63 GiB');
  });

  it('Qwen3-235B-A22B GQA: 2 · 94 · 4 · 128 · 2 B = 192,512 B = 188 KiB/token; 32K = 5.88 GiB; 128K = 23.5 GiB', () => {
    const c = getPreset('qwen3-235b-a22b').config;
    const r = compute('GQA', c);
    expect(r.bytesPerToken).toBe(192512);
    expect(formatBytes(r.bytesPerToken)).toBe('188 KiB');
    expect(r.totalBytes).toBe(6308233216);
    expect(formatBytes(r.totalBytes)).toBe('5.88 GiB');
    expect(formatBytes(compute('GQA', {...c, seqLen: 131072}).totalBytes)).toBe('23.5 GiB');
    // 4 KV heads out of 64 query heads: 1/16 of the same-width MHA
    expect(r.ratioToMHA).toBe(1 / 16);
  });

  it('Qwen3-30B-A3B GQA: 2 · 48 · 4 · 128 · 2 B = 96 KiB/token; 32K tokens = 3 GiB', () => {
    const r = compute('GQA', getPreset('qwen3-30b-a3b').config);
    expect(r.bytesPerToken).toBe(98304);
    expect(formatBytes(r.totalBytes)).toBe('3 GiB');
  });
});

describe('preset lists and notes', () => {
  it('every preset id resolves to itself (no silent fallback to the first preset)', () => {
    for (const p of PRESETS) expect(getPreset(p.id).id).toBe(p.id);
  });

  it('without a list the default four are offered, as on the chapter 01 and 07 pages', () => {
    expect(presetList(undefined, 'deepseek-v2').map((p) => p.id)).toEqual(DEFAULT_PRESET_IDS);
  });

  it('a page list is kept in order, and the selected preset is added in front when missing', () => {
    const ids: PresetId[] = ['gemma-2b', 'gemma-7b'];
    expect(presetList(ids, 'gemma-7b').map((p) => p.id)).toEqual(ids);
    expect(presetList(ids, 'grok-1').map((p) => p.id)).toEqual(['grok-1', 'gemma-2b', 'gemma-7b']);
  });

  it('the DeepSeek presets say that MHA uses d_h = 128 keys; real 192 + 128 heads cache 25 % more', () => {
    for (const id of ['deepseek-v2', 'deepseek-v3', 'mha-baseline'] as PresetId[]) {
      expect(getPreset(id).mhaNote).toBe(DEEPSEEK_MHA_NOTE);
    }
    const c = getPreset('deepseek-v2').config;
    const convention = elementsPerTokenLayer('MHA', c);
    const realShapes = c.heads * (192 + 128);
    expect(convention).toBe(32768);
    expect(realShapes).toBe(40960);
    expect(realShapes / convention).toBe(1.25);
    expect(DEEPSEEK_MHA_NOTE).toContain('40,960');
    expect(getPreset('llama-3-70b').mhaNote).toBeUndefined();
  });
});

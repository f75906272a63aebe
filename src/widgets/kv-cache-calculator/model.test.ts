import {describe, expect, it} from 'vitest';
import {
  compute,
  computeAll,
  elementsPerTokenLayer,
  formatBytes,
  getPreset,
  mlaEquivalentGroups,
  sanitize,
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

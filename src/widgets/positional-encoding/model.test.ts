import {describe, expect, it} from 'vitest';
import {divergingColor, frequency, rotate, ropeScore, ropeScoreClosed, sinusoidal, wavelength, type Vec2} from './model';

describe('sinusoidal', () => {
  it('matches the hand computation of lesson 03 (d = 4, position 1)', () => {
    // ω₀ = 1, ω₁ = 10000^(−2/4) = 0.01 → PE₁ = (sin 1, cos 1, sin 0.01, cos 0.01)
    //     ≈ (0.8415, 0.5403, 0.0100, 1.0000); PE₀ = (0, 1, 0, 1).
    const pe = sinusoidal(2, 4);
    expect(pe[0]).toEqual([0, 1, 0, 1]);
    expect(pe[1][0]).toBeCloseTo(0.8415, 4);
    expect(pe[1][1]).toBeCloseTo(0.5403, 4);
    expect(pe[1][2]).toBeCloseTo(0.01, 4);
    expect(pe[1][3]).toBeCloseTo(1, 4);
  });
  it('has frequencies and wavelengths as in the text', () => {
    expect(frequency(1, 4)).toBeCloseTo(0.01, 12);
    expect(wavelength(0, 128)).toBeCloseTo(2 * Math.PI, 12);
    // 2π · 10000^(126/128) ≈ 54410
    expect(wavelength(63, 128)).toBeCloseTo(54410.14, 1);
  });
  it('shifting by k is a rotation of each pair (norm of every pair is 1)', () => {
    const pe = sinusoidal(50, 8);
    for (const row of pe) for (let j = 0; j < 8; j += 2) expect(Math.hypot(row[j], row[j + 1])).toBeCloseTo(1, 12);
  });
});

describe('RoPE on one pair', () => {
  it('rotates (1, 0) by 90° to (0, 1)', () => {
    const r = rotate([1, 0], 1, Math.PI / 2);
    expect(r[0]).toBeCloseTo(0, 12);
    expect(r[1]).toBeCloseTo(1, 12);
  });
  it('gives the worked example: θ = 1, q = k = (1, 0), m = 3, n = 1 → cos 2 ≈ −0.4161', () => {
    expect(ropeScore([1, 0], [1, 0], 3, 1, 1)).toBeCloseTo(-0.4161, 4);
    expect(ropeScore([1, 0], [1, 0], 5, 3, 1)).toBeCloseTo(-0.4161, 4);
  });
  it('depends only on m − n for arbitrary vectors and matches the closed form', () => {
    const q: Vec2 = [0.9, -0.4];
    const k: Vec2 = [0.3, 0.8];
    const theta = 0.37;
    const base = ropeScore(q, k, 7, 2, theta);
    for (let s = 0; s < 20; s++) {
      expect(ropeScore(q, k, 7 + s, 2 + s, theta)).toBeCloseTo(base, 12);
      expect(ropeScoreClosed(q, k, 7 + s, 2 + s, theta)).toBeCloseTo(base, 12);
    }
  });
  it('keeps the norm', () => {
    const r = rotate([3, 4], 11, 0.2);
    expect(Math.hypot(r[0], r[1])).toBeCloseTo(5, 12);
  });
});

describe('divergingColor', () => {
  it('maps −1, 0, 1 to blue, grey, red and clamps', () => {
    expect(divergingColor(-1)).toBe('rgb(33, 102, 172)');
    expect(divergingColor(0)).toBe('rgb(247, 247, 247)');
    expect(divergingColor(1)).toBe('rgb(178, 24, 43)');
    expect(divergingColor(5)).toBe(divergingColor(1));
  });
});

import {describe, expect, it} from 'vitest';
import {gaussian, randomMatrix, seededRandom} from './random';

describe('seededRandom', () => {
  it('repeats its sequence for the same seed and differs for another', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const c = seededRandom(43);
    const seqA = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(seqA);
    expect([c(), c(), c()]).not.toEqual(seqA);
  });

  it('stays in [0, 1) with a mean near one half', () => {
    const r = seededRandom(7);
    const xs = Array.from({length: 10000}, r);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(xs.reduce((s, x) => s + x, 0) / xs.length).toBeCloseTo(0.5, 1);
  });
});

describe('gaussian', () => {
  it('has mean about 0 and variance about 1', () => {
    const n = gaussian(seededRandom(1));
    const xs = Array.from({length: 20000}, n);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length;
    expect(mean).toBeCloseTo(0, 1);
    expect(variance).toBeCloseTo(1, 1);
  });
});

describe('randomMatrix', () => {
  it('has the requested shape and scale', () => {
    const m = randomMatrix(3, 5, seededRandom(3), 0);
    expect(m).toHaveLength(3);
    expect(m[0]).toHaveLength(5);
    expect(m.flat().every((x) => x === 0)).toBe(true);
  });
});

import fs from 'node:fs';
import {describe, expect, it} from 'vitest';
import {fontCodePoints} from './font';
import {MATH_FONT} from './index';

describe('fontCodePoints', () => {
  const chars = fontCodePoints(fs.readFileSync(MATH_FONT));

  it('reads the math font’s character map', () => {
    for (const ch of 'Axα∑∫√ℝ𝔼ℒ𝐖¯') expect(chars.has(ch.codePointAt(0)!), ch).toBe(true);
  });

  it('has no Chinese: text in formulas falls back to the page’s fonts', () => {
    expect(chars.has('中'.codePointAt(0)!)).toBe(false);
  });

  it('rejects what is not WOFF2', () => {
    expect(() => fontCodePoints(Buffer.from('not a font at all, not even close to one...........'))).toThrow(/WOFF2/);
  });
});

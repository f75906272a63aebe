import {describe, expect, it} from 'vitest';
import {themes} from 'prism-react-renderer';
import {accessiblePrismTheme, contrast, parseColor, withContrast} from './contrast';

describe('contrast', () => {
  it('is 21:1 for black on white and 1:1 for a colour on itself', () => {
    expect(contrast('#000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#1f6f8b', '#1f6f8b')).toBe(1);
  });

  it('matches a known value (#767676 on white is the 4.54:1 AA threshold grey)', () => {
    expect(contrast('#767676', '#fff')).toBeCloseTo(4.54, 2);
  });

  it('parses rgb() colours', () => {
    expect(parseColor('rgb(98, 114, 164)')).toEqual([98, 114, 164]);
  });
});

describe('withContrast', () => {
  it('keeps colours that already pass', () => {
    expect(withContrast('#000000', '#ffffff')).toBe('#000000');
  });

  it('darkens on light and lightens on dark backgrounds until 4.5:1', () => {
    const light = withContrast('#36acaa', '#f6f8fa');
    const dark = withContrast('#6272a4', '#282a36');
    expect(contrast(light, '#f6f8fa')).toBeGreaterThanOrEqual(4.5);
    expect(contrast(dark, '#282a36')).toBeGreaterThanOrEqual(4.5);
    expect(contrast(light, '#f6f8fa')).toBeLessThan(5.5);
  });
});

describe('accessiblePrismTheme', () => {
  it.each(['github', 'dracula'] as const)('brings every token of %s to AA', (name) => {
    const theme = accessiblePrismTheme(themes[name]);
    const bg = theme.plain.backgroundColor!;
    for (const s of theme.styles) if (s.style.color) expect(contrast(s.style.color, bg)).toBeGreaterThanOrEqual(4.5);
  });
});

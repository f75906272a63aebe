/**
 * WCAG contrast arithmetic, used to make the code highlighting themes readable: Prism themes
 * ship token colours as low as 2.6:1 against their own background, below the 4.5:1 that
 * WCAG 2 AA asks of text.
 */
import type {PrismTheme} from 'prism-react-renderer';

type Rgb = [number, number, number];

export function parseColor(color: string): Rgb {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (hex) {
    const h = hex[1].length === 3 ? [...hex[1]].map((c) => c + c).join('') : hex[1];
    return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as Rgb;
  }
  const rgb = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)/i.exec(color.trim());
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  throw new Error(`unsupported colour: ${color}`);
}

const toHex = (rgb: Rgb) => '#' + rgb.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('');

/** Relative luminance (WCAG 2). */
export function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(parseColor(a)), luminance(parseColor(b))].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

/**
 * The colour moved toward black (on a light background) or white (on a dark one) in small
 * steps until it reaches `ratio` against the background; unchanged if it already does.
 */
export function withContrast(color: string, background: string, ratio = 4.5): string {
  if (contrast(color, background) >= ratio) return color;
  const target: Rgb = luminance(parseColor(background)) > 0.5 ? [0, 0, 0] : [255, 255, 255];
  const start = parseColor(color);
  for (let t = 0.02; t <= 1; t += 0.02) {
    const mixed = start.map((v, i) => v + (target[i] - v) * t) as Rgb;
    if (contrast(toHex(mixed), background) >= ratio) return toHex(mixed);
  }
  return toHex(target);
}

/** A copy of a Prism theme whose every token colour meets `ratio` against its background. */
export function accessiblePrismTheme(theme: PrismTheme, ratio = 4.5): PrismTheme {
  const bg = theme.plain.backgroundColor;
  if (!bg) return theme;
  const fix = (c?: string) => (c ? withContrast(c, bg, ratio) : c);
  return {
    plain: {...theme.plain, color: fix(theme.plain.color)},
    styles: theme.styles.map((s) => ({...s, style: {...s.style, color: fix(s.style.color)}})),
  };
}

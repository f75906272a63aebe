import fs from 'node:fs';
import {createRequire} from 'node:module';
import {describe, expect, it} from 'vitest';
import {katexVersion, woff2Only} from './index';

const require = createRequire(import.meta.url);

describe('woff2Only', () => {
  it('keeps just the woff2 source of each font face', () => {
    const css =
      '@font-face{font-family:KaTeX_AMS;src:url(fonts/KaTeX_AMS-Regular.woff2) format("woff2"),url(fonts/KaTeX_AMS-Regular.woff) format("woff"),url(fonts/KaTeX_AMS-Regular.ttf) format("truetype")}';
    expect(woff2Only(css)).toBe('@font-face{font-family:KaTeX_AMS;src:url(fonts/KaTeX_AMS-Regular.woff2) format("woff2")}');
  });

  it('leaves no woff or ttf reference in the real KaTeX stylesheet', () => {
    const css = woff2Only(fs.readFileSync(require.resolve('katex/dist/katex.min.css'), 'utf8'));
    expect(css).not.toMatch(/\.(woff|ttf)\)/);
    expect(css.match(/\.woff2\)/g)!.length).toBeGreaterThanOrEqual(20);
  });
});

describe('katexVersion', () => {
  it('is the version rehype-katex renders with', () => {
    const fromRehype = createRequire(require.resolve('rehype-katex'))('katex/package.json').version;
    expect(katexVersion()).toBe(fromRehype);
  });
});

import {describe, expect, it} from 'vitest';
import fs from 'node:fs';
import {icons, maskable, offlinePage, webManifest} from './app';

const logo = fs.readFileSync(new URL('../../../static/img/logo.svg', import.meta.url), 'utf8');
const site = {title: '大模型算法与数据', tagline: 'AIInfra 系列课程', baseUrl: '/b/'};

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (png: Buffer) => [png.readUInt32BE(16), png.readUInt32BE(20)];

describe('app icons', () => {
  it('are drawn from the logo at the sizes the manifest names', () => {
    for (const icon of icons(logo)) {
      if (icon.type !== 'image/png') continue;
      expect(icon.body.subarray(1, 4).toString()).toBe('PNG');
      const [w, h] = pngSize(icon.body);
      expect(`${w}x${h}`).toBe(icon.sizes);
    }
  });

  it('puts the maskable logo on a full square, inside the safe zone', () => {
    const svg = maskable(logo);
    expect(svg).toMatch(/<rect width="32" height="32" fill="#1f6f8b"\/>/);
    expect(svg).toContain('<svg x="5" y="5" width="22" height="22"');
  });
});

describe('the web app manifest', () => {
  it('names the course, starts at the base URL, and lists any and maskable icons', () => {
    const m = webManifest(site, icons(logo));
    expect(m).toMatchObject({name: '大模型算法与数据', start_url: '/b/', scope: '/b/', display: 'standalone'});
    expect(m.icons.map((i) => i.purpose)).toEqual(['any', 'any', 'any', 'maskable']);
    expect(m.icons.every((i) => i.src.startsWith('/b/img/app/'))).toBe(true);
  });

  it('has an offline page that links home under the base URL', () => {
    expect(offlinePage(site)).toContain('<a href="/b/">回到首页</a>');
  });
});

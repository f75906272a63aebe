/**
 * What makes the site installable: the web app manifest, its icons (drawn from
 * static/img/logo.svg), the theme colours, and the page shown for a page not saved offline.
 */
import {Resvg} from '@resvg/resvg-js';

/**
 * Browser chrome colours: the logo's teal (also --ifm-color-primary in src/css/custom.css) in
 * light mode, the dark navbar's surface in dark mode.
 */
export const THEME = {light: '#1f6f8b', dark: '#242526'} as const;

export interface Icon {
  /** Path under the site. */
  file: string;
  sizes: string;
  type: string;
  purpose: 'any' | 'maskable';
  body: Buffer;
}

/** The logo centred on a full-bleed square of its colour, inside the maskable safe zone (80 %). */
export function maskable(logoSvg: string): string {
  const inner = logoSvg.replace(/^<svg\b/, '<svg x="5" y="5" width="22" height="22"');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${THEME.light}"/>${inner}</svg>`;
}

// The logo has no text: no need to scan the system's fonts, which takes seconds.
const png = (svg: string, size: number) =>
  new Resvg(svg, {fitTo: {mode: 'width', value: size}, font: {loadSystemFonts: false}}).render().asPng();

export function icons(logoSvg: string): Icon[] {
  const full = maskable(logoSvg);
  return [
    {file: 'img/app/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any', body: Buffer.from(logoSvg)},
    {file: 'img/app/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any', body: png(logoSvg, 192)},
    {file: 'img/app/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any', body: png(logoSvg, 512)},
    {file: 'img/app/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable', body: png(full, 512)},
    // iOS puts its own rounded mask on the home-screen icon, so it gets the full-bleed one too.
    {file: 'img/app/apple-touch-icon.png', sizes: '180x180', type: 'image/png', purpose: 'any', body: png(full, 180)},
  ];
}

export interface SiteFacts {
  title: string;
  tagline: string;
  baseUrl: string;
}

export function webManifest(site: SiteFacts, appIcons: Icon[]) {
  return {
    name: site.title,
    short_name: site.title,
    description: site.tagline,
    lang: 'zh-CN',
    start_url: site.baseUrl,
    scope: site.baseUrl,
    display: 'standalone',
    theme_color: THEME.light,
    background_color: '#ffffff',
    icons: appIcons
      .filter((i) => !i.file.includes('apple'))
      .map((i) => ({src: site.baseUrl + i.file, sizes: i.sizes, type: i.type, purpose: i.purpose})),
  };
}

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The page the worker answers with when the reader, offline, opens a page that was not saved. It
 * is not a Docusaurus page: the app would try to load the missing page's code and fail.
 */
export function offlinePage(site: SiteFacts): string {
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>离线：这一页尚未保存 | ${escape(site.title)}</title>
<style>
:root{color-scheme:light dark;--bg:#fff;--fg:#1c1e21;--link:${THEME.light}}
@media (prefers-color-scheme:dark){:root{--bg:#1b1b1d;--fg:#e3e3e3;--link:#5cb8d6}}
body{margin:0;background:var(--bg);color:var(--fg);font:17px/1.75 system-ui,-apple-system,'PingFang SC','Microsoft YaHei','Noto Sans CJK SC',sans-serif}
main{max-width:36rem;margin:12vh auto;padding:0 1.25rem}a{color:var(--link)}
</style></head>
<body><main>
<h1>这一页还没有保存到本机</h1>
<p>现在没有网络连接，这一页在联网时没有打开过，也还没有保存。联网后重新载入即可阅读。</p>
<p>想在离线时读全部课程？联网时在首页按“保存全部课程供离线阅读”。</p>
<p><a href="${escape(site.baseUrl)}">回到首页</a>（首页和读过的课程离线也能打开）</p>
</main></body></html>
`;
}

import {afterAll, describe, expect, it} from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {createHash} from 'node:crypto';
import {assetsOf, offlineFiles, onDemandChunks, shellOf} from './files';

const page = (extra: string) =>
  `<html><head><link rel="stylesheet" href="/b/assets/css/styles.1234abcd.css"><link rel="icon" href="/b/img/favicon.svg">` +
  `<link rel="stylesheet" href="/b/katex/0.16.47/katex.min.css"></head><body><a href="/b/docs/moe">MoE</a>${extra}` +
  `<script src="/b/assets/js/main.deadbeef.js" defer></script></body></html>`;

describe('the shell', () => {
  it('reads the site paths a page refers to', () => {
    expect(assetsOf(page('<img src="/b/img/a%20b.png?v=1">'), '/b/')).toEqual([
      'assets/css/styles.1234abcd.css',
      'img/favicon.svg',
      'katex/0.16.47/katex.min.css',
      'docs/moe',
      'img/a b.png',
      'assets/js/main.deadbeef.js',
    ]);
  });

  it('is what every page refers to, KaTeX with its fonts, and the app files', () => {
    const keys = new Set([
      'assets/css/styles.1234abcd.css',
      'assets/js/main.deadbeef.js',
      'img/favicon.svg',
      'img/only-home.svg',
      'katex/0.16.47/katex.min.css',
      'katex/0.16.47/fonts/KaTeX_Main-Regular.woff2',
      'docs/moe.html',
      'index.html',
      'offline.html',
    ]);
    const pages = new Map([
      ['index.html', page('<img src="/b/img/only-home.svg">')],
      ['docs/moe.html', page('')],
    ]);
    expect(shellOf(pages, keys, '/b/', ['index.html', 'offline.html', 'manifest.webmanifest'])).toEqual([
      'assets/css/styles.1234abcd.css',
      'assets/js/main.deadbeef.js',
      'img/favicon.svg',
      'index.html',
      'katex/0.16.47/fonts/KaTeX_Main-Regular.woff2',
      'katex/0.16.47/katex.min.css',
      'offline.html',
    ]);
  });

  it('sets apart the chunks loaded on demand', () => {
    expect(onDemandChunks(['assets/js/4936.4c57a002.js', 'assets/js/485fe4d7.fab467fc.js', 'assets/js/main.8ce9c163.js', 'assets/js/runtime~main.cfb051f4.js'])).toEqual([
      'assets/js/4936.4c57a002.js',
    ]);
  });
});

describe('offlineFiles on a small built site', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'offline-files-'));
  afterAll(() => fs.rmSync(dir, {recursive: true, force: true}));
  const write = (file: string, body: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), {recursive: true});
    fs.writeFileSync(path.join(dir, file), body);
  };
  write('index.html', page(''));
  write('docs/moe.html', page('<p>MoE</p>'));
  write('offline.html', '<p>离线</p>');
  write('assets/css/styles.1234abcd.css', 'body{}');
  write('assets/js/main.deadbeef.js', 'main()');
  write('assets/js/42.0badcafe.js', 'lazy()');
  write('img/favicon.svg', '<svg/>');
  write('search-terms.json', '{}');
  write('pagefind/pagefind.js', 'search()');
  write('pagefind/wasm.unknown.pagefind', 'wasm');
  write('pagefind/pagefind.zh-cn_0a1b2c.pf_meta', 'meta');
  write('pagefind/index/zh-cn_3d4e5f.pf_index', 'chunk');
  write('pagefind/fragment/zh-cn_6a7b8c.pf_fragment', 'page');
  write('pagefind/filter/zh-cn_9d0e1f.pf_filter', 'filter');
  write('sitemap.xml', '<urlset/>');
  write('sw.js', 'old worker');
  write('pdf/plan.json', '{}');
  write('pdf/ch01-transformer.pdf', '%PDF');

  it('lists every servable file with its SHA-256 and size, and a version that follows their content', async () => {
    const a = await offlineFiles(dir, '/b/', ['index.html'], 'offline.html');
    expect(Object.keys(a.files)).toEqual([
      'assets/css/styles.1234abcd.css',
      'assets/js/42.0badcafe.js',
      'assets/js/main.deadbeef.js',
      'docs/moe.html',
      'img/favicon.svg',
      'index.html',
      'offline.html',
      'pagefind/filter/zh-cn_9d0e1f.pf_filter',
      'pagefind/fragment/zh-cn_6a7b8c.pf_fragment',
      'pagefind/index/zh-cn_3d4e5f.pf_index',
      'pagefind/pagefind.js',
      'pagefind/pagefind.zh-cn_0a1b2c.pf_meta',
      'pagefind/wasm.unknown.pagefind',
      'search-terms.json',
    ]);
    expect(a.files['assets/js/main.deadbeef.js']).toEqual([createHash('sha256').update('main()').digest('base64'), 6]);
    expect(a.bytes).toBe(Object.values(a.files).reduce((s, [, n]) => s + n, 0));
    expect(a.download).toBeGreaterThan(0);
    expect(a.kit).toEqual(['assets/js/42.0badcafe.js']);
    expect(a.shell).toContain('offline.html');

    write('docs/moe.html', page('<p>MoE!</p>'));
    const b = await offlineFiles(dir, '/b/', ['index.html'], 'offline.html');
    expect(b.version).not.toBe(a.version);
    expect(b.files['docs/moe.html'][0]).not.toBe(a.files['docs/moe.html'][0]);
  });
});

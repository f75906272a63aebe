import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {serve} from './serve.mjs';

let root;
let site;
// Text that compresses slowly at a high level: several megabytes of varied JSON, like a large data file.
const big = JSON.stringify(Array.from({length: 120_000}, (_, i) => ({i, t: `词${(i * 7919) % 104729} token ${i.toString(36)}`})));

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'serve-test-'));
  fs.mkdirSync(path.join(root, 'docs'));
  fs.writeFileSync(path.join(root, 'large.json'), big);
  fs.writeFileSync(path.join(root, 'docs/page.html'), '<!doctype html><title>page</title>');
  fs.writeFileSync(path.join(root, '404.html'), '<!doctype html><title>404</title>');
  site = await serve(root, '/base/');
});
afterAll(async () => {
  await site.close();
  fs.rmSync(root, {recursive: true, force: true});
});

const get = async (p, encoding = 'br') => {
  const res = await fetch(site.url + p, {headers: {'accept-encoding': encoding}});
  return {res, at: performance.now()};
};

describe('the test server', () => {
  it('answers a small page while a large file is still being compressed', async () => {
    expect(big.length).toBeGreaterThan(4_000_000);
    const large = get('large.json');
    // Give the server the large request first.
    await new Promise((r) => setTimeout(r, 20));
    const small = await get('docs/page');
    const done = await large;
    expect(small.res.status).toBe(200);
    expect(small.at).toBeLessThan(done.at);
  });

  it('serves brotli and gzip that decode to the file, and the 404 page for unknown paths', async () => {
    const br = await fetch(site.url + 'large.json', {headers: {'accept-encoding': 'br'}});
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(await br.text()).toBe(big); // fetch decodes it
    const raw = await new Promise((resolve, reject) =>
      (async () => {
        const {default: http} = await import('node:http');
        http.get(site.url + 'docs/page', {headers: {'accept-encoding': 'gzip'}}, (res) => {
          const chunks = [];
          res.on('data', (c) => chunks.push(c));
          res.on('end', () => resolve({encoding: res.headers['content-encoding'], body: Buffer.concat(chunks)}));
        }).on('error', reject);
      })(),
    );
    expect(raw.encoding).toBe('gzip');
    expect(zlib.gunzipSync(raw.body).toString()).toBe('<!doctype html><title>page</title>');
    const missing = await fetch(site.url + 'nowhere');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('<title>404</title>');
  });
});

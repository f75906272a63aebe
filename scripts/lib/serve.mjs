// A small static server for the built site, as GitHub Pages serves it: the site under its base
// URL, "/a/b" answered by a/b.html or a/b/index.html, gzip or brotli when the client accepts
// it, the site's 404 page otherwise. Used by the browser tests and the size budgets.
//
// Each file is compressed once, on its first request, off the event loop (zlib's thread pool):
// while a multi-megabyte file is being compressed, every other request is answered.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
  // 代码实践 downloads (src/plugins/practice-downloads).
  '.py': 'text/x-python; charset=utf-8',
  '.ipynb': 'application/x-ipynb+json',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.xml', '.txt', '.py', '.ipynb', '.webmanifest']);

/** The file a URL path maps to inside `root`, or null. */
export function resolveFile(root, urlPath) {
  const clean = path.normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  const base = path.join(root, clean);
  if (!base.startsWith(root)) return null;
  for (const candidate of [base, `${base}.html`, path.join(base, 'index.html')]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return null;
}

export function encodingFor(acceptEncoding = '') {
  if (/\bbr\b/.test(acceptEncoding)) return 'br';
  if (/\bgzip\b/.test(acceptEncoding)) return 'gzip';
  return null;
}

/**
 * Brotli at its best level, as a host that precompresses would serve it (the size budgets
 * measure these bytes). Files over 1 MB get a fast level: quality 11 costs
 * seconds per megabyte, and no budget measures them.
 */
const brotliQuality = (size) => (size > 1_000_000 ? 5 : 11);

/** `fast`: brotli at level 1, for the browser tests (tests/e2e/harness.mjs). */
export function compress(body, encoding, fast = false) {
  return new Promise((resolve, reject) => {
    const done = (err, out) => (err ? reject(err) : resolve(out));
    const quality = fast ? 1 : brotliQuality(body.length);
    if (encoding === 'br') zlib.brotliCompress(body, {params: {[zlib.constants.BROTLI_PARAM_QUALITY]: quality}}, done);
    else if (encoding === 'gzip') zlib.gzip(body, {level: 9}, done);
    else resolve(body);
  });
}

/**
 * Serves `root` under `baseUrl` on a free local port; resolves to {origin, url, close}.
 * `onSent(pathname, bytes)` hears each response's body size as sent: what a page's requests
 * cost, dedicated workers' included (the search engine fetches its index from one, where the
 * page's own network events do not see it).
 */
export function serve(root, baseUrl = '/', {fast = false, onSent} = {}) {
  const cache = new Map();
  const server = http.createServer(async (req, res) => {
    const {pathname} = new URL(req.url, 'http://localhost');
    let file = pathname.startsWith(baseUrl) ? resolveFile(root, '/' + pathname.slice(baseUrl.length)) : null;
    let status = 200;
    if (!file) {
      status = 404;
      file = path.join(root, '404.html');
    }
    const ext = path.extname(file);
    const encoding = COMPRESSIBLE.has(ext) ? encodingFor(req.headers['accept-encoding']) : null;
    // The file's mtime is part of the key, so that a file changed in place (a test deploying a
    // new version) is served new.
    const key = `${file}|${encoding}|${fs.statSync(file).mtimeMs}`;
    if (!cache.has(key)) cache.set(key, fs.promises.readFile(file).then((raw) => compress(raw, encoding, fast)));
    const body = await cache.get(key);
    res.writeHead(status, {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'content-length': body.length,
      ...(encoding ? {'content-encoding': encoding, vary: 'accept-encoding'} : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
    if (req.method !== 'HEAD') onSent?.(pathname, body.length);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const origin = `http://127.0.0.1:${server.address().port}`;
      resolve({origin, url: origin + baseUrl, close: () => new Promise((r) => server.close(r))});
    });
  });
}

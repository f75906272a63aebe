// Facts about the built site that tests and reports share: where it is and its base URL.
import fs from 'node:fs';
import path from 'node:path';

export const BUILD_DIR = path.resolve(process.env.BUILD_DIR || 'build');

/** The base URL the site was built with, read from the built home page. */
export function builtBaseUrl(buildDir = BUILD_DIR) {
  const html = fs.readFileSync(path.join(buildDir, 'index.html'), 'utf8');
  const m = /<link rel="sitemap"[^>]*href="([^"]*)sitemap\.xml"/.exec(html) ?? /<link[^>]+href="([^"]*?)katex\//.exec(html);
  if (!m) throw new Error('cannot find the base URL in build/index.html');
  return m[1];
}

/** Every page URL path in the sitemap, relative to the base URL. */
export function sitemapPaths(buildDir = BUILD_DIR) {
  const xml = fs.readFileSync(path.join(buildDir, 'sitemap.xml'), 'utf8');
  const base = builtBaseUrl(buildDir);
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname.slice(base.length));
}

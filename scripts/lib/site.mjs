// Facts about the built site that tests and reports share: where it is, its base URL, its pages.
import fs from 'node:fs';
import path from 'node:path';

export const BUILD_DIR = path.resolve(process.env.BUILD_DIR || 'build');

function sitemapLocs(buildDir) {
  const xml = fs.readFileSync(path.join(buildDir, 'sitemap.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
}

/** The base URL the site was built with: the path of its home page, the shortest in the sitemap. */
export function builtBaseUrl(buildDir = BUILD_DIR) {
  const locs = sitemapLocs(buildDir);
  if (locs.length === 0) throw new Error(`${buildDir}/sitemap.xml lists no pages`);
  return locs.reduce((a, b) => (b.length < a.length ? b : a)).replace(/\/?$/, '/');
}

/** Every page in the sitemap, as a path relative to the base URL ("" for the home page). */
export function sitemapPaths(buildDir = BUILD_DIR) {
  const base = builtBaseUrl(buildDir);
  return sitemapLocs(buildDir).map((p) => p.slice(base.length));
}

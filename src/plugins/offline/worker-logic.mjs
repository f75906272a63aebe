// Pure logic of the offline service worker, kept apart so that unit tests can import it. The
// build inlines this file into sw.js (dropping the `export` keywords): a service worker is one
// classic script, and this module imports nothing.

/** @typedef {Record<string, [hash: string, bytes: number]>} Files  site path → SHA-256 (base64) and size */

/**
 * The site file a request path serves, the way the static host resolves it: the path itself,
 * then with ".html", then its index.html ("docs/moe/" also finds docs/moe.html, as chapter
 * permalinks end with a slash). Undefined for anything outside the site's files.
 * @param {string} pathname  the request URL's path, still percent-encoded
 * @param {string} base  the site's base path, ending with "/"
 * @param {Files} files
 * @returns {string | undefined}
 */
export function fileFor(pathname, base, files) {
  if (!pathname.startsWith(base)) return undefined;
  let path;
  try {
    path = decodeURIComponent(pathname.slice(base.length));
  } catch {
    return undefined;
  }
  const candidates =
    path === '' ? ['index.html'] : path.endsWith('/') ? [`${path}index.html`, `${path.slice(0, -1)}.html`] : [path, `${path}.html`, `${path}/index.html`];
  return candidates.find((c) => Object.hasOwn(files, c));
}

/**
 * What a new version's worker puts in its cache when it installs: the shell every page needs,
 * and what the reader kept with the previous version (all of the course, if they had saved it
 * all). Files whose content is unchanged are copied from the old cache; the rest are fetched.
 * Files the new version no longer has are left behind with the old cache.
 * @param {string[]} shell
 * @param {Record<string, string>} kept  the previous copy: site path → hash
 * @param {Files} files  the new version's files
 * @param {boolean} savedAll  the reader had saved the whole course
 * @returns {{copy: string[], fetch: string[]}}
 */
export function installPlan(shell, kept, files, savedAll) {
  const wanted = new Set(savedAll ? Object.keys(files) : [...shell, ...Object.keys(kept).filter((k) => Object.hasOwn(files, k))]);
  const copy = [];
  const fetch = [];
  for (const key of wanted) (kept[key] === files[key][0] ? copy : fetch).push(key);
  return {copy, fetch};
}

/**
 * @param {Iterable<string>} keys
 * @param {Files} files
 */
export function bytesOf(keys, files) {
  let sum = 0;
  for (const k of keys) sum += files[k]?.[1] ?? 0;
  return sum;
}

/**
 * Runs `task` over `items`, at most `limit` at a time. Rejects with the first error, after the
 * tasks already running have settled, and starts no new ones after it.
 * @template T
 * @param {T[]} items
 * @param {number} limit
 * @param {(item: T) => Promise<unknown>} task
 */
export async function pool(items, limit, task) {
  let next = 0;
  let failure;
  const worker = async () => {
    while (next < items.length && failure === undefined) {
      const item = items[next++];
      try {
        await task(item);
      } catch (e) {
        failure ??= {error: e};
      }
    }
  };
  await Promise.all(Array.from({length: Math.min(limit, items.length)}, worker));
  if (failure) throw failure.error;
}

/**
 * Base64 of some bytes, as Node's digest('base64') writes it.
 * @param {ArrayBuffer} buffer
 */
export function base64(buffer) {
  let s = '';
  for (const b of new Uint8Array(buffer)) s += String.fromCharCode(b);
  return btoa(s);
}

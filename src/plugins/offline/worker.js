// The offline service worker. The build (./index.ts) writes it to sw.js after
//   const BUILD = {version, base, shell, kit, offlinePage, files, bytes, download};
// and the functions of ./worker-logic.mjs. Messages follow src/offline/protocol.ts.
//
// One cache per deployment, named after its version: every file in it was checked against the
// SHA-256 the build recorded, so a page is never put together from two deployments. A newer
// deployment's worker fills its own cache while the old one keeps serving (copying unchanged
// files, fetching changed ones), then waits until the reader accepts the reload.
/* global BUILD, fileFor, installPlan, bytesOf, pool, base64 */

const PREFIX = `offline:${self.registration.scope}:`;
const CACHE = PREFIX + BUILD.version;
/** A cache entry (not a site file) that says the reader saved the whole course. */
const SAVED_ALL = '.saved-all';
const HASH_HEADER = 'x-offline-hash';
const KEYS = Object.keys(BUILD.files);

const urlOf = (key) => new URL(key, self.registration.scope).href;
const keyOf = (url) => decodeURIComponent(new URL(url).pathname.slice(new URL(self.registration.scope).pathname.length));

/** A file that is not the one this version's build recorded: a newer deployment is live. */
class Outdated extends Error {}

async function put(cache, key, body, type) {
  const hash = base64(await crypto.subtle.digest('SHA-256', body));
  if (hash !== BUILD.files[key][0]) throw new Outdated(key);
  const headers = {[HASH_HEADER]: hash};
  if (type) headers['content-type'] = type;
  await cache.put(urlOf(key), new Response(body, {headers}));
}

/** Fetches one of this version's files (past the HTTP cache) into `cache`. */
async function fetchInto(cache, key) {
  const response = await fetch(urlOf(key), {cache: 'no-cache'});
  if (!response.ok) throw new Outdated(`${key}: HTTP ${response.status}`);
  await put(cache, key, await response.arrayBuffer(), response.headers.get('content-type'));
}

/** What older versions' caches hold: site path → hash, the cache it is in, and whether all was saved. */
async function previousCopy() {
  const kept = {};
  const source = {};
  let savedAll = false;
  for (const name of await caches.keys()) {
    if (!name.startsWith(PREFIX) || name === CACHE) continue;
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      const key = keyOf(request.url);
      if (key === SAVED_ALL) savedAll = true;
      const hash = (await cache.match(request))?.headers.get(HASH_HEADER);
      if (hash) {
        kept[key] = hash;
        source[key] = cache;
      }
    }
  }
  return {kept, source, savedAll};
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      const previous = await previousCopy();
      const plan = installPlan(BUILD.shell, previous.kept, BUILD.files, previous.savedAll);
      for (const key of plan.copy) await cache.put(urlOf(key), await previous.source[key].match(urlOf(key)));
      // Any failure (offline, or a still newer deployment) fails the install; the old version
      // keeps serving and the browser tries again later.
      await pool(plan.fetch, 6, (key) => fetchInto(cache, key));
      if (previous.savedAll) await cache.put(urlOf(SAVED_ALL), new Response(''));
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

/** Keeps a response the page fetched, if it is this version's file; asks for an update if not. */
async function keep(cache, key, response) {
  try {
    await put(cache, key, await response.arrayBuffer(), response.headers.get('content-type'));
  } catch (e) {
    if (e instanceof Outdated) self.registration.update();
  }
}

async function serve(event, key) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(urlOf(key));
  if (hit) return hit;
  try {
    const response = await fetch(event.request);
    if (response.ok) event.waitUntil(keep(cache, key, response.clone()));
    return response;
  } catch {
    return offline(event.request, cache);
  }
}

async function offline(request, cache) {
  const page = request.mode === 'navigate' && (await cache.match(urlOf(BUILD.offlinePage)));
  return page || new Response('', {status: 503, statusText: 'Offline'});
}

self.addEventListener('fetch', (event) => {
  const {request} = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  const key = fileFor(url.pathname, BUILD.base, BUILD.files);
  if (key) event.respondWith(serve(event, key));
  else if (request.mode === 'navigate') {
    event.respondWith(fetch(request).catch(async () => offline(request, await caches.open(CACHE))));
  }
});

async function broadcast(message) {
  for (const client of await self.clients.matchAll({type: 'window', includeUncontrolled: true})) client.postMessage(message);
}

async function cachedKeys(cache) {
  return new Set((await cache.keys()).map((r) => keyOf(r.url)));
}

async function status() {
  const have = await cachedKeys(await caches.open(CACHE));
  const cached = KEYS.filter((k) => have.has(k));
  return {
    version: BUILD.version,
    files: KEYS.length,
    bytes: BUILD.bytes,
    download: BUILD.download,
    cachedFiles: cached.length,
    cachedBytes: bytesOf(cached, BUILD.files),
    savedAll: have.has(SAVED_ALL) && cached.length === KEYS.length,
    saving: saving !== undefined,
  };
}

let saving;

async function saveEverything() {
  const cache = await caches.open(CACHE);
  const have = await cachedKeys(cache);
  const todo = KEYS.filter((k) => !have.has(k));
  const progress = {type: 'progress', doneFiles: KEYS.length - todo.length, files: KEYS.length, doneBytes: 0, bytes: BUILD.bytes};
  progress.doneBytes = BUILD.bytes - bytesOf(todo, BUILD.files);
  let sent = 0;
  const report = (force) => {
    if (!force && Date.now() - sent < 100) return;
    sent = Date.now();
    void broadcast({...progress});
  };
  report(true);
  try {
    await pool(todo, 6, async (key) => {
      await fetchInto(cache, key);
      progress.doneFiles++;
      progress.doneBytes += BUILD.files[key][1];
      report(false);
    });
    await cache.put(urlOf(SAVED_ALL), new Response(''));
  } catch (e) {
    if (e instanceof Outdated) self.registration.update();
    const reason = e instanceof Outdated ? 'outdated' : e?.name === 'QuotaExceededError' ? 'storage' : 'network';
    saving = undefined;
    const now = await status();
    await broadcast({type: 'save-failed', reason, status: now});
    return now;
  }
  saving = undefined;
  const now = await status();
  await broadcast({type: 'saved', status: now});
  return now;
}

/** The pages the reader opened, with what they used, and if asked the code loaded on demand. */
async function keepVisited(urls, kit) {
  const cache = await caches.open(CACHE);
  const have = await cachedKeys(cache);
  const keys = new Set([...urls.map((u) => fileFor(new URL(u).pathname, BUILD.base, BUILD.files)), ...(kit ? BUILD.kit : [])]);
  const todo = [...keys].filter((k) => k && !have.has(k));
  try {
    await pool(todo, 4, (key) => fetchInto(cache, key));
  } catch (e) {
    if (e instanceof Outdated) self.registration.update();
  }
}

self.addEventListener('message', (event) => {
  const message = event.data;
  const reply = (promise) => event.waitUntil(promise.then((answer) => event.ports[0]?.postMessage(answer)));
  if (message?.type === 'skip-waiting') self.skipWaiting();
  else if (message?.type === 'status') reply(status());
  else if (message?.type === 'save-all') reply((saving ??= saveEverything()));
  else if (message?.type === 'visited' && Array.isArray(message.urls)) event.waitUntil(keepVisited(message.urls, message.kit === true));
});

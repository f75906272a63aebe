/**
 * Runs on every page: once the page has loaded and the browser is idle, registers the offline
 * worker, then tells it which of the site's files each page the reader opens has used (the page
 * itself, its scripts, styles and fonts), so that the worker keeps them for offline reading.
 * Registration waits until the page no longer needs the network or the processor for itself.
 *
 * The code loaded on demand (Mermaid above all: about 4 MB before compression) is kept only for
 * a reader who stays: once they have spent STAY_MS on the site. A visitor who glances at one
 * page does not download it.
 */
import type {ClientModule} from '@docusaurus/types';
import {canWorkOffline, register, reportVisit} from './client';

const STAY_MS = 30_000;

const pending = new Set<string>();
let started = false;
let kitAsked = false;

const whenIdle = (run: () => void) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(run, {timeout: 5000}) : setTimeout(run, 1000);

function add(url: string) {
  const u = new URL(url, window.location.href);
  if (u.origin === window.location.origin) pending.add(u.origin + u.pathname);
}

function flush() {
  const kit = !kitAsked && performance.now() >= STAY_MS;
  if ((!pending.size && !kit) || !navigator.serviceWorker.controller) return;
  reportVisit([...pending], kit);
  pending.clear();
  kitAsked ||= kit;
}

async function start() {
  await register();
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) add(entry.name);
  }).observe({type: 'resource', buffered: true});
  // On the first visit the worker takes control of this page when it activates.
  navigator.serviceWorker.addEventListener('controllerchange', () => whenIdle(flush));
  whenIdle(flush);
  setTimeout(() => whenIdle(flush), Math.max(0, STAY_MS - performance.now()));
}

const module: ClientModule = {
  onRouteDidUpdate({location}) {
    if (!canWorkOffline()) return;
    add(location.pathname);
    if (started) {
      whenIdle(flush);
      return;
    }
    started = true;
    const begin = () => whenIdle(() => void start());
    if (document.readyState === 'complete') begin();
    else window.addEventListener('load', begin, {once: true});
  },
};
export default module;

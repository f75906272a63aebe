/**
 * Docusaurus prefetches a linked page's chunks as soon as the link scrolls into view. On a lesson
 * the links of the first screen all do so in one task while the page is still hydrating: route
 * matching against every route's chunk list, then a `<link rel="prefetch">` per chunk. On
 * Lighthouse's mobile CPU that was the largest piece of script in the formula-heavy lessons
 * (about 120 ms), spent on a guess about the next page. Here each prefetch waits for an idle
 * moment, one per idle period, so none of them makes a long task. Preloading on hover or touch,
 * which follows the reader's intent, is left immediate.
 *
 * Offline, a prefetch is skipped: a chunk the offline copy holds needs none, and one it does not
 * hold can only fail (the worker answers 503), which the console reports as an error.
 */
import type {ClientModule} from '@docusaurus/types';

type Docusaurus = Window['docusaurus'];
type Schedule = (run: () => void) => void;

const whenIdle: Schedule = (run) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(run, {timeout: 3000}) : setTimeout(run, 200);

/**
 * `docusaurus` with `prefetch` queued: each path goes through the original prefetch in order, one
 * per `schedule` call, and the returned promise settles when that prefetch has (at once, without
 * it, when `online()` says the browser is offline by then).
 */
export function deferPrefetch(
  docusaurus: Docusaurus,
  schedule: Schedule = whenIdle,
  online: () => boolean = () => navigator.onLine,
): Docusaurus {
  const queue: Array<() => void> = [];
  const next = () => {
    queue.shift()?.();
    if (queue.length) schedule(next);
  };
  return {
    ...docusaurus,
    prefetch: (url) =>
      new Promise<void[]>((resolve) => {
        if (queue.push(() => resolve((online() && docusaurus.prefetch(url)) || [])) === 1) schedule(next);
      }),
  };
}

let deferred = false;
const module: ClientModule = {
  // The first call comes as the page hydrates: Docusaurus has set window.docusaurus by then, and
  // links only report being in view after it.
  onRouteDidUpdate() {
    if (deferred || !window.docusaurus) return;
    window.docusaurus = deferPrefetch(window.docusaurus);
    deferred = true;
  },
};
export default module;

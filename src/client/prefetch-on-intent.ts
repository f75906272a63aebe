/**
 * Docusaurus prefetches a linked page's chunks as soon as the link scrolls into view. On a phone
 * that was most of what a lesson downloaded: opened at 390 px, the attention lesson transferred
 * 451 KB to load and then, in the next 15 s, another 844 KB in 57 requests for pages the reader
 * had not asked for (the MoE 架构剖析 lesson 391 KB, then 722 KB more). Many readers pay for
 * their data, and each prefetch was also a task on the main thread. So a linked page's chunks are
 * fetched only when the reader shows intent: Docusaurus's `preload`, which runs when a pointer
 * rests on a link or a finger touches it, is left as it is, and following a link loads what it
 * needs anyway. Offline, the saved copy (src/plugins/offline) serves every page without either.
 */
import type {ClientModule} from '@docusaurus/types';

type Docusaurus = Window['docusaurus'];

/** `docusaurus` with viewport prefetching turned off: `prefetch` declines, as for a page it has. */
export function prefetchOnIntent(docusaurus: Docusaurus): Docusaurus {
  return {...docusaurus, prefetch: () => false};
}

let replaced = false;
const module: ClientModule = {
  // The first call comes as the page hydrates: Docusaurus has set window.docusaurus by then, and
  // links only report being in view after it.
  onRouteDidUpdate() {
    if (replaced || !window.docusaurus) return;
    window.docusaurus = prefetchOnIntent(window.docusaurus);
    replaced = true;
  },
};
export default module;

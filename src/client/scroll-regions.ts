/**
 * Wide formulas and tables scroll sideways inside the text column. A keyboard user can only
 * scroll what can take focus, so each one that actually overflows at the current width
 * becomes a focusable, named region (those that fit stay out of the tab order).
 */
import type {ClientModule} from '@docusaurus/types';

const SCROLLERS = '.markdown .katex-display, .markdown table';

function label(el: Element): string {
  return el.matches('table') ? '表格（可横向滚动）' : '公式（可横向滚动）';
}

export function markScrollRegions(root: ParentNode = document): void {
  for (const el of root.querySelectorAll<HTMLElement>(SCROLLERS)) {
    if (el.scrollWidth > el.clientWidth + 1) {
      el.tabIndex = 0;
      el.setAttribute('role', 'region');
      el.setAttribute('aria-label', label(el));
    } else if (el.getAttribute('role') === 'region') {
      el.removeAttribute('tabindex');
      el.removeAttribute('role');
      el.removeAttribute('aria-label');
    }
  }
}

// Widths change after the first paint: a font that arrives late widens the formulas that use
// it (fonts load when a glyph first needs them, so `document.fonts.ready` may already have
// resolved), and the column itself changes with diagrams drawn on scroll, scrollbars and a
// rotated phone. Mark again after every batch of font loads and whenever the column resizes.
let frame = 0;
const remark = () => {
  cancelAnimationFrame(frame);
  frame = requestAnimationFrame(() => markScrollRegions());
};
const inBrowser = typeof document !== 'undefined';
const observer = inBrowser && typeof ResizeObserver !== 'undefined' ? new ResizeObserver(remark) : null;
if (inBrowser) document.fonts?.addEventListener('loadingdone', remark);

const module: ClientModule = {
  onRouteDidUpdate() {
    remark();
    observer?.disconnect();
    document.querySelectorAll('.markdown').forEach((el) => observer?.observe(el));
  },
};
export default module;

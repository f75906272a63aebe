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

// Widths change after the first paint (fonts, diagrams drawn on scroll, a rotated phone):
// watch the text column and mark again whenever its size changes.
let frame = 0;
const remark = () => {
  cancelAnimationFrame(frame);
  frame = requestAnimationFrame(() => markScrollRegions());
};
const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(remark);

const module: ClientModule = {
  onRouteDidUpdate() {
    // After React has committed the new page, and again once KaTeX's fonts have loaded and
    // given the formulas their final width.
    requestAnimationFrame(() => markScrollRegions());
    document.fonts?.ready.then(() => markScrollRegions());
    observer?.disconnect();
    document.querySelectorAll('.markdown').forEach((el) => observer?.observe(el));
  },
};
export default module;

/**
 * What the roadmap shows when a page is selected (everything it needs and everything that needs
 * it, transitively), and how the arrow keys move between pages. Pure functions of the layout.
 */
import {dependents, reachable} from '@site/src/lesson/prerequisites';

export interface GraphNode {
  key: string;
  column: number;
  row: number;
  prerequisites: readonly string[];
}

export type PageState = 'selected' | 'needs' | 'neededBy';

export interface Highlight {
  selected: string;
  /** Pages the selected one needs, directly or through others. */
  needs: Set<string>;
  /** Pages that need the selected one, directly or through others. */
  neededBy: Set<string>;
}

export function highlightOf(selected: string, pages: readonly GraphNode[]): Highlight {
  const needs = new Map(pages.map((p) => [p.key, p.prerequisites]));
  const neededBy = dependents(pages);
  return {
    selected,
    needs: reachable(selected, (k) => needs.get(k) ?? []),
    neededBy: reachable(selected, (k) => neededBy.get(k) ?? []),
  };
}

export function pageState(key: string, h: Highlight | null): PageState | undefined {
  if (!h) return undefined;
  if (key === h.selected) return 'selected';
  if (h.needs.has(key)) return 'needs';
  if (h.neededBy.has(key)) return 'neededBy';
  return undefined;
}

/**
 * An edge (`from` is needed by `to`) lies on the selected page's chain of prerequisites when
 * both ends are in it, and on its chain of dependents likewise.
 */
export function edgeState(edge: {from: string; to: string}, h: Highlight | null): 'needs' | 'neededBy' | undefined {
  if (!h) return undefined;
  if (h.needs.has(edge.from) && (edge.to === h.selected || h.needs.has(edge.to))) return 'needs';
  if (h.neededBy.has(edge.to) && (edge.from === h.selected || h.neededBy.has(edge.from))) return 'neededBy';
  return undefined;
}

/**
 * The page an arrow key moves to from `key`: up and down within the chapter's column, left and
 * right to the neighbouring chapter at the same row (or its last page), Home and End to the
 * column's first and last page. Undefined for any other key.
 */
export function move(pages: readonly GraphNode[], key: string, arrow: string): string | undefined {
  const here = pages.find((p) => p.key === key);
  if (!here) return undefined;
  const column = (c: number) => pages.filter((p) => p.column === c).sort((a, b) => a.row - b.row);
  const columns = Math.max(...pages.map((p) => p.column)) + 1;
  const own = column(here.column);
  const at = (list: GraphNode[], row: number) => list[Math.max(0, Math.min(row, list.length - 1))]?.key;
  switch (arrow) {
    case 'ArrowUp':
      return at(own, here.row - 1);
    case 'ArrowDown':
      return at(own, here.row + 1);
    case 'Home':
      return own[0].key;
    case 'End':
      return own[own.length - 1].key;
    case 'ArrowLeft':
    case 'ArrowRight': {
      const step = arrow === 'ArrowLeft' ? -1 : 1;
      for (let c = here.column + step; c >= 0 && c < columns; c += step) {
        const next = at(column(c), here.row);
        if (next) return next;
      }
      return key;
    }
    default:
      return undefined;
  }
}

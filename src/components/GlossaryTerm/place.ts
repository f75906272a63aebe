/** Where a term's card goes: below the term (above it if only there it fits), inside the viewport. */

export interface Box {
  left: number;
  top: number;
  bottom: number;
}

export interface Viewport {
  width: number;
  height: number;
  scrollX: number;
  scrollY: number;
}

/** Space kept between the card and the term, and between the card and the viewport's edges. */
export const GAP = 6;
export const MARGIN = 8;

/** The card's top-left corner in document coordinates, for a term at `term` (viewport coordinates). */
export function placeCard(term: Box, card: {width: number; height: number}, view: Viewport): {left: number; top: number} {
  const below = term.bottom + GAP;
  const above = term.top - GAP - card.height;
  const top = below + card.height > view.height - MARGIN && above >= MARGIN ? above : below;
  const left = Math.max(MARGIN, Math.min(term.left, view.width - MARGIN - card.width));
  return {left: Math.round(left + view.scrollX), top: Math.round(top + view.scrollY)};
}

import {describe, expect, it} from 'vitest';
import {GAP, MARGIN, placeCard} from './place';

const view = {width: 390, height: 800, scrollX: 0, scrollY: 1000};
const card = {width: 300, height: 120};

describe('placeCard', () => {
  it('puts the card under the term, left edges aligned, in document coordinates', () => {
    expect(placeCard({left: 40, top: 100, bottom: 120}, card, view)).toEqual({left: 40, top: 1000 + 120 + GAP});
  });

  it('keeps the card inside the right edge of a narrow screen', () => {
    expect(placeCard({left: 300, top: 100, bottom: 120}, card, view).left).toBe(390 - MARGIN - 300);
  });

  it('never starts left of the margin, even when the card is wider than the screen', () => {
    expect(placeCard({left: 2, top: 100, bottom: 120}, {width: 500, height: 100}, view).left).toBe(MARGIN);
  });

  it('goes above a term near the bottom of the viewport when it fits there', () => {
    expect(placeCard({left: 40, top: 700, bottom: 720}, card, view).top).toBe(1000 + 700 - GAP - 120);
  });

  it('stays below when it fits neither above nor below (the page scrolls to it)', () => {
    expect(placeCard({left: 40, top: 60, bottom: 80}, {width: 300, height: 780}, view).top).toBe(1000 + 80 + GAP);
  });
});

/** Where in a lesson the reader is, from the positions of its headings. No DOM, no React. */

export interface HeadingBox {
  id: string;
  text: string;
  /** Distance of the heading's top from the top of the viewport, in px. */
  top: number;
}

/**
 * The heading the reader is under: the last one above the reading line (a little below the
 * navbar), or none while they are still above the first.
 */
export function headingAbove(headings: readonly HeadingBox[], line: number): HeadingBox | undefined {
  let found: HeadingBox | undefined;
  for (const h of headings) {
    if (h.top > line) break;
    found = h;
  }
  return found;
}

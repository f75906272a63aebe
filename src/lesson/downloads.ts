/**
 * Where a 代码实践 page's code downloads live in the built site. The practice-downloads plugin
 * writes the files under these names and the page header links them, both through this one
 * function. No dependencies, so the browser bundle can use it.
 */

/** Folder of the site (under the base URL) that holds the downloads. */
export const DOWNLOADS_DIR = 'downloads';

const PRACTICE = /^docs\/(\d\d)-[a-z0-9-]+\/practice\/(\d\d-[a-z0-9-]+)\.mdx?$/;

export interface PracticeDownloadPaths {
  /** The page's program as one Python file, e.g. "downloads/ch01-practice-01-mini-transformer.py". */
  py: string;
  /** The page as a Jupyter notebook. */
  ipynb: string;
}

/** The download paths of a 代码实践 page, from its source path; undefined for any other page. */
export function practiceDownloadPaths(source: string): PracticeDownloadPaths | undefined {
  const m = PRACTICE.exec(source.replace(/^@site\//, ''));
  if (!m) return undefined;
  const base = `${DOWNLOADS_DIR}/ch${m[1]}-practice-${m[2]}`;
  return {py: `${base}.py`, ipynb: `${base}.ipynb`};
}

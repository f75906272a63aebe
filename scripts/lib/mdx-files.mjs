// The course's pages on disk, for the scripts and plugins that read them without a build.
import fs from 'node:fs';
import path from 'node:path';

/**
 * The MDX and Markdown pages at `target`: the file itself, or every page in the folder and the
 * folders below it, in name order.
 * @param {string} target
 * @returns {string[]}
 */
export function mdxFiles(target) {
  if (fs.statSync(target).isFile()) return [target];
  return fs
    .readdirSync(target, {withFileTypes: true})
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? mdxFiles(path.join(target, e.name)) : /\.mdx?$/.test(e.name) ? [path.join(target, e.name)] : []));
}

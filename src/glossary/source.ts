/**
 * A quick split of a lesson's MDX source (front matter removed) into its heading lines and the
 * text of everything else, without parsing the whole page: the glossary checks every lesson it
 * points at on each build, and a full Markdown parse of them all costs several seconds.
 */

export interface SourceParts {
  /** ATX heading lines ("## 多头注意力"), in order, outside code blocks. */
  headings: string[];
  /** The other lines, without code blocks, formulas and inline code. */
  text: string[];
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HEADING = /^ {0,3}#{1,6}[ \t]/;

export function splitSource(content: string): SourceParts {
  const headings: string[] = [];
  const text: string[] = [];
  let fence: string | undefined;
  let inMath = false;
  for (const line of content.split('\n')) {
    const open = FENCE.exec(line);
    if (fence) {
      if (open && open[1][0] === fence[0] && open[1].length >= fence.length && line.trim() === open[1]) fence = undefined;
      continue;
    }
    if (open) {
      fence = open[1];
      continue;
    }
    if (line.trim() === '$$') {
      inMath = !inMath;
      continue;
    }
    if (inMath) continue;
    if (HEADING.test(line)) headings.push(line.trim());
    else text.push(line.replace(/`[^`]*`/g, ' ').replace(/\$\$[^$]*\$\$|\$[^$]*\$/g, ' '));
  }
  return {headings, text};
}

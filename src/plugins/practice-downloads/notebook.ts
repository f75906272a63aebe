/**
 * A 代码实践 page as a Jupyter notebook (nbformat 4.5): a markdown cell for each paragraph or
 * heading of prose, a code cell for each block the practice runner executes (the same blocks,
 * split where the page splits them), no outputs. Other blocks (expected output, code shown but
 * not run) stay readable as fenced code in markdown cells.
 */
import {isRunnable, pageParts} from '../../../scripts/lib/practice.mjs';

export interface NotebookPage {
  title: string;
  description: string;
  /** The page's public URL. */
  url: string;
  /** The page's MDX without its front matter. */
  content: string;
  /** The public URL of a relative link of the page ("../04-attention.mdx#掩码"), if it is a page. */
  resolveLink?: (href: string) => string | undefined;
}

interface BaseCell {
  id: string;
  metadata: Record<string, never>;
  source: string[];
}
export type Cell =
  | (BaseCell & {cell_type: 'markdown'})
  | (BaseCell & {cell_type: 'code'; execution_count: null; outputs: []});

export interface Notebook {
  cells: Cell[];
  metadata: {
    kernelspec: {name: 'python3'; display_name: string; language: 'python'};
    language_info: {name: 'python'};
  };
  nbformat: 4;
  nbformat_minor: 5;
}

/** nbformat stores text as lines, each but the last ending in "\n". */
const lines = (text: string) => text.split(/(?<=\n)/);

/** A fence longer than any run of backticks in the code. */
function fenced(lang: string, code: string): string {
  const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${lang}\n${code}${code.endsWith('\n') ? '' : '\n'}${fence}`;
}

const ESM = /^(?:import|export)\s[\s\S]*?(?:from\s+)?['"][^'"\n]+['"];?[ \t]*$/gm;
const JSX_BLOCK = /^<([A-Z][\w.]*)\b[\s\S]*?(?:\/>|<\/\1>)[ \t]*$/gm;
const MDX_COMMENT = /\{\/\*[\s\S]*?\*\/\}/g;
const RELATIVE_LINK = /\]\((\.{1,2}\/[^)\s]+)\)/g;

/**
 * Prose of an MDX page as notebook markdown, one string per paragraph or heading: imports and
 * comments dropped, an interactive component replaced by a pointer to the page, links to other
 * pages made absolute. A paragraph is kept whole across blank lines inside a $$ formula or a
 * <details> block.
 */
export function proseCells(prose: string, page: Pick<NotebookPage, 'url' | 'resolveLink'>): string[] {
  const text = prose
    .replace(MDX_COMMENT, '')
    .replace(ESM, '')
    .replace(JSX_BLOCK, `> 网页上此处是一个交互组件，请在 [原页面](${page.url}) 中使用。`)
    .replace(RELATIVE_LINK, (whole, href: string) => {
      const url = page.resolveLink?.(href);
      return url ? `](${url})` : whole;
    });
  const paragraphs: string[] = [];
  let open = '';
  for (const chunk of text.split(/\n[ \t]*\n/)) {
    const joined = open ? `${open}\n\n${chunk}` : chunk;
    const unclosed =
      (joined.match(/\$\$/g)?.length ?? 0) % 2 === 1 ||
      (joined.match(/<details\b/g)?.length ?? 0) > (joined.match(/<\/details>/g)?.length ?? 0);
    if (unclosed) {
      open = joined;
      continue;
    }
    open = '';
    if (joined.trim()) paragraphs.push(joined.trim());
  }
  if (open.trim()) paragraphs.push(open.trim());
  return paragraphs;
}

export function buildNotebook(page: NotebookPage): Notebook {
  const cells: Cell[] = [];
  const markdown = (text: string) =>
    cells.push({cell_type: 'markdown', id: `cell-${cells.length + 1}`, metadata: {}, source: lines(text)});
  const code = (text: string) =>
    cells.push({
      cell_type: 'code',
      id: `cell-${cells.length + 1}`,
      metadata: {},
      source: lines(text.replace(/\n$/, '')),
      execution_count: null,
      outputs: [],
    });

  markdown(
    `# ${page.title}\n\n${page.description}\n\n` +
      `本 Notebook 由《大模型算法与数据》的代码实践页面 [${page.title}](${page.url}) 生成：代码格就是页面上运行的代码块，` +
      `从上到下依次运行即可得到页面上的输出。`,
  );
  for (const part of pageParts(page.content)) {
    if (part.prose !== undefined) {
      proseCells(part.prose, page).forEach(markdown);
    } else if (isRunnable(part)) {
      code(part.code);
    } else if (part.lang === 'text' && /\boutput\b/.test(part.meta)) {
      markdown(`预期输出：\n\n${fenced('text', part.code)}`);
    } else if (part.lang === 'python') {
      markdown(`只展示、不运行的代码：\n\n${fenced('python', part.code)}`);
    } else {
      markdown(fenced(part.lang, part.code));
    }
  }
  return {
    cells,
    metadata: {
      kernelspec: {name: 'python3', display_name: 'Python 3', language: 'python'},
      language_info: {name: 'python'},
    },
    nbformat: 4,
    nbformat_minor: 5,
  };
}

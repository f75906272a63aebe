/**
 * rehype-katex, but a formula KaTeX cannot render fails the build. rehype-katex only records a
 * message on the file and prints the formula's source in red, which Docusaurus never shows.
 */
import rehypeKatex, {type Options} from 'rehype-katex';
import type {Root} from 'hast';
import type {VFile} from 'vfile';

export default function rehypeKatexStrict(options: Options = {}) {
  const render = (rehypeKatex as unknown as (o: Options) => (tree: Root, file: VFile) => void)(options);
  return (tree: Root, file: VFile) => {
    render(tree, file);
    const failures = file.messages.filter((m) => m.source === 'rehype-katex');
    if (failures.length === 0) return;
    const lines = failures.map((m) => {
      const at = m.place && 'line' in m.place ? `:${m.place.line}` : m.place && 'start' in m.place ? `:${m.place.start.line}` : '';
      const cause = m.cause instanceof Error ? m.cause.message : m.reason;
      return `  ${file.path ?? '(page)'}${at}: ${cause}`;
    });
    throw new Error(`KaTeX 无法渲染 ${failures.length} 个公式：\n${lines.join('\n')}`);
  };
}

// Replaces (does not wrap) the theme's MDX `code` component. The original chooses between inline
// code and the theme's CodeBlock; importing it at all puts CodeBlock and its browser-side Prism
// highlighter (about 120 KB of script) on every lesson. Here every fenced block has already become
// a CodeHtml element at build time (src/plugins/code-html), so only inline code reaches MDX's
// `code`. A block that does reach it was not rendered at build time; failing the build says so
// instead of printing the block as a run of inline code.
import type {ComponentProps, ReactNode} from 'react';
import {Children} from 'react';

type Props = ComponentProps<'code'>;

export default function MDXCode(props: Props): ReactNode {
  if (!isInline(props.children)) {
    throw new Error(
      'A fenced code block reached the browser-side renderer. Code blocks are highlighted at build time by src/plugins/code-html: add its rehype plugin to the content plugin that renders this page.',
    );
  }
  // What the theme's CodeInline renders.
  return <code {...props} />;
}

/** The theme's own test: inline code is one line of text; a fenced block has newlines (or is empty). */
function isInline(children: ReactNode): boolean {
  return children !== undefined && Children.toArray(children).every((c) => typeof c === 'string' && !c.includes('\n'));
}

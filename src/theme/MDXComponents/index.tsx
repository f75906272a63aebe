// Wraps the default MDX components to make KatexHtml and CodeHtml (formulas and code rendered
// at build time, see src/plugins/rehype-katex-html and src/plugins/code-html) and GlossaryTerm
// (terms marked at build time, src/plugins/glossary) available in every page. Everything else is imported by the pages that use it, so other pages do not
// download it.
import MDXComponents from '@theme-original/MDXComponents';
import CodeHtml from '@site/src/components/CodeHtml';
import KatexHtml from '@site/src/components/KatexHtml';
import GlossaryTerm from '@site/src/components/GlossaryTerm';

export default {
  ...MDXComponents,
  KatexHtml,
  CodeHtml,
  GlossaryTerm,
};

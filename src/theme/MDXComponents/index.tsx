// Wraps the default MDX components to make KatexHtml (build-time formulas, see
// src/plugins/rehype-katex-html) available in every page. Everything else is imported by the
// pages that use it, so other pages do not download it.
import MDXComponents from '@theme-original/MDXComponents';
import KatexHtml from '@site/src/components/KatexHtml';

export default {
  ...MDXComponents,
  KatexHtml,
};

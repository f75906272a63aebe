// Wraps the default MDX components to make KatexHtml and CodeHtml (formulas and code rendered
// at build time, see src/plugins/rehype-katex-html and src/plugins/code-html) and
// WidgetPrintNote (the print-only line under a widget, src/plugins/widget-print-note) available
// in every page. Everything else is imported by the pages that use it, so other pages do not
// download it.
import MDXComponents from '@theme-original/MDXComponents';
import CodeHtml from '@site/src/components/CodeHtml';
import KatexHtml from '@site/src/components/KatexHtml';
import WidgetPrintNote from '@site/src/components/WidgetPrintNote';

export default {
  ...MDXComponents,
  KatexHtml,
  CodeHtml,
  WidgetPrintNote,
};

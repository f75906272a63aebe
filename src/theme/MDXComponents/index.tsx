// Wraps the default MDX components to make KatexHtml, CodeHtml and MermaidSvg (formulas, code
// and diagrams rendered at build time, see src/plugins/rehype-katex-html, src/plugins/code-html
// and src/plugins/mermaid-svg), GlossaryTerm (terms marked at build time, src/plugins/glossary)
// and WidgetPrintNote (the print-only line under a widget, src/plugins/widget-print-note)
// available in every page. Everything else is imported by the pages that use it, so other pages
// do not download it.
import MDXComponents from '@theme-original/MDXComponents';
import CodeHtml from '@site/src/components/CodeHtml';
import KatexHtml from '@site/src/components/KatexHtml';
import MermaidSvg from '@site/src/components/MermaidSvg';
import GlossaryTerm from '@site/src/components/GlossaryTerm';
import WidgetPrintNote from '@site/src/components/WidgetPrintNote';

export default {
  ...MDXComponents,
  KatexHtml,
  CodeHtml,
  MermaidSvg,
  GlossaryTerm,
  WidgetPrintNote,
};

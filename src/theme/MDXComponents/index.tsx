// Wraps the default MDX components to make the course's own components usable in every page
// without an import. Only small, page-structure components belong here: interactive widgets
// are imported by the pages that use them, so other pages do not download them.
import MDXComponents from '@theme-original/MDXComponents';
import LessonTable from '@site/src/components/LessonTable';
import KatexHtml from '@site/src/components/KatexHtml';

export default {
  ...MDXComponents,
  LessonTable,
  KatexHtml,
};

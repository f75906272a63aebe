import {describe, expect, it} from 'vitest';
import {createProcessor} from '@mdx-js/mdx';
import type {Root} from 'mdast';
import remarkWidgetPrintNote from './index';

/** The names of the page's top-level JSX elements after the plugin ran. */
function elementsAfter(mdx: string): (string | null)[] {
  const tree = createProcessor().parse(mdx) as Root;
  remarkWidgetPrintNote()(tree);
  return tree.children.filter((n) => n.type === 'mdxJsxFlowElement').map((n) => (n as {name: string | null}).name);
}

describe('remarkWidgetPrintNote', () => {
  it('puts the print-only note after every element the page imports from src/widgets', () => {
    const mdx = [
      "import BpeStepper from '@site/src/widgets/bpe-stepper';",
      "import LessonTable from '@site/src/components/LessonTable';",
      '',
      '<BpeStepper />',
      '',
      '<LessonTable />',
      '',
      '<BpeStepper initialWord="lower" />',
    ].join('\n');
    expect(elementsAfter(mdx)).toEqual(['BpeStepper', 'WidgetPrintNote', 'LessonTable', 'BpeStepper', 'WidgetPrintNote']);
  });

  it('follows the local name of a renamed or named import', () => {
    const mdx = "import {default as Explorer} from '@site/src/widgets/attention-explorer';\n\n<Explorer />\n";
    expect(elementsAfter(mdx)).toEqual(['Explorer', 'WidgetPrintNote']);
  });

  it('leaves a page without widgets alone', () => {
    expect(elementsAfter('<details>\n<summary>答案</summary>\n\n文字\n\n</details>\n')).toEqual(['details']);
  });
});

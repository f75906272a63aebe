import {describe, expect, it} from 'vitest';
import {renderToStaticMarkup} from 'react-dom/server';
import MDXCode from './Code';

describe('MDX code', () => {
  it('renders inline code as the theme does, attributes included', () => {
    expect(renderToStaticMarkup(<MDXCode className="x">a + b</MDXCode>)).toBe('<code class="x">a + b</code>');
  });

  it('fails on a fenced block that was not highlighted at build time, naming the plugin', () => {
    expect(() => renderToStaticMarkup(<MDXCode className="language-python">{'a = 1\nb = 2\n'}</MDXCode>)).toThrow(
      /src\/plugins\/code-html/,
    );
    expect(() => renderToStaticMarkup(<MDXCode />)).toThrow(/fenced code block/);
  });
});

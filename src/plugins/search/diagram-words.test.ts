import {describe, expect, it} from 'vitest';
import {diagramText, withDiagramWords} from './diagram-words';

// The shape of a Mermaid flowchart: styles, then edge labels, then nodes (HTML labels in <foreignObject>).
const drawn =
  '<svg id="mermaid-0-light" aria-labelledby="t"><title id="t">注意力</title><desc>从查询到输出</desc>' +
  '<style>#mermaid-0-light .node{fill:#fff}</style><g class="root">' +
  '<g class="edgeLabels"><g class="edgeLabel"><foreignObject><div><span class="edgeLabel"><p>缩放 √d</p></span></div></foreignObject></g></g>' +
  '<g class="nodes"><g class="node"><foreignObject><div><span class="nodeLabel"><p>Q · K<sup>T</sup></p></span></div></foreignObject></g>' +
  '<g class="node"><foreignObject><div><span class="nodeLabel"><p>softmax</p></span></div></foreignObject></g>' +
  '<g class="node"><text>P &amp; V</text></g><g class="node"><foreignObject><div><p>softmax</p></div></foreignObject></g></g></g></svg>';

describe('diagramText', () => {
  it('reads the title, the description and the labels in <foreignObject> and <text>, once each, edge labels last, no CSS', () => {
    expect(diagramText(drawn)).toBe('注意力 从查询到输出 Q · K T softmax P & V 缩放 √d');
  });
});

describe('withDiagramWords', () => {
  const page = (diagram: string) =>
    `<main><p>前文</p><div class="diagram_x"><div class="light_y" data-mermaid-svg="light">${diagram}</div>` +
    `<div class="dark_z" data-mermaid-svg="dark">${diagram.replaceAll('light', 'dark')}</div></div><p>后文</p></main>`;

  it('gives the light variant its words in an attribute Pagefind indexes, escaped, and leaves the rest of the page as it was', () => {
    const html = page(drawn);
    const out = withDiagramWords('docs/a.html', html);
    expect(out).toContain(
      '<div class="light_y" data-mermaid-svg="light" data-pagefind-index-attrs="data-diagram-text" ' +
        'data-diagram-text="注意力 从查询到输出 Q · K T softmax P &amp; V 缩放 √d">',
    );
    expect(out.replace(/ data-pagefind-index-attrs="[^"]*" data-diagram-text="[^"]*"/, '')).toBe(html);
  });

  it('reads a diagram to the end of its own <svg>, past a nested one, and not into the next diagram', () => {
    const nested = '<svg id="mermaid-0-light"><title>外</title><g><svg><text>内</text></svg></g><text>尾</text></svg>';
    const second = '<svg id="mermaid-1-light"><title>第二张</title></svg>';
    const out = withDiagramWords('docs/a.html', page(nested) + page(second));
    expect([...out.matchAll(/data-diagram-text="([^"]*)"/g)].map((m) => m[1])).toEqual(['外 内 尾', '第二张']);
  });

  it('fails, naming the page, when a light variant holds no <svg>', () => {
    expect(() => withDiagramWords('docs/a.html', page('<img alt="">'))).toThrow(/docs\/a\.html: a diagram's light variant is not followed by its <svg>/);
  });

  it('finds a light variant in minified HTML, its attributes unquoted', () => {
    const out = withDiagramWords('docs/a.html', `<div class=light_y data-mermaid-svg=light>${drawn}</div><div data-mermaid-svg=lightish><svg></svg></div>`);
    expect(out).toMatch(/^<div class=light_y data-mermaid-svg=light data-pagefind-index-attrs="data-diagram-text" data-diagram-text="注意力 [^"]*">/);
    expect(out.match(/data-diagram-text=/g)).toHaveLength(1);
  });

  it('leaves a page without diagrams unchanged', () => {
    const html = '<main><p>没有图</p></main>';
    expect(withDiagramWords('docs/a.html', html)).toBe(html);
  });
});

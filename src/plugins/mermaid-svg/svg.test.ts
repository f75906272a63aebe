import {describe, expect, it} from 'vitest';
import {cacheKey, diagramId, RENDER_ID, scopeIds, slim, withId} from './svg';

const svg =
  `<svg id="${RENDER_ID}" aria-labelledby="chart-title-${RENDER_ID}"><title id="chart-title-${RENDER_ID}">注意力</title>` +
  `<style>#${RENDER_ID} .node{fill:#fff}</style><path id="${RENDER_ID}-L_A_B_0" data-id="L_A_B_0" data-points="W3siIn0=" marker-end="url(#${RENDER_ID}_pointEnd)"/></svg>`;

describe('withId', () => {
  it('gives every id, reference and style selector the page id, so two diagrams and two variants never clash', () => {
    const light = withId(svg, diagramId(0, 'light'));
    const dark = withId(svg, diagramId(0, 'dark'));
    expect(light).toContain('<svg id="mermaid-0-light" aria-labelledby="chart-title-mermaid-0-light">');
    expect(light).toContain('#mermaid-0-light .node');
    expect(light).toContain('url(#mermaid-0-light_pointEnd)');
    expect(light).not.toContain(RENDER_ID);
    const ids = (s: string) => [...s.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]);
    expect(ids(light).filter((id) => ids(dark).includes(id))).toEqual([]);
    expect(diagramId(1, 'light')).not.toBe(diagramId(0, 'light'));
  });
});

describe('scopeIds', () => {
  it('leaves Mermaid’s scoped ids and data-id alone', () => {
    expect(scopeIds(svg)).toBe(svg);
  });

  it('prefixes the ids Mermaid left unscoped, and the references to them', () => {
    const actors = '<svg id="R"><g id="root-0"><rect id="actor0"/></g><use href="#actor0"/><path fill="url(#actor0)" data-id="actor0"/><g id="actor00"/></svg>';
    expect(scopeIds(actors.replaceAll('"R"', `"${RENDER_ID}"`))).toBe(
      `<svg id="${RENDER_ID}"><g id="${RENDER_ID}-root-0"><rect id="${RENDER_ID}-actor0"/></g><use href="#${RENDER_ID}-actor0"/>` +
        `<path fill="url(#${RENDER_ID}-actor0)" data-id="actor0"/><g id="${RENDER_ID}-actor00"/></svg>`,
    );
  });
});

describe('slim', () => {
  it('drops the edge points only Mermaid’s browser code reads, and nothing else', () => {
    expect(slim(svg)).toBe(svg.replace(' data-points="W3siIn0="', ''));
  });
});

describe('cacheKey', () => {
  it('changes with the source, the theme, the configuration and the Mermaid version', () => {
    const base = {mermaidVersion: '11.17.2', config: {theme: 'neutral'}, theme: 'light', source: 'flowchart LR\n A --> B'};
    const keys = new Set([
      cacheKey(base),
      cacheKey({...base, source: 'flowchart LR\n A --> C'}),
      cacheKey({...base, theme: 'dark'}),
      cacheKey({...base, config: {theme: 'dark'}}),
      cacheKey({...base, mermaidVersion: '11.18.0'}),
    ]);
    expect(keys.size).toBe(5);
    expect(cacheKey(base)).toBe(cacheKey({...base}));
  });
});

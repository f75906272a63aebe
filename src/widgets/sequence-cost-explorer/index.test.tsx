// @vitest-environment jsdom
import React from 'react';
import {renderToString} from 'react-dom/server';
import {render, screen, fireEvent} from '@testing-library/react';
import axe from 'axe-core';
import {describe, expect, it} from 'vitest';
import SequenceCostExplorer from './index';

async function violations(container: HTMLElement) {
  const res = await axe.run(container, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa']}, rules: {'color-contrast': {enabled: false}}});
  return res.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}

describe('SequenceCostExplorer', () => {
  it('server-renders meaningful numbers before hydration', () => {
    const html = renderToString(<SequenceCostExplorer />);
    // 32 768 tokens, Llama-2-7B-like defaults: KV cache 16 GiB, state 32 MiB
    expect(html).toContain('16 GiB');
    expect(html).toContain('32 MiB');
    const rec = renderToString(<SequenceCostExplorer initialPanel="recurrence" />);
    expect(rec).toContain('(7, 5)');
  });

  it('cost panel has no axe violations', async () => {
    const {container} = render(<SequenceCostExplorer />);
    expect(await violations(container)).toEqual([]);
  });

  it('recurrence panel steps and stays accessible', async () => {
    const {container} = render(<SequenceCostExplorer initialPanel="recurrence" />);
    fireEvent.click(screen.getByRole('button', {name: '下一步'}));
    expect(container.textContent).toContain('(6, 6)');
    expect(await violations(container)).toEqual([]);
  });
});

// @vitest-environment jsdom
import {describe, expect, it} from 'vitest';
import {fireEvent, render, screen} from '@testing-library/react';
import {renderToString} from 'react-dom/server';
import AttentionExplorer from './index';

describe('AttentionExplorer view', () => {
  it('renders a meaningful heat map on the server', () => {
    const html = renderToString(<AttentionExplorer initialText="我爱猫" />);
    expect(html).toContain('<table');
    expect((html.match(/<td/g) ?? []).length).toBe(9);
  });

  it('masks the upper triangle when the causal switch is on and reports the cache size', () => {
    render(<AttentionExplorer initialText="a b c" />);
    expect(screen.queryAllByText('×')).toHaveLength(0);
    fireEvent.click(screen.getByLabelText('因果掩码'));
    expect(screen.getAllByText('×')).toHaveLength(3);
    fireEvent.click(screen.getByLabelText('MQA（1 组 K/V）'));
    // MQA in a 32-layer model: 2 × 32 layers × 1 kv head × 128 × 4096 × 2 bytes = 67,108,864 = 64 MiB.
    expect(screen.getByText('64 MiB')).toBeTruthy();
    // MHA: 32 kv heads → 2 GiB.
    fireEvent.click(screen.getByLabelText('MHA（4 组 K/V）'));
    expect(screen.getByText('2 GiB')).toBeTruthy();
  });

  it('shows score and weight of a focused cell', () => {
    render(<AttentionExplorer initialText="a b" />);
    const cell = screen.getAllByRole('cell')[0];
    fireEvent.focus(cell);
    expect(screen.getByText(/查询“a”→ 键“a”：分数/)).toBeTruthy();
  });
});

// @vitest-environment jsdom
import {describe, expect, it} from 'vitest';
import {fireEvent, render, screen} from '@testing-library/react';
import {renderToString} from 'react-dom/server';
import PositionalEncoding from './index';

describe('PositionalEncoding view', () => {
  it('server-renders the heat map and the shift table', () => {
    const html = renderToString(<PositionalEncoding initialPositions={8} initialDim={16} />);
    expect((html.match(/<rect/g) ?? []).length).toBe(8 * 16 + 1);
    expect(html).toContain('<table');
  });

  it('shows equal scores for every shift of both positions', () => {
    render(<PositionalEncoding />);
    const cells = screen.getAllByRole('row').slice(1).map((r) => r.lastElementChild?.textContent);
    expect(cells).toHaveLength(5);
    expect(new Set(cells).size).toBe(1);
  });

  it('updates when the dimension changes', () => {
    render(<PositionalEncoding initialPositions={8} />);
    fireEvent.change(screen.getByLabelText(/维度 d/), {target: {value: '16'}});
    expect(screen.getByRole('img', {name: /8 个位置.*16 个维度/})).toBeTruthy();
  });
});

// @vitest-environment jsdom
import {describe, expect, it} from 'vitest';
import {fireEvent, render, screen} from '@testing-library/react';
import {renderToString} from 'react-dom/server';
import axe from 'axe-core';
import AnnPlayground from './index';

describe('AnnPlayground view', () => {
  it('renders points, the query and a result summary on the server', () => {
    const html = renderToString(<AnnPlayground initialMethod="ivf" />);
    expect(html).toContain('<svg');
    expect(html).toContain('recall@10');
    expect((html.match(/<polygon/g) ?? []).length).toBeGreaterThanOrEqual(8);
  });

  it('exact search has recall 1 and costs one distance per point', () => {
    render(<AnnPlayground n={120} />);
    expect(screen.getByText(/recall@10 = 1\.00/)).toBeTruthy();
    expect(screen.getByText(/距离计算 120 次/)).toBeTruthy();
  });

  it('moves the query with the arrow keys and switches methods', () => {
    render(<AnnPlayground />);
    const plot = screen.getByRole('group', {name: /查询点位置 \(0\.54, 0\.34\)/});
    fireEvent.keyDown(plot, {key: 'ArrowRight'});
    expect(screen.getByRole('group', {name: /查询点位置 \(0\.56, 0\.34\)/})).toBeTruthy();
    fireEvent.click(screen.getByLabelText('HNSW'));
    expect(screen.getByLabelText(/efSearch/)).toBeTruthy();
    fireEvent.click(screen.getByLabelText('PQ'));
    expect(screen.getByText(/查找表/)).toBeTruthy();
  });

  it('post-filtering reports lost results', () => {
    render(<AnnPlayground initialFilter="post" />);
    expect(screen.getByText(/后过滤丢掉了 \d+ 个结果/)).toBeTruthy();
  });

  it('has no axe violations', async () => {
    const {container} = render(<AnnPlayground initialMethod="hnsw" initialFilter="in" />);
    const result = await axe.run(container, {runOnly: ['wcag2a', 'wcag2aa']});
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });
});

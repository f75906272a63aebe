// @vitest-environment jsdom
import React from 'react';
import {renderToString} from 'react-dom/server';
import {fireEvent, render, screen, within} from '@testing-library/react';
import {describe, expect, it} from 'vitest';
import MinHashLab from './index';

describe('MinHashLab view', () => {
  it('renders a meaningful first frame on the server', () => {
    const html = renderToString(<MinHashLab />);
    expect(html).toContain('精确 J');
    expect(html).toContain('阈值');
    expect(html).toContain('role="img"');
  });

  it('labels every control and reacts to the shingle size', () => {
    render(<MinHashLab />);
    const n = screen.getByLabelText('片段长度 n（字符）') as HTMLSelectElement;
    expect(screen.getByLabelText('文本 A')).toBeTruthy();
    expect(screen.getByLabelText('哈希函数个数 k')).toBeTruthy();
    expect(screen.getByLabelText('每段行数 r')).toBeTruthy();
    const rowAB = screen.getByRole('rowheader', {name: 'A–B'}).closest('tr') as HTMLElement;
    const before = within(rowAB).getAllByRole('cell')[0].textContent;
    fireEvent.change(n, {target: {value: '1'}});
    const after = within(rowAB).getAllByRole('cell')[0].textContent;
    expect(after).not.toBe(before);
  });

  it('keeps r a divisor of k when k changes', () => {
    render(<MinHashLab />);
    fireEvent.change(screen.getByLabelText('哈希函数个数 k'), {target: {value: '16'}});
    const r = Number((screen.getByLabelText('每段行数 r') as HTMLSelectElement).value);
    expect(16 % r).toBe(0);
  });

  it('selects another pair with a button', () => {
    render(<MinHashLab />);
    const btn = screen.getByRole('button', {name: '查看文本对 A–C 的详情'});
    fireEvent.click(btn);
    expect(btn.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByText(/文本对 A–C：片段集合/)).toBeTruthy();
  });
});

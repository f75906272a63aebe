// @vitest-environment jsdom
import {describe, expect, it} from 'vitest';
import {fireEvent, render, screen} from '@testing-library/react';
import {renderToString} from 'react-dom/server';
import axe from 'axe-core';
import RlhfLab from './index';

describe('RlhfLab view', () => {
  it('renders both panels with numbers on the server', () => {
    const html = renderToString(<RlhfLab />);
    expect(html).toContain('<svg');
    expect(html).toContain('平台区');
    // Reference policy softmax(0.6, 0, −0.3): e^0.6 = 1.822119, e^−0.3 = 0.740818, sum 3.562937
    // → 51.1%, 28.1%, 20.8%.
    expect(html).toContain('51.1%');
    expect(html).toContain('28.1%');
  });

  it('explains the probe point: ρ = 1.5 is on the flat part for A > 0', () => {
    render(<RlhfLab panels="clip" />);
    expect(screen.getAllByText(/平台区。好动作/).length).toBe(1);
    fireEvent.change(screen.getByRole('slider', {name: /查看 ρ/}), {target: {value: '1'}});
    expect(screen.getAllByText(/线性区/).length).toBe(2);
  });

  it('PPO and DPO steps move probability towards the preferred answer 2', () => {
    render(<RlhfLab panels="policy" />);
    fireEvent.click(screen.getByText('走 10 步'));
    expect(screen.getByText(/已走 10 步/)).toBeTruthy();
    const row = screen.getByRole('row', {name: /回答 2/});
    const cur = Number(row.querySelectorAll('td')[2].textContent!.replace('%', ''));
    expect(cur).toBeGreaterThan(28.1);
    fireEvent.click(screen.getByText('重置策略'));
    fireEvent.click(screen.getByRole('radio', {name: /DPO/}));
    fireEvent.click(screen.getByText('走 10 步'));
    const cur2 = Number(screen.getByRole('row', {name: /回答 2/}).querySelectorAll('td')[2].textContent!.replace('%', ''));
    expect(cur2).toBeGreaterThan(28.1);
  });

  it('has no axe violations (WCAG 2 AA)', async () => {
    const {container} = render(<RlhfLab />);
    const res = await axe.run(container, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa']}, rules: {'color-contrast': {enabled: false}}});
    expect(res.violations.map((v) => v.id)).toEqual([]);
  });
});

// @vitest-environment jsdom
import {describe, expect, it} from 'vitest';
import {fireEvent, render, screen} from '@testing-library/react';
import {renderToString} from 'react-dom/server';
import axe from 'axe-core';
import GrpoAdvantage from './index';

describe('GrpoAdvantage view', () => {
  it('server render shows the default group (1,0,0,0) with A₁ ≈ 1.7321', () => {
    const html = renderToString(<GrpoAdvantage />);
    expect(html).toContain('1.7321');
    expect(html).toContain('-0.5774');
  });

  it('editing a reward and switching to the sample std updates the advantages', () => {
    render(<GrpoAdvantage />);
    fireEvent.change(screen.getByLabelText('r4'), {target: {value: '1'}});
    // (1,0,0,1): population std 0.5 → advantages ±1
    expect(screen.getAllByText(/1\.0000/).length).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole('button', {name: '全对'}));
    expect(screen.getByText(/优势全为 0/)).toBeTruthy();
  });

  it('has no axe violations (WCAG 2 AA)', async () => {
    const {container} = render(<GrpoAdvantage />);
    const res = await axe.run(container, {runOnly: ['wcag2a', 'wcag2aa'], rules: {'color-contrast': {enabled: false}}});
    expect(res.violations.map((v) => v.id)).toEqual([]);
  });
});

// @vitest-environment jsdom
import {describe, expect, it} from 'vitest';
import {fireEvent, render, screen} from '@testing-library/react';
import {renderToString} from 'react-dom/server';
import axe from 'axe-core';
import KvCacheCalculator from './index';

describe('KvCacheCalculator view', () => {
  it('server render already shows the numbers of the chosen preset', () => {
    const html = renderToString(<KvCacheCalculator preset="deepseek-v2" />);
    expect(html).toContain('67.5 KiB');
    expect(html).toContain('3.75 MiB');
  });

  it('switching preset and editing a field updates the table', () => {
    render(<KvCacheCalculator preset="llama-3-70b" />);
    expect(screen.getAllByText('320 KiB').length).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole('button', {name: 'DeepSeek-V3 (MLA)'}));
    expect(screen.getAllByText('68.6 KiB').length).toBeGreaterThan(0);
    fireEvent.change(screen.getByLabelText('层数 l'), {target: {value: '1'}});
    expect(screen.getAllByText('1.13 KiB').length).toBeGreaterThan(0); // 576 · 2 B = 1152 B
  });

  it('a page can choose its own presets; the DeepSeek note appears only with a DeepSeek preset', () => {
    const html = renderToString(
      <KvCacheCalculator preset="qwen3-235b-a22b" presets={['qwen3-235b-a22b', 'llama-3.1-405b', 'deepseek-v3']} />,
    );
    expect(html).toContain('188 KiB');
    expect(html).toContain('Llama 3.1 405B (GQA)');
    expect(html).not.toContain('Gemma 2B');
    expect(html).not.toContain('40,960');
    render(<KvCacheCalculator preset="qwen3-235b-a22b" presets={['qwen3-235b-a22b', 'deepseek-v3']} />);
    fireEvent.click(screen.getByRole('button', {name: 'DeepSeek-V3 (MLA)'}));
    expect(screen.getByText(/40,960/)).toBeTruthy();
  });

  it('has no axe violations (WCAG 2 AA)', async () => {
    const {container} = render(<KvCacheCalculator />);
    const res = await axe.run(container, {runOnly: ['wcag2a', 'wcag2aa'], rules: {'color-contrast': {enabled: false}}});
    expect(res.violations.map((v) => v.id)).toEqual([]);
  });
});

// @vitest-environment jsdom
import React from 'react';
import {describe, expect, it} from 'vitest';
import {fireEvent, render, screen, within} from '@testing-library/react';
import axe from 'axe-core';
import TimelineView from './view';

const Link = ({to, children}: {to: string; children: React.ReactNode}) => <a href={to}>{children}</a>;
const lesson = (slug: string, pageTitle: string) => ({permalink: `/docs/new-models/${slug}`, pageTitle});
const data = {
  releases: [
    {name: 'Sora', org: 'OpenAI', date: '2024-02-15', weights: 'closed' as const, modality: ['video' as const], url: 'https://openai.com/s', ...lesson('sora', 'OpenAI Sora')},
    {name: 'Gemma', org: 'Google DeepMind', date: '2024-02-21', weights: 'open' as const, modality: ['text' as const], url: 'https://blog.google/g', ...lesson('gemma', '开源一节')},
    {name: 'Kimi k1.5', org: 'Moonshot AI', date: '2025-01-20', weights: 'closed' as const, modality: ['text' as const, 'image' as const], url: 'https://arxiv.org/abs/2501.12599', ...lesson('kimi', 'Kimi 一节')},
  ],
  papers: [{title: 'DiT', url: 'https://arxiv.org/abs/2212.09748', date: '2022-12', ...lesson('sora', 'OpenAI Sora')}],
  fullTimeline: '/docs/new-models',
  Link,
};
const ReleaseTimeline = (p: {compact?: boolean; limit?: number}) => <TimelineView {...data} {...p} />;



describe('TimelineView', () => {
  it('lists every entry with a link to its lesson on first render', () => {
    render(<ReleaseTimeline />);
    // Releases first; the papers are one choice away.
    expect(screen.getByText(/^3 个模型发布，时间范围 2024 年 2 月 至 2025 年 1 月（另有 1 篇论文/)).toBeTruthy();
    expect(screen.queryByRole('link', {name: 'DiT'})).toBeNull();
    fireEvent.change(screen.getByLabelText('类型'), {target: {value: 'all'}});
    expect(screen.getByText('3 个模型发布、1 篇论文，时间范围 2022 年 12 月 至 2025 年 1 月')).toBeTruthy();
    expect(screen.getByRole('link', {name: 'DiT'}).getAttribute('href')).toBe('/docs/new-models/sora');
    const sora = screen.getAllByRole('link', {name: 'Sora'})[0];
    expect(sora.getAttribute('href')).toBe('/docs/new-models/sora');
    expect(screen.getByRole('img', {name: /时间轴/})).toBeTruthy();
  });

  it('filters by weights, organisation and modality', () => {
    render(<ReleaseTimeline />);
    fireEvent.change(screen.getByLabelText('权重'), {target: {value: 'open'}});
    expect(screen.queryByRole('link', {name: 'Sora'})).toBeNull();
    expect(screen.getByRole('link', {name: 'Gemma'})).toBeTruthy();
    fireEvent.click(screen.getByRole('button', {name: '清除筛选'}));
    fireEvent.change(screen.getByLabelText('机构'), {target: {value: 'Moonshot AI'}});
    expect(screen.getByRole('link', {name: 'Kimi k1.5'})).toBeTruthy();
    expect(screen.queryByRole('link', {name: 'Gemma'})).toBeNull();
    fireEvent.click(screen.getByRole('button', {name: '清除筛选'}));
    fireEvent.change(screen.getByLabelText('模态'), {target: {value: 'video'}});
    expect(screen.getAllByRole('link', {name: 'Sora'}).length).toBeGreaterThan(0);
    expect(screen.queryByRole('link', {name: 'DiT'})).toBeNull();
  });

  it('compact form shows releases newest first and links to the full timeline', () => {
    render(<ReleaseTimeline compact limit={2} />);
    const list = screen.getByRole('list', {name: ''});
    const names = within(list)
      .getAllByRole('listitem')
      .map((li) => li.querySelector('span:nth-child(2)')?.textContent);
    expect(names).toEqual(['Kimi k1.5', 'Gemma']);
    expect(screen.queryByLabelText('机构')).toBeNull();
    expect(screen.getByRole('link', {name: '查看完整时间线与筛选'}).getAttribute('href')).toBe('/docs/new-models');
  });

  it('has no axe violations (WCAG 2 A/AA)', async () => {
    const {container} = render(<ReleaseTimeline />);
    const result = await axe.run(container, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa']}, rules: {'color-contrast': {enabled: false}}});
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });
});

// @vitest-environment jsdom
import {describe, expect, it} from 'vitest';
import {fireEvent, render, screen} from '@testing-library/react';
import VideoPlayer from './index';

describe('VideoPlayer', () => {
  it('renders no iframe and links to the video page before the click', () => {
    const {container} = render(<VideoPlayer title="Attention 注意力机制" bilibili="BV11AMHzuEet" />);
    expect(container.querySelector('iframe')).toBeNull();
    // Nothing on the facade points at the player host.
    expect(container.innerHTML).not.toContain('player.bilibili.com');
    const link = screen.getByRole('link', {name: '在 B 站观看'});
    expect(link.getAttribute('href')).toBe('https://www.bilibili.com/video/BV11AMHzuEet/');
  });

  it('inserts the Bilibili player with autoplay, no danmaku and a narrow sandbox on click', () => {
    const {container} = render(<VideoPlayer title="Attention 注意力机制" bilibili="BV11AMHzuEet" />);
    fireEvent.click(screen.getByRole('button', {name: /播放讲座/}));
    const iframe = container.querySelector('iframe')!;
    expect(iframe).not.toBeNull();
    const src = new URL(iframe.getAttribute('src')!);
    expect(src.origin + src.pathname).toBe('https://player.bilibili.com/player.html');
    expect(Object.fromEntries(src.searchParams)).toEqual({bvid: 'BV11AMHzuEet', autoplay: '1', danmaku: '0'});
    expect(iframe.getAttribute('title')).toBe('讲座视频：Attention 注意力机制');
    expect(iframe.getAttribute('referrerpolicy')).toBe('strict-origin-when-cross-origin');
    expect(iframe.hasAttribute('allowfullscreen')).toBe(true);
    expect(iframe.getAttribute('sandbox')!.split(' ').sort()).toEqual(
      ['allow-popups', 'allow-presentation', 'allow-same-origin', 'allow-scripts'].sort(),
    );
  });

  it('is a real button, so Enter and Space activate it from the keyboard', () => {
    render(<VideoPlayer title="t" bilibili="BV11AMHzuEet" />);
    const button = screen.getByRole('button', {name: /播放讲座/});
    expect(button.tagName).toBe('BUTTON');
    expect(button.getAttribute('type')).toBe('button');
    button.focus();
    expect(document.activeElement).toBe(button);
  });

  it('plays YouTube from the no-cookie domain and can switch source', () => {
    const {container} = render(<VideoPlayer title="t" bilibili="BV11AMHzuEet" youtube={{kind: 'video', id: 'abcdefghijk'}} />);
    fireEvent.click(screen.getByRole('button', {name: 'YouTube'}));
    expect(screen.getByRole('button', {name: 'YouTube'}).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', {name: /播放讲座/}));
    expect(container.querySelector('iframe')!.getAttribute('src')).toBe(
      'https://www.youtube-nocookie.com/embed/abcdefghijk?autoplay=1&rel=0',
    );
  });

  it('links the channel’s YouTube search when the id is not known, and loads nothing from YouTube', () => {
    const url = 'https://www.youtube.com/@ZOMI666/search?query=Attention%20%E6%B3%A8%E6%84%8F%E5%8A%9B%E6%9C%BA%E5%88%B6';
    const {container} = render(<VideoPlayer title="Attention 注意力机制" bilibili="BV11AMHzuEet" youtube={{kind: 'search', url}} />);
    expect(screen.getByRole('link', {name: '在 YouTube 搜索本讲'}).getAttribute('href')).toBe(url);
    // A search is not a source to play: no source switch, and the play button loads Bilibili.
    expect(screen.queryByRole('group', {name: '视频来源'})).toBeNull();
    fireEvent.click(screen.getByRole('button', {name: /播放讲座/}));
    expect(container.querySelector('iframe')!.getAttribute('src')).toMatch(/^https:\/\/player\.bilibili\.com\//);
  });

  it('links the slides in its bar and prints their address after the video’s, with or without a video', () => {
    const slides = 'https://infrasys-ai.github.io/s.pdf';
    const printed = (root: HTMLElement) => [...root.querySelectorAll('.print-only')].map((p) => p.textContent);
    const withVideo = render(<VideoPlayer title="t" bilibili="BV11AMHzuEet" slides={slides} />).container;
    const link = screen.getByRole('link', {name: '课件 PDF'});
    expect(link.getAttribute('href')).toBe(slides);
    expect(link.getAttribute('type')).toBe('application/pdf');
    expect(printed(withVideo)).toEqual([`讲座视频（B 站）：https://www.bilibili.com/video/BV11AMHzuEet/`, `课件（PDF）：${slides}`]);
    const pending = render(<VideoPlayer title="u" slides={slides} />).container;
    expect(screen.getAllByRole('link', {name: '课件 PDF'})).toHaveLength(2);
    expect(printed(pending)).toEqual([`课件（PDF）：${slides}`]);
  });

  it('says 视频制作中 and links the channels when the lesson has no video', () => {
    const {container} = render(<VideoPlayer title="t" />);
    expect(screen.getByText('视频制作中')).toBeTruthy();
    expect(container.querySelector('iframe')).toBeNull();
    expect(container.querySelector('button')).toBeNull();
    expect(screen.getByRole('link', {name: 'B 站频道'}).getAttribute('href')).toBe('https://space.bilibili.com/517221395');
  });

  it('refuses a malformed id instead of embedding it', () => {
    expect(() => render(<VideoPlayer title="t" bilibili="BV1<script>" />)).toThrow(/不是 B 站视频号/);
  });
});

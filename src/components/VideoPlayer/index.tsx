import {useState} from 'react';
import clsx from 'clsx';
import {channels} from '@site/src/data/channels';
import type {YoutubeLink} from '@site/src/lesson/materials';
import {useOnline} from '@site/src/offline/online';
import {embedFor, type VideoSource} from './embed';
import styles from './styles.module.css';

export interface Props {
  /** Lesson title, used for the player's accessible name. */
  title: string;
  bilibili?: string;
  /** The lecture on YouTube: a second source to play, or a search link when its id is not known. */
  youtube?: YoutubeLink;
  /** "m:ss" when known. */
  duration?: string;
  /**
   * The address of the lecture's slides (a PDF), when published: linked at the end of the
   * player's bar on screen, and printed as an address after the video's on paper.
   */
  slides?: string;
}

const LABEL = {bilibili: 'B 站', youtube: 'YouTube'} as const;

function PlayIcon() {
  return (
    <svg viewBox="0 0 68 48" width="68" height="48" aria-hidden="true" focusable="false">
      <rect width="68" height="48" rx="12" className={styles.iconBg} />
      <path d="M27 14v20l18-10z" fill="#fff" />
    </svg>
  );
}

function SlidesLink({href}: {href: string}) {
  return (
    <a href={href} type="application/pdf" target="_blank" rel="noopener noreferrer">
      课件 PDF
    </a>
  );
}

/**
 * On paper a link cannot be followed: its address is printed instead. A <div>, not a <p>: the
 * minifier may drop a </p> before the next paragraph, and Pagefind, which skips print-only lines,
 * would then skip that paragraph too (scripts/lib/search-coverage.mjs).
 */
function PrintedAddress({label, href}: {label: string; href: string}) {
  return (
    <div className={clsx('print-only', 'print-note', styles.printed)}>
      {label}：<a href={href}>{href}</a>
    </div>
  );
}

/**
 * Click-to-load lecture player. Until the reader presses play the page shows a facade drawn by
 * the site and contacts no video host; the press inserts the player, which then autoplays.
 */
export default function VideoPlayer({title, bilibili, youtube, duration, slides}: Props) {
  const sources: VideoSource[] = [];
  if (bilibili) sources.push({kind: 'bilibili', id: bilibili});
  if (youtube?.kind === 'video') sources.push({kind: 'youtube', id: youtube.id});
  const [chosen, setChosen] = useState<VideoSource['kind']>(sources[0]?.kind ?? 'bilibili');
  const [playing, setPlaying] = useState(false);
  const online = useOnline();

  if (sources.length === 0) {
    return (
      <aside className={clsx(styles.player, styles.pending)} aria-label="讲座视频">
        <p className={styles.pendingTitle}>视频制作中</p>
        <p>
          本节的讲座视频还在制作，发布后会出现在 <a href={channels.bilibili}>B 站频道</a> 和{' '}
          <a href={channels.youtubeNew}>YouTube 频道</a>。
        </p>
        {slides && (
          <div className={clsx('screen-only', styles.pendingLinks)}>
            <SlidesLink href={slides} />
          </div>
        )}
        {slides && <PrintedAddress label="课件（PDF）" href={slides} />}
      </aside>
    );
  }

  const source = sources.find((s) => s.kind === chosen) ?? sources[0];
  const embed = embedFor(source);
  return (
    <section className={styles.player} aria-label="讲座视频">
      <div className={styles.frame}>
        {playing ? (
          <iframe
            src={embed.src}
            title={`讲座视频：${title}`}
            allow={embed.allow}
            sandbox={embed.sandbox}
            referrerPolicy="strict-origin-when-cross-origin"
            allowFullScreen
            className={styles.iframe}
          />
        ) : (
          <button type="button" className={styles.facade} onClick={() => setPlaying(true)} disabled={!online}>
            <PlayIcon />
            <span className={styles.facadeTitle}>播放讲座：{title}</span>
            <span className={styles.facadeNote}>
              {online
                ? `${LABEL[source.kind]}${duration ? ` · ${duration}` : ''} · 点击后才从 ${LABEL[source.kind]} 加载`
                : `现在离线：讲座视频要联网才能从 ${LABEL[source.kind]} 播放，课文可以照常阅读`}
            </span>
          </button>
        )}
      </div>
      <div className={styles.bar}>
        {sources.length > 1 && (
          <div role="group" aria-label="视频来源" className={styles.switch}>
            {sources.map((s) => (
              <button
                key={s.kind}
                type="button"
                aria-pressed={s.kind === source.kind}
                onClick={() => setChosen(s.kind)}>
                {LABEL[s.kind]}
              </button>
            ))}
          </div>
        )}
        {sources.map((s) => (
          <a key={s.kind} href={embedFor(s).pageUrl} target="_blank" rel="noopener noreferrer">
            {s.kind === 'bilibili' ? '在 B 站观看' : '在 YouTube 观看'}
          </a>
        ))}
        {youtube?.kind === 'search' && (
          <a href={youtube.url} target="_blank" rel="noopener noreferrer">
            在 YouTube 搜索本讲
          </a>
        )}
        {slides && (
          <span className={styles.materials}>
            <SlidesLink href={slides} />
          </span>
        )}
      </div>
      {/* On paper the player gives way to the addresses of the video and the slides. */}
      {sources.map((s) => (
        <PrintedAddress key={s.kind} label={`讲座视频（${LABEL[s.kind]}）`} href={embedFor(s).pageUrl} />
      ))}
      {slides && <PrintedAddress label="课件（PDF）" href={slides} />}
    </section>
  );
}

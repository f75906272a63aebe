/**
 * Where a lecture video is embedded from and what the iframe may do. Kept apart from the view so
 * the exact URLs and permissions are unit-tested and listed in one place (the CSP allows the
 * same two player origins).
 */
import {BVID, YOUTUBE_ID} from '../../lesson/ids';
import {videoPageUrl} from '../../data/channels';

export type VideoSource = {kind: 'bilibili'; id: string} | {kind: 'youtube'; id: string};

export const PLAYER_ORIGINS = ['https://player.bilibili.com', 'https://www.youtube-nocookie.com'] as const;

export interface Embed {
  src: string;
  /** Link to the video's own page, for readers who prefer the site's player or app. */
  pageUrl: string;
  /** iframe `allow` (permissions policy). */
  allow: string;
  /** iframe `sandbox`: the least each player still plays with. */
  sandbox: string;
}

export function embedFor(video: VideoSource): Embed {
  if (video.kind === 'bilibili') {
    if (!BVID.test(video.id)) throw new Error(`不是 B 站视频号：${video.id}`);
    const q = new URLSearchParams({bvid: video.id, autoplay: '1', danmaku: '0'});
    return {
      src: `${PLAYER_ORIGINS[0]}/player.html?${q}`,
      pageUrl: videoPageUrl.bilibili(video.id),
      allow: 'autoplay; fullscreen; picture-in-picture',
      // Bilibili's player script needs its own origin (cookies, storage) and opens the video page
      // in a new tab from its logo.
      sandbox: 'allow-scripts allow-same-origin allow-presentation allow-popups',
    };
  }
  if (!YOUTUBE_ID.test(video.id)) throw new Error(`不是 YouTube 视频号：${video.id}`);
  return {
    src: `${PLAYER_ORIGINS[1]}/embed/${video.id}?autoplay=1&rel=0`,
    pageUrl: videoPageUrl.youtube(video.id),
    allow: 'autoplay; encrypted-media; fullscreen; picture-in-picture',
    sandbox: 'allow-scripts allow-same-origin allow-presentation allow-popups',
  };
}

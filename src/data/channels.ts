/** The course's video channels and upstream material (from the course outline). */
export const channels = {
  bilibili: 'https://space.bilibili.com/517221395',
  youtube: 'https://www.youtube.com/@ZOMI666/playlists',
  youtubeNew: 'https://www.youtube.com/@zomi6222/videos',
  upstream: 'https://github.com/Infrasys-AI/AIInfra',
} as const;

export const videoPageUrl = {
  bilibili: (bvid: string) => `https://www.bilibili.com/video/${bvid}/`,
  youtube: (id: string) => `https://www.youtube.com/watch?v=${id}`,
  /** The lecture channel's own search, for a lesson whose YouTube id is not known yet. */
  youtubeSearch: (query: string) => `https://www.youtube.com/@ZOMI666/search?query=${encodeURIComponent(query)}`,
};

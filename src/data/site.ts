/**
 * Where the site lives and which repository holds its source: the one place these are set.
 * A fork or a mirror overrides them with environment variables at build time, e.g.
 *   SITE_REPO=me/my-fork SITE_URL=https://me.github.io BASE_URL=/my-fork/ npm run build
 * In GitHub Actions, GITHUB_REPOSITORY (owner/name) is set by the runner and is used when
 * SITE_REPO is not, so the deploy workflow needs no configuration.
 */

/** The repository this site's source lives in when nothing overrides it. */
const DEFAULT_REPO = 'Infrasys-AI/llm-algo-data-site';

export interface SiteCoordinates {
  /** Origin the site is served from, without a trailing slash. */
  url: string;
  /** Path under the origin, with leading and trailing slashes. */
  baseUrl: string;
  /** GitHub "owner/name" of this site's source, for edit and errata links. */
  repo: string;
  /** Branch the edit links point at. */
  branch: string;
}

type Env = Record<string, string | undefined>;

function withSlashes(path: string): string {
  return `/${path}/`.replace(/\/{2,}/g, '/');
}

export function siteCoordinates(env: Env): SiteCoordinates {
  const repo = env.SITE_REPO || env.GITHUB_REPOSITORY || DEFAULT_REPO;
  if (!/^[\w.-]+\/[\w.-]+$/.test(repo)) {
    throw new Error(`SITE_REPO / GITHUB_REPOSITORY 应为“owner/name”，实际为“${repo}”`);
  }
  const [owner, name] = repo.split('/');
  // GitHub Pages serves a project site at https://owner.github.io/name/.
  const url = (env.SITE_URL || `https://${owner.toLowerCase()}.github.io`).replace(/\/+$/, '');
  if (!/^https?:\/\/[^/]+$/.test(url)) {
    throw new Error(`SITE_URL 应为不带路径的来源，例如 https://example.org，实际为“${url}”`);
  }
  const baseUrl = withSlashes(env.BASE_URL || (env.SITE_URL ? '/' : `/${name}/`));
  return {url, baseUrl, repo, branch: env.SITE_BRANCH || 'main'};
}

export const githubUrl = (repo: string) => `https://github.com/${repo}`;

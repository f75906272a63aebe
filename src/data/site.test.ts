import {describe, expect, it} from 'vitest';
import {siteCoordinates} from './site';

describe('siteCoordinates', () => {
  it('derives a GitHub Pages project site from GITHUB_REPOSITORY', () => {
    expect(siteCoordinates({GITHUB_REPOSITORY: 'Some-Org/course'})).toEqual({
      url: 'https://some-org.github.io',
      baseUrl: '/course/',
      repo: 'Some-Org/course',
      branch: 'main',
    });
  });

  it('lets SITE_REPO, SITE_URL and BASE_URL override it, for forks and mirrors', () => {
    const env = {GITHUB_REPOSITORY: 'a/b', SITE_REPO: 'me/fork', SITE_URL: 'https://mirror.example.cn/', BASE_URL: 'llm'};
    expect(siteCoordinates(env)).toMatchObject({url: 'https://mirror.example.cn', baseUrl: '/llm/', repo: 'me/fork'});
  });

  it('serves from the root of a custom domain, and treats empty variables as unset', () => {
    expect(siteCoordinates({SITE_REPO: 'me/fork', SITE_URL: 'https://course.example.org', BASE_URL: ''}).baseUrl).toBe('/');
  });

  it('rejects malformed values with the variable name', () => {
    expect(() => siteCoordinates({SITE_REPO: 'not a repo'})).toThrow(/SITE_REPO/);
    expect(() => siteCoordinates({SITE_REPO: 'a/b', SITE_URL: 'https://x.org/path'})).toThrow(/SITE_URL/);
  });
});

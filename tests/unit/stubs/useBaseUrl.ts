// Stand-in for @docusaurus/useBaseUrl in unit tests: the site as if served under /site/.
export default function useBaseUrl(path: string): string {
  return `/site${path}`;
}

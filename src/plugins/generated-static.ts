/**
 * Folder (listed in `staticDirectories`) that plugins write generated files into, so that both
 * `docusaurus build` and `docusaurus start` serve them: practice downloads, the offline app's
 * manifest, icons and page. Git ignores it.
 */
export const GENERATED_STATIC = '.static-generated';

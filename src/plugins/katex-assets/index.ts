/**
 * Serves KaTeX's stylesheet and its woff2 fonts as files of the site, in the exact version
 * rehype-katex renders with. Importing the CSS through the bundler would inline every font into
 * the main stylesheet as base64; a CDN link would make the page call another host.
 */
import fs from 'node:fs';
import path from 'node:path';
import {createRequire} from 'node:module';
import type {LoadContext, Plugin} from '@docusaurus/types';

const require = createRequire(import.meta.url);

/** Folder (listed in `staticDirectories`) the plugin writes into; git ignores it. */
export const GENERATED_STATIC = '.static-generated';

/** Keeps only the woff2 source of each @font-face: every browser we support reads woff2. */
export function woff2Only(css: string): string {
  return css.replace(/src:\s*([^;}]+)/g, (whole, sources: string) => {
    const woff2 = sources.split(/,(?=\s*url\()/).find((s) => s.includes('format("woff2")'));
    return woff2 ? `src:${woff2.trim()}` : whole;
  });
}

export function katexVersion(): string {
  // The renderer's own copy of KaTeX, not whichever one happens to be hoisted.
  const fromRehype = createRequire(require.resolve('rehype-katex'));
  return fromRehype('katex/package.json').version as string;
}

export default function katexAssets(context: LoadContext): Plugin {
  const dist = path.dirname(createRequire(require.resolve('rehype-katex')).resolve('katex/dist/katex.min.css'));
  const version = katexVersion();
  const href = `${context.baseUrl}katex/${version}/katex.min.css`;
  return {
    name: 'katex-assets',
    async loadContent() {
      const out = path.join(context.siteDir, GENERATED_STATIC, 'katex', version);
      fs.rmSync(path.join(context.siteDir, GENERATED_STATIC, 'katex'), {recursive: true, force: true});
      fs.mkdirSync(path.join(out, 'fonts'), {recursive: true});
      const css = fs.readFileSync(path.join(dist, 'katex.min.css'), 'utf8');
      fs.writeFileSync(path.join(out, 'katex.min.css'), woff2Only(css));
      for (const font of fs.readdirSync(path.join(dist, 'fonts'))) {
        if (font.endsWith('.woff2')) fs.copyFileSync(path.join(dist, 'fonts', font), path.join(out, 'fonts', font));
      }
    },
    injectHtmlTags() {
      return {headTags: [{tagName: 'link', attributes: {rel: 'stylesheet', href}}]};
    },
  };
}

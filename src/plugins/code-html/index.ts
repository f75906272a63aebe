/**
 * Colours build-time highlighted code (see ./rehype.ts): writes the token colours of
 * themeConfig.prism's light and dark themes as a stylesheet that every page loads.
 *
 * It also keeps Prism out of the browser. The classic theme loads a client module on every page
 * that evaluates Prism and registers extra languages for its browser-side CodeBlock; with
 * code highlighted here, nothing in the browser uses them, and the module cost about 100 ms of
 * main-thread time per page load on Lighthouse's mobile CPU.
 */
import fs from 'node:fs';
import path from 'node:path';
import {createRequire} from 'node:module';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {PrismTheme} from 'prism-react-renderer';
import {tokenCss} from './css';

export default function codeHtml(context: LoadContext): Plugin {
  const {prism} = context.siteConfig.themeConfig as {prism: {theme: PrismTheme; darkTheme?: PrismTheme}};
  const file = path.join(context.generatedFilesDir, 'code-html', 'tokens.css');
  fs.mkdirSync(path.dirname(file), {recursive: true});
  fs.writeFileSync(file, tokenCss(prism.theme, prism.darkTheme ?? prism.theme));
  return {
    name: 'code-html',
    getClientModules: () => [file],
    configureWebpack: () => ({resolve: {alias: {[themePrismModule()]: false}}}),
  };
}

/** The classic theme's client module, as the generated client-modules list requests it. */
export function themePrismModule(): string {
  const theme = path.dirname(createRequire(import.meta.url).resolve('@docusaurus/theme-classic/package.json'));
  return path.join(theme, 'lib', 'prism-include-languages');
}

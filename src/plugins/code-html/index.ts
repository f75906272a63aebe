/**
 * Colours build-time highlighted code (see ./rehype.ts): writes the token colours of
 * themeConfig.prism's light and dark themes as a stylesheet that every page loads.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {PrismTheme} from 'prism-react-renderer';
import {tokenCss} from './css';

export default function codeHtml(context: LoadContext): Plugin {
  const {prism} = context.siteConfig.themeConfig as {prism: {theme: PrismTheme; darkTheme?: PrismTheme}};
  const file = path.join(context.generatedFilesDir, 'code-html', 'tokens.css');
  fs.mkdirSync(path.dirname(file), {recursive: true});
  fs.writeFileSync(file, tokenCss(prism.theme, prism.darkTheme ?? prism.theme));
  return {name: 'code-html', getClientModules: () => [file]};
}

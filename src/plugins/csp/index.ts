/** Writes the Content-Security-Policy <meta> into every built page (see ./policy.ts). */
import fs from 'node:fs';
import path from 'node:path';
import type {Plugin} from '@docusaurus/types';
import {inlineScripts, policy, withPolicy} from './policy';

function htmlFiles(dir: string): string[] {
  return fs.readdirSync(dir, {withFileTypes: true}).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? htmlFiles(p) : e.name.endsWith('.html') ? [p] : [];
  });
}

export default function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    configureWebpack(_config, _isServer, {currentBundler}) {
      // A module that mentions `global` makes the bundler's runtime try Function('return this'),
      // which the policy (rightly) refuses and reports. Point `global` at globalThis instead.
      return {
        node: {global: false},
        plugins: [new currentBundler.instance.DefinePlugin({global: 'globalThis'})],
      };
    },
    async postBuild({outDir}) {
      const pages = htmlFiles(outDir).map((file) => ({file, html: fs.readFileSync(file, 'utf8')}));
      // One policy for the whole site: a reader moving between pages keeps the same rules.
      const csp = policy(pages.flatMap((p) => inlineScripts(p.html)));
      for (const {file, html} of pages) fs.writeFileSync(file, withPolicy(html, csp));
    },
  };
}

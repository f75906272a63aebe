/**
 * Writes every 代码实践 page's code as a Python file and a Jupyter notebook into the site
 * (under GENERATED_STATIC, which is a static directory, so `docusaurus start` serves them too),
 * named by src/lesson/downloads.ts, which the page header links with. Both are built from the
 * page's own code blocks, read as the practice runner reads them, so they cannot drift from what
 * the tests execute. A practice page with nothing to export fails the build, naming the page.
 */
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {GENERATED_STATIC} from '../katex-assets';
import {DOWNLOADS_DIR, practiceDownloadPaths} from '../../lesson/downloads';
import {buildNotebook} from './notebook';
import {pythonFile} from './program';

interface LoadedDoc {
  source: string;
  permalink: string;
  title: string;
  description: string;
}

export default function practiceDownloads(context: LoadContext): Plugin {
  const origin = context.siteConfig.url.replace(/\/$/, '');
  return {
    name: 'practice-downloads',
    async allContentLoaded({allContent}) {
      const docsPlugin = allContent['docusaurus-plugin-content-docs']?.default as {loadedVersions: {docs: LoadedDoc[]}[]} | undefined;
      if (!docsPlugin) throw new Error('practice-downloads: the docs plugin did not load');
      const docs = docsPlugin.loadedVersions[0].docs.map((d) => ({...d, source: d.source.replace(/^@site\//, '')}));
      const permalinkOf = new Map(docs.map((d) => [d.source, d.permalink]));

      const outDir = path.join(context.siteDir, GENERATED_STATIC, DOWNLOADS_DIR);
      fs.rmSync(outDir, {recursive: true, force: true});
      fs.mkdirSync(outDir, {recursive: true});
      const problems: string[] = [];
      for (const doc of docs) {
        const paths = practiceDownloadPaths(doc.source);
        if (!paths) continue;
        const {content} = matter(fs.readFileSync(path.join(context.siteDir, doc.source), 'utf8'));
        const url = origin + doc.permalink;
        const resolveLink = (href: string) => {
          const [file, hash] = href.split('#');
          const target = permalinkOf.get(path.posix.join(path.posix.dirname(doc.source), file));
          return target && origin + target + (hash ? `#${hash}` : '');
        };
        try {
          const py = pythonFile({title: doc.title, url, content, fileName: path.basename(paths.py)});
          const notebook = buildNotebook({title: doc.title, description: doc.description, url, content, resolveLink});
          fs.writeFileSync(path.join(context.siteDir, GENERATED_STATIC, paths.py), py);
          fs.writeFileSync(path.join(context.siteDir, GENERATED_STATIC, paths.ipynb), `${JSON.stringify(notebook, null, 1)}\n`);
        } catch (e) {
          problems.push(`${doc.source}: ${(e as Error).message}`);
        }
      }
      if (problems.length) throw new Error(`代码实践的下载无法生成：\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    },
  };
}

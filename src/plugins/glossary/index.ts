/**
 * The glossary (src/data/glossary), checked and published once all content is loaded:
 * every entry's lesson, anchor and spellings are checked against the lessons, and so are the
 * pages' `glossary_skip` lists; a problem fails the build naming the data file and the entry.
 *
 * It writes two things. The glossary page's data module (only that page downloads it). And
 * the term cards, read by the remark plugin (./remark.ts) that marks terms in lessons while
 * they compile: each lesson depends on that file, so a changed definition or lesson title
 * recompiles the lessons that show it, cache or not.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {glossarySources} from '../../data/glossary';
import {resolveGlossary, skipProblems, GlossaryError, type LessonInfo} from '../../glossary/validate';
import {spellingsOf} from '../../glossary/schema';
import type {Card} from '../../glossary/mark';
import {pageData} from '../../glossary/page-data';
import {placeOf} from '../../lesson/place';
import {readLesson} from './lessons';

/** Where the cards are written for the remark plugin: the site's generated-files folder. */
export function cardsFile(siteDir: string): string {
  return path.join(siteDir, '.docusaurus', 'glossary', 'cards.json');
}

interface LoadedDoc {
  source: string;
  permalink: string;
  title: string;
  frontMatter: Record<string, unknown>;
}

/** Writes `text` unless the file already holds it, so that its timestamp means a change. */
function writeIfChanged(file: string, text: string) {
  if (fs.existsSync(file) && fs.readFileSync(file, 'utf8') === text) return;
  fs.mkdirSync(path.dirname(file), {recursive: true});
  fs.writeFileSync(file, text);
}

export default function glossary(context: LoadContext): Plugin {
  const cards = cardsFile(context.siteDir);
  return {
    name: 'glossary',
    configureWebpack() {
      return {
        module: {
          rules: [
            {
              test: /\.mdx?$/,
              include: [path.join(context.siteDir, 'docs')],
              enforce: 'pre' as const,
              use: [{loader: path.join(__dirname, 'depend-loader.cjs'), options: {file: cards}}],
            },
          ],
        },
      };
    },
    async allContentLoaded({allContent, actions}) {
      const docsPlugin = allContent['docusaurus-plugin-content-docs']?.default as {loadedVersions: {docs: LoadedDoc[]}[]} | undefined;
      if (!docsPlugin) throw new Error('glossary: the docs plugin did not load');
      const docs = docsPlugin.loadedVersions[0].docs.map((d) => ({...d, source: d.source.replace(/^@site\//, '')}));
      const wanted = new Set(glossarySources.flatMap((s) => s.entries.map((e) => `docs/${(e as {lesson?: string}).lesson}.mdx`)));
      const lessons = new Map<string, LessonInfo>();
      for (const doc of docs) {
        if (!wanted.has(doc.source)) continue;
        lessons.set(doc.source, await readLesson(context.siteDir, doc.source, doc.title, doc.permalink));
      }
      const entries = resolveGlossary(glossarySources, lessons);
      const skips = skipProblems(docs, new Set(entries.map((e) => e.id)));
      if (skips.length) throw new GlossaryError(skips);

      const chapters = docs
        .map((d) => ({doc: d, place: placeOf(d.source)}))
        .filter(({place}) => 'kind' in place && place.kind === 'chapter')
        .map(({doc, place}) => ({folder: (place as {folder: string}).folder, title: doc.title, permalink: doc.permalink}));
      await actions.createData('glossary.json', JSON.stringify(pageData(entries, chapters)));
      const byId: Record<string, Card> = {};
      for (const e of entries) {
        byId[e.id] = {
          id: e.id,
          zh: e.zh,
          en: e.en,
          spellings: spellingsOf(e),
          ...(e.notIn && {notIn: e.notIn}),
          definition: e.definition,
          lessonTitle: e.lessonTitle,
          href: e.href,
          ...(e.scope === 'chapter' && {onlyIn: e.chapter}),
        };
      }
      writeIfChanged(cards, JSON.stringify(byId));
    },
  };
}

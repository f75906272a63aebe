/**
 * Reads every doc's front matter once all content is loaded, validates it against the lesson
 * model and publishes the course catalog as global data, from which the home page cards, the
 * chapter lesson tables and the release timeline are drawn. Invalid metadata fails the build.
 */
import type {LoadContext, Plugin} from '@docusaurus/types';
import {buildCatalog, type SourceDoc} from '../../lesson/catalog';

export const CATALOG_PLUGIN = 'course-catalog';

interface LoadedDocs {
  loadedVersions: {docs: SourceDoc[]}[];
}

export default function courseCatalog(_context: LoadContext): Plugin {
  return {
    name: CATALOG_PLUGIN,
    async allContentLoaded({allContent, actions}) {
      const docsPlugin = allContent['docusaurus-plugin-content-docs']?.default as LoadedDocs | undefined;
      if (!docsPlugin) throw new Error('course-catalog: the docs plugin did not load');
      const docs = docsPlugin.loadedVersions[0].docs.map(({source, permalink, title, frontMatter}) => ({
        source,
        permalink,
        title,
        frontMatter,
      }));
      actions.setGlobalData(buildCatalog(docs));
    },
  };
}

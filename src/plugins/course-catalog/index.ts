/**
 * Reads every doc's front matter once all content is loaded, validates it against the lesson
 * model and writes the course catalog as data modules: the chapters (home page cards,
 * chapter lesson tables), the timeline (releases and papers), each page's prerequisites (the
 * lesson header) and the laid-out prerequisite graph (the 学习路线 page). Only the pages that
 * import them download them; global data would put them in every page's main bundle. Invalid
 * metadata fails the build.
 */
import type {LoadContext, Plugin} from '@docusaurus/types';
import {buildCatalog, type SourceDoc} from '../../lesson/catalog';
import {prerequisiteLinks, roadmapChapters} from '../../lesson/prerequisites';
import {layoutRoadmap} from '../../lesson/roadmapLayout';

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
      const {chapters, releases, papers} = buildCatalog(docs);
      // Read through src/lesson/catalogData.ts as @generated/course-catalog/default/*.json.
      await actions.createData('chapters.json', JSON.stringify(chapters));
      await actions.createData('timeline.json', JSON.stringify({releases, papers}));
      // The lesson header's 先修 links, and the 学习路线 page's graph laid out here, at build time.
      await actions.createData('prerequisites.json', JSON.stringify(prerequisiteLinks(chapters)));
      await actions.createData('roadmap.json', JSON.stringify(layoutRoadmap(roadmapChapters(chapters))));
    },
  };
}

/**
 * Writes the plan of the course's PDFs (src/lesson/pdf.ts) into the built site, so that
 * `npm run pdf` prints exactly the chapters and pages of this build, in the catalog's order,
 * and the link checker knows which PDF links that command fills in.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {buildCatalog, type ChapterEntry, type SourceDoc} from '../../lesson/catalog';
import {PDF_PLAN, pdfPlan} from '../../lesson/pdf';

interface LoadedDocs {
  loadedVersions: {docs: SourceDoc[]}[];
}

export default function coursePdf(_context: LoadContext): Plugin {
  let chapters: ChapterEntry[] = [];
  return {
    name: 'course-pdf',
    allContentLoaded({allContent}) {
      const docs = (allContent['docusaurus-plugin-content-docs']?.default as LoadedDocs).loadedVersions[0].docs;
      chapters = buildCatalog(docs).chapters;
    },
    async postBuild({siteConfig: {url, baseUrl, title, tagline, themeConfig}, outDir}) {
      const license = (themeConfig.footer as {copyright?: string} | undefined)?.copyright ?? '';
      const plan = pdfPlan(chapters, {url, baseUrl, title, tagline, license});
      const file = path.join(outDir, PDF_PLAN);
      await fs.mkdir(path.dirname(file), {recursive: true});
      await fs.writeFile(file, JSON.stringify(plan, null, 1));
    },
  };
}

/**
 * The course as PDF files: one per chapter and one for the whole course, printed from the built
 * site by `npm run pdf` (scripts/pdf.mjs). Their names and contents are decided here alone: the
 * chapter overviews and the home page link to these paths, and the build writes the plan below
 * into the site (src/plugins/course-pdf) for the script to print.
 */
import type {ChapterEntry} from './catalog';

/** Folder of the built site that holds the PDFs and their plan. */
export const PDF_DIR = 'pdf';
export const PDF_PLAN = `${PDF_DIR}/plan.json`;
export const COURSE_PDF = `${PDF_DIR}/course.pdf`;

/** "pdf/ch01-transformer.pdf" for the chapter in folder "01-transformer". */
export function chapterPdf(folder: string): string {
  return `${PDF_DIR}/ch${folder}.pdf`;
}

/** A page of the built site, its path relative to the base URL ("docs/moe/gshard"). */
export interface PrintedPage {
  title: string;
  path: string;
  kind: 'lesson' | 'practice';
}

export interface PrintedChapter {
  /** "第 1 章" */
  label: string;
  title: string;
  description: string;
  /** The chapter overview's path. */
  path: string;
  /** Lessons, then 代码实践 pages, in course order. */
  pages: PrintedPage[];
}

export interface PdfSpec {
  /** Path relative to the base URL, e.g. "pdf/ch01-transformer.pdf". */
  file: string;
  title: string;
  chapters: PrintedChapter[];
}

export interface PdfPlan {
  /** Public address of the site (origin and base URL): links that leave a PDF point there. */
  siteUrl: string;
  courseTitle: string;
  tagline: string;
  /** The site's licence line, for the covers. */
  license: string;
  pdfs: PdfSpec[];
}

interface SiteFacts {
  url: string;
  baseUrl: string;
  title: string;
  tagline: string;
  license: string;
}

/** How the PDFs name a chapter: “第 3 章”. */
export const chapterLabel = (n: number) => `第 ${n} 章`;

/** What to print: each chapter (overview, lessons, 代码实践) alone, then all of them in one file. */
export function pdfPlan(chapters: ChapterEntry[], site: SiteFacts): PdfPlan {
  const relative = (permalink: string) => {
    if (!permalink.startsWith(site.baseUrl)) throw new Error(`PDF：${permalink} 不在站点路径 ${site.baseUrl} 下`);
    // A chapter overview's permalink ends in "/"; the built page is "docs/moe.html".
    return permalink.slice(site.baseUrl.length).replace(/\/$/, '');
  };
  const page = (kind: PrintedPage['kind']) => (p: ChapterEntry['lessons'][number]) => ({
    title: p.title,
    path: relative(p.permalink),
    kind,
  });
  const printed = chapters.map(
    (c): PrintedChapter => ({
      label: chapterLabel(c.number),
      title: c.title,
      description: c.description,
      path: relative(c.permalink),
      pages: [...c.lessons.map(page('lesson')), ...c.practice.map(page('practice'))],
    }),
  );
  return {
    siteUrl: site.url + site.baseUrl,
    courseTitle: site.title,
    tagline: site.tagline,
    license: site.license,
    pdfs: [
      ...chapters.map((c, i) => ({
        file: chapterPdf(c.folder),
        title: `${printed[i].label} ${c.title}`,
        chapters: [printed[i]],
      })),
      {file: COURSE_PDF, title: site.title, chapters: printed},
    ],
  };
}

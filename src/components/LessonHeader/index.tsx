import {useDoc} from '@docusaurus/plugin-content-docs/client';
import PdfLink from '@site/src/components/PdfLink';
import VideoPlayer from '@site/src/components/VideoPlayer';
import {placeOf} from '@site/src/lesson/place';
import {chapterPdf} from '@site/src/lesson/pdf';

/**
 * What a page shows under its title: a lecture lesson its lecture (or word that it is coming),
 * a chapter overview the link to the chapter's PDF.
 */
export default function LessonHeader() {
  const {metadata, frontMatter} = useDoc();
  const place = placeOf(metadata.source.replace(/^@site\//, ''));
  if (!('kind' in place)) return null;
  if (place.kind === 'chapter') {
    return (
      <p className="screen-only">
        <PdfLink file={chapterPdf(place.folder!)}>下载本章 PDF</PdfLink>
      </p>
    );
  }
  if (place.kind !== 'lesson') return null;
  const fm = frontMatter as {bilibili?: string; youtube?: string; duration?: string};
  return <VideoPlayer title={metadata.title} bilibili={fm.bilibili} youtube={fm.youtube} duration={fm.duration} />;
}

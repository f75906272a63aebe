import {useDoc} from '@docusaurus/plugin-content-docs/client';
import PdfLink from '@site/src/components/PdfLink';
import VideoPlayer from '@site/src/components/VideoPlayer';
import PracticeDownloads from '@site/src/components/PracticeDownloads';
import Prerequisites from '@site/src/components/Prerequisites';
import {placeOf} from '@site/src/lesson/place';
import {chapterPdf} from '@site/src/lesson/pdf';
import {lectureMaterials, type MaterialsFrontMatter} from '@site/src/lesson/materials';
import {keyOf} from '@site/src/lesson/prerequisites';
import {prerequisitesOf} from '@site/src/lesson/prerequisiteData';

/** A lecture lesson's materials: the lecture, on Bilibili and YouTube, and the slides. */
function LectureMaterials() {
  const {metadata, frontMatter} = useDoc();
  const fm = frontMatter as MaterialsFrontMatter & {duration?: string};
  const materials = lectureMaterials(metadata.title, fm);
  return (
    <VideoPlayer
      title={metadata.title}
      bilibili={materials.bilibili}
      youtube={materials.youtube}
      duration={fm.duration}
      slides={materials.slides}
    />
  );
}

/**
 * What a page shows under its title: a lecture lesson or 代码实践 page the pages it builds on
 * (先修); then a lecture lesson its materials, a 代码实践 page the downloads of its code; a
 * chapter overview the link to the chapter's PDF.
 */
export default function LessonHeader() {
  const {metadata} = useDoc();
  const place = placeOf(metadata.source.replace(/^@site\//, ''));
  if (!('kind' in place)) return null;
  if (place.kind === 'chapter') {
    return (
      <p className="screen-only">
        <PdfLink file={chapterPdf(place.folder!)}>下载本章 PDF</PdfLink>
      </p>
    );
  }
  if (place.kind !== 'lesson' && place.kind !== 'practice') return null;
  return (
    <>
      <Prerequisites links={prerequisitesOf(keyOf(metadata.source))} />
      {place.kind === 'lesson' ? <LectureMaterials /> : <PracticeDownloads source={metadata.source} />}
    </>
  );
}

import {useDoc} from '@docusaurus/plugin-content-docs/client';
import VideoPlayer from '@site/src/components/VideoPlayer';
import PracticeDownloads from '@site/src/components/PracticeDownloads';
import {placeOf} from '@site/src/lesson/place';
import {lectureMaterials, type MaterialsFrontMatter} from '@site/src/lesson/materials';

/**
 * What a page shows under its title: a lecture lesson its materials (the lecture, on Bilibili
 * and YouTube, and the slides), a 代码实践 page the downloads of its code.
 */
export default function LessonHeader() {
  const {metadata, frontMatter} = useDoc();
  const place = placeOf(metadata.source.replace(/^@site\//, ''));
  if (!('kind' in place)) return null;
  if (place.kind === 'practice') return <PracticeDownloads source={metadata.source} />;
  if (place.kind !== 'lesson') return null;
  const fm = frontMatter as MaterialsFrontMatter & {duration?: string};
  const materials = lectureMaterials(metadata.title, fm);
  return (
    <VideoPlayer title={metadata.title} bilibili={materials.bilibili} youtube={materials.youtube} duration={fm.duration}>
      {materials.slides && (
        <a href={materials.slides} type="application/pdf" target="_blank" rel="noopener noreferrer">
          课件 PDF
        </a>
      )}
    </VideoPlayer>
  );
}

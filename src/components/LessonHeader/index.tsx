import {useDoc} from '@docusaurus/plugin-content-docs/client';
import VideoPlayer from '@site/src/components/VideoPlayer';
import Prerequisites from '@site/src/components/Prerequisites';
import {placeOf} from '@site/src/lesson/place';
import {keyOf} from '@site/src/lesson/prerequisites';
import {prerequisitesOf} from '@site/src/lesson/prerequisiteData';

/**
 * What a lesson or 代码实践 page shows under its title: the pages it builds on (先修), then, for
 * a lecture lesson, the lecture (or word that it is coming).
 */
export default function LessonHeader() {
  const {metadata, frontMatter} = useDoc();
  const place = placeOf(metadata.source.replace(/^@site\//, ''));
  if (!('kind' in place) || (place.kind !== 'lesson' && place.kind !== 'practice')) return null;
  const fm = frontMatter as {bilibili?: string; youtube?: string; duration?: string};
  return (
    <>
      <Prerequisites links={prerequisitesOf(keyOf(metadata.source))} />
      {place.kind === 'lesson' && (
        <VideoPlayer title={metadata.title} bilibili={fm.bilibili} youtube={fm.youtube} duration={fm.duration} />
      )}
    </>
  );
}

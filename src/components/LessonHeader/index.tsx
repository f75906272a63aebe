import {useDoc} from '@docusaurus/plugin-content-docs/client';
import VideoPlayer from '@site/src/components/VideoPlayer';
import {placeOf} from '@site/src/lesson/place';

/** What a lecture lesson shows under its title: the lecture (or word that it is coming). */
export default function LessonHeader() {
  const {metadata, frontMatter} = useDoc();
  const place = placeOf(metadata.source.replace(/^@site\//, ''));
  if (!('kind' in place) || place.kind !== 'lesson') return null;
  const fm = frontMatter as {bilibili?: string; youtube?: string; duration?: string};
  return <VideoPlayer title={metadata.title} bilibili={fm.bilibili} youtube={fm.youtube} duration={fm.duration} />;
}

// Wraps the MDX content of every page to put the lesson header (先修 links, the lecture player)
// right under the page title, and the reading-progress toggle after the lesson. Docs are the only
// MDX pages of this site; the route check keeps other MDX (should any appear) untouched, because
// the header reads the current doc's metadata.
import MDXContent from '@theme-original/MDXContent';
import type MDXContentType from '@theme/MDXContent';
import type {WrapperProps} from '@docusaurus/types';
import useRouteContext from '@docusaurus/useRouteContext';
import LessonHeader from '@site/src/components/LessonHeader';
import LessonProgress from '@site/src/components/LessonProgress';

type Props = WrapperProps<typeof MDXContentType>;

export default function MDXContentWrapper(props: Props) {
  const {plugin} = useRouteContext();
  const isDoc = plugin.name === 'docusaurus-plugin-content-docs';
  return (
    <>
      {isDoc && <LessonHeader />}
      <MDXContent {...props} />
      {isDoc && <LessonProgress />}
    </>
  );
}

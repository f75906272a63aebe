import React from 'react';
import Link from '@docusaurus/Link';
import {chapters} from '@site/src/lesson/catalogData';
import {papers, releases} from '@site/src/lesson/timelineData';
import TimelineView, {type Props} from './view';

export type {Props};

/**
 * Release timeline of every model release and paper the course's lessons list in their front
 * matter, on a time axis, filterable, each entry linking to its lesson.
 * `<ReleaseTimeline />` on the chapter page, `<ReleaseTimeline compact />` on the home page.
 */
export default function ReleaseTimeline(props: Props): React.JSX.Element {
  const full = chapters.find((c) => c.folder === '08-new-models')?.permalink;
  return <TimelineView {...props} releases={releases} papers={papers} fullTimeline={full} Link={Link} />;
}

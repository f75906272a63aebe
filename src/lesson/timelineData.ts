/** Every release and paper the lessons list, as the course-catalog plugin wrote it at build time. */
import timelineData from '@generated/course-catalog/default/timeline.json';
import type {PaperEntry, ReleaseEntry} from './catalog';

export const {releases, papers} = timelineData as {releases: ReleaseEntry[]; papers: PaperEntry[]};

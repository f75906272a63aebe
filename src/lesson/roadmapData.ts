/** The prerequisite graph as the course-catalog plugin laid it out at build time (学习路线 page only). */
import data from '@generated/course-catalog/default/roadmap.json';
import type {Roadmap} from './roadmapLayout';

export const roadmap = data as Roadmap;

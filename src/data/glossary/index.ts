/**
 * The course glossary: one file per chapter, each entry pointing at the lesson and heading that
 * teach the term. The glossary plugin (src/plugins/glossary) checks every entry against the
 * lessons at build time; the model is src/glossary/schema.ts.
 */
import type {GlossarySource} from '../../glossary/validate';
import transformer from './01-transformer';
import moe from './02-moe';
import newArch from './03-new-arch';
import vectorDb from './04-vector-db';
import dataEngine from './05-data-engine';
import chatgpt from './06-chatgpt';
import deepseek from './07-deepseek';
import newModels from './08-new-models';

export const glossarySources: GlossarySource[] = [
  {file: 'src/data/glossary/01-transformer.ts', entries: transformer},
  {file: 'src/data/glossary/02-moe.ts', entries: moe},
  {file: 'src/data/glossary/03-new-arch.ts', entries: newArch},
  {file: 'src/data/glossary/04-vector-db.ts', entries: vectorDb},
  {file: 'src/data/glossary/05-data-engine.ts', entries: dataEngine},
  {file: 'src/data/glossary/06-chatgpt.ts', entries: chatgpt},
  {file: 'src/data/glossary/07-deepseek.ts', entries: deepseek},
  {file: 'src/data/glossary/08-new-models.ts', entries: newModels},
];

/** For tests: the problems buildCatalog reports for the given docs (throws if it reports none). */
import {buildCatalog, CatalogError, type SourceDoc} from './catalog';

export function catalogProblems(docs: SourceDoc[]): string[] {
  try {
    buildCatalog(docs);
  } catch (e) {
    if (e instanceof CatalogError) return e.problems;
    throw e;
  }
  throw new Error('expected buildCatalog to reject the docs');
}

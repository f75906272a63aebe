// The term queries of bench/search/queries.json with the page each must lead to first: the
// lesson that teaches the term, read from the glossary data (src/data/glossary) so that the
// expectation moves with the data and is never copied by hand.
import {readFileSync} from 'node:fs';
import {importTs} from './ts.mjs';

/** docs/02-moe/06-switch-transformer.mdx is served at docs/moe/switch-transformer (numbers dropped). */
export const lessonPath = (lesson) => 'docs/' + lesson.replace(/(^|\/)\d\d-/g, '$1');

export function termQueries() {
  const {queries} = JSON.parse(readFileSync(new URL('../../bench/search/queries.json', import.meta.url), 'utf8'));
  const {glossarySources} = importTs('src/data/glossary/index.ts');
  const entries = new Map(glossarySources.flatMap((s) => s.entries).map((e) => [e.id, e]));
  return queries.map(({query, term}) => {
    const entry = entries.get(term);
    if (!entry) throw new Error(`bench/search/queries.json: no glossary entry ${term} (query ${query})`);
    return {query, term, expected: lessonPath(entry.lesson)};
  });
}

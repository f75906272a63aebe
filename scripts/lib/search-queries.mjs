// What the search bench (scripts/bench-search.mjs) and the browser test (tests/e2e/search.test.mjs)
// share. The term queries of bench/search/queries.json with the page each must lead to first: the
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

/**
 * Types a query into the box; resolves to how long, in the page, from the input event to the
 * list that answers it being in the DOM (the test driver's own round trips not counted).
 */
export function typeTimed(page, box, query) {
  const answered = page.evaluate(
    ({box, query}) =>
      new Promise((resolve) => {
        let typed;
        document.querySelector(box).addEventListener('input', () => (typed ??= performance.now()), {capture: true});
        const observer = new MutationObserver(() => {
          if (typed === undefined || !document.querySelector(`[data-query="${CSS.escape(query)}"]`)) return;
          observer.disconnect();
          resolve(performance.now() - typed);
        });
        observer.observe(document.body, {subtree: true, childList: true, attributes: true, attributeFilter: ['data-query']});
      }),
    {box, query},
  );
  return page.locator(box).fill(query).then(() => answered);
}

import {afterEach} from 'vitest';
import {cleanup} from '@testing-library/react';

// Testing Library only cleans up by itself when the runner exposes afterEach globally before
// it loads; doing it here keeps every component test independent of the others.
// Test files share one module registry (isolate: false in vitest.config.mts), and now and then
// cleanup() left the previous test's render in the page: a second AttentionExplorer's cells,
// a sixth row under PositionalEncoding's five, and the test failed on the other's DOM. Emptying
// the document as well makes each test start from a blank page whatever cleanup() missed.
afterEach(() => {
  cleanup();
  if (typeof document !== 'undefined') document.body.replaceChildren();
});

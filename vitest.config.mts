import {defineConfig} from 'vitest/config';
import {fileURLToPath} from 'node:url';

export default defineConfig({
  resolve: {
    alias: [
      {find: /^@site\/(.*)$/, replacement: fileURLToPath(new URL('./$1', import.meta.url))},
      {find: '@docusaurus/Translate', replacement: fileURLToPath(new URL('./tests/unit/stubs/Translate.ts', import.meta.url))},
    ],
  },
  // tsconfig says "jsx: preserve" for Docusaurus' bundler; tests need JSX compiled.
  oxc: {jsx: {runtime: 'automatic'}},
  test: {
    globals: true,
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.{ts,mjs}', 'tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['./tests/unit/setup.ts'],
    // One module registry for all test files: a fresh one per file cost 40 of the suite's 55 s
    // on the 2-core runner. Tests keep no state between files (setup.ts unmounts what a test
    // rendered).
    isolate: false,
    // No test waits on the clock; a view test with axe takes seconds on a busy 2-core runner, and
    // vitest's 5 s default would fail a correct change there.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});

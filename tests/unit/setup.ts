import {afterEach} from 'vitest';
import {cleanup} from '@testing-library/react';

// Testing Library only cleans up by itself when the runner exposes afterEach globally before
// it loads; doing it here keeps every component test independent of the others.
afterEach(() => cleanup());

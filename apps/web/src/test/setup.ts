import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { loadCatalogue } from '../lib/i18n/catalogues.ts';

// The app loads a language's catalogue on demand; the tests have them all from the start.
await loadCatalogue('zh-CN');

// No test may leave loopback (house-style §11): the fake tRPC link answers everything, so any
// real fetch is a mistake.
beforeEach(() => {
  vi.stubGlobal('fetch', (input: RequestInfo | URL) =>
    Promise.reject(new Error(`network access in a component test: ${String(input)}`)),
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

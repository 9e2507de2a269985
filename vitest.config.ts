import { defineConfig } from 'vitest/config';

// One project per package so `vitest run` at the root finds every suite.
export default defineConfig({
  test: {
    projects: ['packages/*', 'apps/bff', 'apps/web'],
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
  },
});

import { defineConfig } from 'vitest/config';

// Unit, golden and property tests. Browser tests live under test/e2e and run
// through test/e2e/vitest.config.ts (npm run test:e2e); `npm test` runs both.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'scripts/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    testTimeout: 60_000,
  },
});

import { defineConfig } from 'vitest/config';

// Unit, golden and property tests. Browser tests live under test/e2e and run
// through vitest.e2e.config.ts (npm run test:e2e).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'scripts/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    testTimeout: 60_000,
  },
});

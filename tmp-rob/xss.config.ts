import { defineConfig } from 'vitest/config';
export default defineConfig({ test: { include: ['test/e2e/xss.e2e.ts'], testTimeout: 120_000, hookTimeout: 900_000 } });

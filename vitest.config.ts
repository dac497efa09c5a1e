import { defineConfig } from 'vitest/config';

// Unit tests of src/lib and src/schemas, checks over content/, and checks over the built dist/.
// Browser tests live in tests/e2e and are run by Playwright, not Vitest.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/{unit,content,build,dist}/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 120_000,
  },
});

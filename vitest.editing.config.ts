import { defineConfig } from 'vitest/config';

// The editing rehearsal (tests/editing): an editor's change made in a copy of the project, then the
// project's own suites run over it. Kept out of the main Vitest run because it runs those suites
// itself; `npm test` runs it as its own step, `npm run test:editing` alone.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/editing/**/*.test.ts'],
    testTimeout: 600_000,
    hookTimeout: 120_000,
    // The steps build on each other, in order.
    sequence: { concurrent: false },
    fileParallelism: false,
  },
});

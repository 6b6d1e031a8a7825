import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    globalSetup: ['test/support/build-renderer.ts'],
    // A hang guard, never a measure: on a bare 2-core CI machine running two files at once, the
    // slowest property and end-to-end tests have taken half of the former 60 s.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
    // A page under a loaded machine can take longer than a second to show what a test waits for;
    // expect.poll waits up to this long before it fails (what it asserts is unchanged).
    expect: { poll: { timeout: 10_000 } },
  },
});

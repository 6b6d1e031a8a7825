import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    globalSetup: ['test/support/build-renderer.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
    // A page under a loaded machine can take longer than a second to show what a test waits for;
    // expect.poll waits up to this long before it fails (what it asserts is unchanged).
    expect: { poll: { timeout: 10_000 } },
  },
});

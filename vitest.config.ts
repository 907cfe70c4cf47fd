import { defineConfig } from 'vitest/config';

/**
 * No test waits on the clock as an assertion: waits are for events, and each
 * has only a generous guard against a hang, so a busy machine is slower but
 * never fails a test. `expect.poll` would otherwise give up after 1 second.
 */
const HANG_GUARD_MS = 60_000;

export default defineConfig({
  test: {
    expect: { poll: { timeout: HANG_GUARD_MS } },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**'],
          environment: 'node',
          testTimeout: HANG_GUARD_MS,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          // One browser at a time: the machine has two cores.
          fileParallelism: false,
          // A test may wait on several events, each with its own 60 s guard.
          testTimeout: 3 * HANG_GUARD_MS,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});

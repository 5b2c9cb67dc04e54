import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Property tests walk minute by minute through the oracle; give them room.
    testTimeout: 60_000,
    // Tests never depend on the machine's zone or locale.
    env: { TZ: 'UTC', LANG: 'C' },
  },
});

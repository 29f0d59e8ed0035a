import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts'],
    // axe-core runs take seconds on a busy 2-core machine: the 5 s default fails them spuriously
    testTimeout: 30000,
  },
});

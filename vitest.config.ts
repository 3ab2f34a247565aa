import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    include: [
      'app/**/*.test.{ts,tsx}',
      'db/**/*.test.ts',
      'seed/**/*.test.ts',
      'tests/**/*.test.ts',
      'server/**/*.test.ts',
      'scripts/**/*.test.ts',
      'cli/**/*.test.ts',
    ],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    // A page whose route table (app/route-messages.generated.json) misses a key it renders fails.
    env: { I18N_STRICT: '1' },
    globalSetup: ['tests/global-setup.ts'],
    setupFiles: ['tests/setup/one-query-per-client.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});

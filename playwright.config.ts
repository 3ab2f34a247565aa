import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { findChromium } from './tests/e2e/chromium';

export const e2ePort = Number(process.env.E2E_PORT ?? 3100);
export const e2eDataDir = path.resolve(process.env.E2E_DATA_DIR ?? '.data-e2e');

/** One browser, one worker (2-core machines), against the production build on a fresh embedded database. */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [
    ['list'],
    ['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? 'test-results/e2e.json' }],
  ],
  use: {
    baseURL: `http://localhost:${e2ePort}`,
    locale: 'ar',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: findChromium(),
      args: [
        '--disable-dev-shm-usage',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `rm -rf "${e2eDataDir}" && node scripts/start.mjs`,
    url: `http://localhost:${e2ePort}/readyz`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    // As `npm start` runs on a laptop (no NODE_ENV); `npm run bench` covers NODE_ENV=production.
    env: {
      PORT: String(e2ePort),
      HOST: '127.0.0.1',
      DATA_DIR: e2eDataDir,
      PUBLIC_URL: `http://localhost:${e2ePort}`,
      SESSION_SECRET: 'e2e-secret-e2e-secret-e2e-secret-e2e-secret',
      SEED_DEMO: '1',
      LOG_LEVEL: 'warn',
      I18N_STRICT: '1',
    },
  },
});

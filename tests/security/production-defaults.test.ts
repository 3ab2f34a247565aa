import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { users } from '#db/schema/index';
import { demoPasswordFor } from '#seed/demo';
import { seedOnStart } from '#seed/seed-on-start';
import {
  ConfigError,
  deploymentWarnings,
  loadConfig,
  publishedDemoPassword,
  siteBaseUrl,
} from '~/platform/config.server';
import { useTestPlatform } from '../platform';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'marsad-prod-config-'));
const production = (env: Record<string, string> = {}) =>
  loadConfig({
    NODE_ENV: 'production',
    SESSION_SECRET: 'production-secret-production-secret-0',
    PUBLIC_URL: 'https://marsad.example.org',
    DATA_DIR: dataDir,
    ...env,
  });

/** Finding 1 (sample data in production), 4 (link origin) and 10 (several instances) of issue 10. */
describe('production defaults', () => {
  const platform = useTestPlatform('pglite', { checkContentIndex: false });

  it('loads no sample data in production unless asked, and then never with the published password', async () => {
    expect(production().SEED_DEMO).toBe(false);
    expect(loadConfig({ NODE_ENV: 'development', DATA_DIR: dataDir }).SEED_DEMO).toBe(true);
    expect(() => production({ SEED_DEMO: '1', DEMO_PASSWORD: publishedDemoPassword })).toThrow(ConfigError);

    const db = platform().database.db;
    const quiet = production();
    await seedOnStart({ db, demo: quiet.SEED_DEMO, demoPassword: demoPasswordFor(quiet) });
    expect(await db.select().from(users)).toHaveLength(0);

    const asked = production({ SEED_DEMO: '1' });
    await seedOnStart({ db, demo: asked.SEED_DEMO, demoPassword: demoPasswordFor(asked) });
    const loaded = await db.select().from(users);
    expect(loaded.map((u) => u.email)).toContain('admin@marsad.test');
    // No password at all: the sample accounts sign in only after a password reset.
    expect(loaded.every((u) => u.passwordHash === null)).toBe(true);
    expect(demoPasswordFor(production({ DEMO_PASSWORD: 'operator chosen secret' }))).toBe(
      'operator chosen secret',
    );
  }, 180_000);

  it('builds links from the configuration, never from a request', () => {
    expect(siteBaseUrl(production())).toBe('https://marsad.example.org');
    expect(siteBaseUrl({ HOST: '0.0.0.0', PORT: 3000 })).toBe('http://localhost:3000');
    expect(siteBaseUrl({ HOST: '127.0.0.1', PORT: 8080 })).toBe('http://127.0.0.1:8080');
    expect(siteBaseUrl({ HOST: '::1', PORT: 8080 })).toBe('http://[::1]:8080');
  });

  it('warns when several instances on PostgreSQL would each keep their own files and outbox', () => {
    const shared = production({ DATABASE_URL: 'postgres://db/marsad' });
    expect(deploymentWarnings(shared).join('\n')).toMatch(/S3_\*[\s\S]*SMTP_URL/);
    const complete = production({
      DATABASE_URL: 'postgres://db/marsad',
      SMTP_URL: 'smtp://mail.example.org',
      S3_ENDPOINT: 'https://s3.example.org',
      S3_BUCKET: 'marsad',
      S3_ACCESS_KEY: 'k',
      S3_SECRET_KEY: 's',
    });
    expect(deploymentWarnings(complete)).toEqual([]);
    expect(deploymentWarnings(production())).toEqual([]); // embedded database: one instance anyway
  });
});
